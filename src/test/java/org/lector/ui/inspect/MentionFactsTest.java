package org.lector.ui.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Span;

/** What the card says about who made a highlight and which entity it belongs to. */
class MentionFactsTest {

    private static EntityMention mention(String id, Span span, Provenance p) {
        return new EntityMention(id, span, "Macron", EntityType.PERSON, "", MentionForm.NAME, "c1", p);
    }

    @Test
    void saysWhoMadeTheHighlightInWords() {
        Span span = new Span(10, 16);
        EntityMention engine = mention("m1", span, Provenance.auto("corenlp", 0.87));
        assertThat(MentionFacts.origin(engine, true)).isEqualTo("Found by the engine \u00b7 87% sure");
        assertThat(MentionFacts.origin(mention("m1", span, Provenance.dictionary(null)), false))
                .isEqualTo("From your dictionary");
        Instant when = Instant.parse("2026-03-27T12:00:00Z");
        EntityMention mine = mention("u-1", span, Provenance.user(when));
        assertThat(MentionFacts.origin(mine, true)).startsWith("Checked by you \u00b7 ").contains("2026");
        assertThat(MentionFacts.origin(mine, false)).startsWith("Added by you");
        assertThat(MentionFacts.origin(mention("u-1", span, Provenance.user(null)), false)).isEqualTo("Added by you");
    }

    @Test
    void countsMentionsInWordsAndSpellsOutFineTypes() {
        EntityMention m = mention("m1", new Span(0, 6), Provenance.auto("e", 1));
        EntityCluster macron = new EntityCluster("c1", "Emmanuel Macron", EntityType.PERSON, List.of("m1", "m2", "m3"));
        assertThat(new MentionFacts(m, macron, 3, "").mentionCount()).isEqualTo("3 mentions");
        assertThat(new MentionFacts(m, macron, 1, "").mentionCount()).isEqualTo("1 mention");
        assertThat(MentionFacts.subtype("STATE_OR_PROVINCE")).isEqualTo("state or province");
    }
}

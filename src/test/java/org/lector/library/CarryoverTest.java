package org.lector.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.model.Analysis;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Note;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;

class CarryoverTest {

    private static final String OLDER = "Jane Holt said “we sent 3,000 troops”. The mayor left. Sam Ruiz agreed.";
    private static final String NEWER = "Breaking. Jane Holt said “we sent 5,000 troops”. Sam Ruiz agreed.";

    private static EntityMention mention(String id, String text, String in) {
        int start = in.indexOf(text);
        return new EntityMention(id, new Span(start, start + text.length()), text, EntityType.PERSON, "",
                MentionForm.NAME, null, Provenance.auto("t", 1));
    }

    private static Quote quote(String id, String text, String in) {
        int start = in.indexOf(text);
        return new Quote(id, new Span(start, start + text.length()), text, QuoteKind.DIRECT, null, "", null, "",
                Provenance.auto("t", 1));
    }

    @Test
    void everyAnnotationIsCarriedChangedOrOrphanedAndChangedQuotesAreFlagged() {
        Analysis older = new Analysis("t", List.of(mention("m1", "Jane Holt", OLDER), mention("m2", "The mayor",
                OLDER), mention("m3", "Sam Ruiz", OLDER)), List.of(), List.of(quote("q1", "“we sent 3,000 troops”",
                OLDER)), List.of(), List.of(new Note("u-1", span("The mayor left.", OLDER), "who?",
                java.time.Instant.EPOCH, java.time.Instant.EPOCH)));
        Analysis newer = new Analysis("t", List.of(), List.of(), List.of(quote("q9", "“we sent 5,000 troops”",
                NEWER)), List.of(), List.of());

        Carryover c = Carryover.of(OLDER, older, NEWER, newer);

        assertThat(c.carried()).extracting(Carryover.Carried::id, Carryover.Carried::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("m1", Carryover.Status.CARRIED),
                org.assertj.core.groups.Tuple.tuple("q1", Carryover.Status.CHANGED),
                org.assertj.core.groups.Tuple.tuple("m2", Carryover.Status.ORPHAN),
                org.assertj.core.groups.Tuple.tuple("u-1", Carryover.Status.ORPHAN),
                org.assertj.core.groups.Tuple.tuple("m3", Carryover.Status.CARRIED));
        Carryover.Carried jane = c.carried().get(0);
        assertThat(jane.newSpan().of(NEWER)).isEqualTo("Jane Holt");
        assertThat(c.carried().get(4).newSpan().of(NEWER)).isEqualTo("Sam Ruiz");
        assertThat(c.carried().get(1).newSpan().of(NEWER)).isEqualTo("“we sent 5,000 troops”");
        assertThat(c.flagged()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("q9");
            assertThat(f.changes()).singleElement().extracting(TextChange::before).isEqualTo("3");
        });
        assertThat(c.counts()).containsExactly(2, 1, 2);
    }

    private static Span span(String text, String in) {
        int start = in.indexOf(text);
        return new Span(start, start + text.length());
    }
}

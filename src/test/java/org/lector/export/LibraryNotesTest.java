package org.lector.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.library.ClaimGroup;
import org.lector.library.Claims;
import org.lector.library.Dossier;
import org.lector.library.People;
import org.lector.model.ArticleFact;
import org.lector.model.ArticleQuote;
import org.lector.model.ArticleRef;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.NamedEntity;
import org.lector.model.Provenance;
import org.lector.model.Quantity;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;

class LibraryNotesTest {

    private static final Instant AT = Instant.parse("2026-02-01T12:00:00Z");
    private static final LocalDate FILED = LocalDate.parse("2026-01-01");
    private final ArticleRef first = new ArticleRef(1, 10, "Summit opens [live] | updates", "/a.txt",
            LocalDate.parse("2016-10-13"), FILED);
    private final ArticleRef second = new ArticleRef(2, 20, "Leaders meet in Paris", "/b.txt",
            LocalDate.parse("2016-10-14"), FILED);

    private static NamedEntity person(long doc, String cluster, String name) {
        return new NamedEntity(doc, cluster, EntityType.PERSON, name, List.of(name), List.of("French president"), 2,
                0);
    }

    private static Quote quote(String text, String speaker) {
        return new Quote("q1", new Span(0, text.length()), text, QuoteKind.DIRECT, speaker, "", null, "said",
                Provenance.auto("t", 1));
    }

    @Test
    void aDossierNoteLinksEveryArticleToItsExportedNoteAndEveryCompanionToTheirDossier() {
        People people = People.resolve(List.of(first, second), List.of(person(1, "c1", "Emmanuel Macron"),
                person(2, "c1", "Macron"), person(2, "c2", "Olaf Scholz")), List.of(
                new ArticleQuote(1, quote("“We *will* act.”", "c1"))), List.of());
        Dossier d = people.dossier("person:emmanuel macron").orElseThrow();

        String note = LibraryNotes.dossier(d, AT);

        assertThat(note).startsWith("---\ntype: person\nname: \"Emmanuel Macron\"\naliases:\n  - \"Macron\"\n");
        assertThat(note).contains("# Emmanuel Macron", "Named in 2 articles, 1 quote, last seen 2016-10-14.",
                "- French president (2 articles)",
                "### [[Summit opens live updates]] · 2016-10-13",
                "> “We \\*will\\* act.”", "- [[Leaders meet in Paris]] · 2016-10-14 · 2 mentions, 0 quotes",
                "## Appears with", "- [[Olaf Scholz]] (1 article)");
        // the link names the note the Markdown export of that article is saved as
        assertThat(LibraryNotes.noteName(first.title())).isEqualTo("Summit opens live updates");
    }

    @Test
    void aDisagreementNoteGivesEachSideWithItsSentenceStatusAndArticleLink() {
        Fact a = new Fact("f1", new Span(0, 30), "Russia sent 3,000 troops.", "Russia", "sent", "3,000 troops",
                List.of(new Quantity("3,000 troops", BigDecimal.valueOf(3000), "troops")), null, null, "", 0.5,
                FactStatus.SUPPORTED, "Ministry figures", "", Provenance.auto("t", 1));
        Fact b = new Fact("f2", new Span(0, 30), "Russia sent 5,000 troops.", "Russia", "sent", "5,000 troops",
                List.of(new Quantity("5,000 troops", BigDecimal.valueOf(5000), "troops")), null, null, "", 0.5,
                FactStatus.UNCHECKED, "", "", Provenance.auto("t", 1));
        ClaimGroup g = Claims.group(List.of(first, second), List.of(new ArticleFact(1, a), new ArticleFact(2, b)),
                null).disagreements().get(0);

        String note = LibraryNotes.disagreement(g, AT);

        assertThat(note).contains("type: disagreement", "subject: \"Russia\"", "# Russia sent",
                "2 articles state this claim; 1 pair of them disagree.",
                "How many: 5,000 troops or 3,000 troops",
                "- [[Leaders meet in Paris]] · 2016-10-14 says **5,000 troops**",
                "    - Status: supported · Ministry figures",
                "[[Summit opens live updates]] · 2016-10-13: Russia sent 3,000 troops. (supported)");
        assertThat(LibraryNotes.disagreementName(g)).isEqualTo("Disagreement - Russia sent");
    }
}

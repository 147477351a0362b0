package org.lector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.testing.Fixtures.TEXT;
import static org.lector.testing.Fixtures.doc;
import static org.lector.testing.Fixtures.span;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.Analysis;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.Provenance;
import org.lector.model.Quantity;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.model.TimeExpression;
import org.lector.testing.Fixtures;

/** The reader adds facts, edits them, and takes changes to the engine's facts and quotes back. */
class FactEditsTest {

    @TempDir
    Path dir;
    Library lib;
    long version;
    Analysis auto;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("library.db"));
        version = lib.documents().importDocument(doc("/a.txt", TEXT)).join().versionId();
        auto = Fixtures.analysis("p1");
        lib.analysisCache().put(version, "p1", auto).join();
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private static Fact fields(Span span, String subject, String predicate, String object, String sourceName) {
        return new Fact("", span, span.of(TEXT), subject, predicate, object,
                List.of(new Quantity("2 billion euros", new BigDecimal("2000000000"), "euros")),
                new TimeExpression("Thursday", "2025-03-27"), null, sourceName, 0, FactStatus.UNCHECKED, "", "",
                Provenance.user(null));
    }

    @Test
    void addedFactKeepsItsFieldsAcrossReanalysisAndReopening() {
        Span sentence = span(TEXT, "French President Emmanuel Macron met Keir Starmer in Paris on Thursday.");
        String id = lib.annotations().addFact(version, fields(sentence, "Macron", "met", "Starmer", ""),
                span(TEXT, "Emmanuel Macron")).join();
        lib.close();
        lib = Library.open(dir.resolve("library.db"));

        Analysis eff = Fixtures.effective(lib, version, Fixtures.analysis("p2"));
        assertThat(eff.facts()).hasSize(2);
        Fact added = eff.facts().get(0);
        assertThat(added.id()).isEqualTo(id);
        assertThat(added.text()).isEqualTo(sentence.of(TEXT));
        assertThat(added.subject() + "|" + added.predicate() + "|" + added.object()).isEqualTo("Macron|met|Starmer");
        assertThat(added.quantities()).singleElement()
                .satisfies(q -> assertThat(q.value()).isEqualByComparingTo("2000000000"));
        assertThat(added.time()).isEqualTo(new TimeExpression("Thursday", "2025-03-27"));
        assertThat(added.sourceId()).as("the source is the cluster of the mention").isEqualTo("c2");
        assertThat(added.sourceName()).isEqualTo("Emmanuel Macron");
        assertThat(added.provenance().origin()).isEqualTo(Provenance.Origin.USER);
    }

    @Test
    void typedSourceWithoutMentionIsKeptAsWritten() {
        Span sentence = span(TEXT, "The summit pledged 2 billion euros.");
        lib.annotations().addFact(version, fields(sentence, "summit", "pledged", "money", "Reuters"), null).join();
        Fact added = Fixtures.effective(lib, version, auto).facts().stream()
                .filter(f -> f.provenance().origin() == Provenance.Origin.USER).findFirst().orElseThrow();
        assertThat(added.sourceId()).isNull();
        assertThat(added.sourceName()).isEqualTo("Reuters");
    }

    @Test
    void editedAutomaticFactSupersedesTheEnginesAndSurvivesANewPipeline() {
        Fact engine = auto.facts().get(0);
        Fact changed = new Fact(engine.id(), engine.span(), engine.text(), "The Paris summit", "pledged",
                "EUR 2 billion to Ukraine", List.of(), null, null, "", engine.score(), FactStatus.SUPPORTED,
                "Élysée communiqué", "https://elysee.fr/x", engine.provenance());
        String id = lib.annotations().editFact(version, engine, changed, null).join();

        Analysis eff = Fixtures.effective(lib, version, Fixtures.analysis("p2"));
        assertThat(eff.facts()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(id);
            assertThat(f.subject()).isEqualTo("The Paris summit");
            assertThat(f.object()).isEqualTo("EUR 2 billion to Ukraine");
            assertThat(f.status()).isEqualTo(FactStatus.SUPPORTED);
            assertThat(f.evidenceUrl()).isEqualTo("https://elysee.fr/x");
            assertThat(f.span()).isEqualTo(engine.span());
        });

        // A second edit changes the user's copy in place.
        Fact copy = eff.facts().get(0);
        Fact again = new Fact(copy.id(), copy.span(), copy.text(), copy.subject(), "promised", copy.object(),
                copy.quantities(), copy.time(), copy.sourceId(), copy.sourceName(), copy.score(), copy.status(),
                copy.evidence(), copy.evidenceUrl(), copy.provenance());
        assertThat(lib.annotations().editFact(version, copy, again, null).join()).isEqualTo(id);
        assertThat(Fixtures.effective(lib, version, auto).facts()).singleElement()
                .satisfies(f -> assertThat(f.predicate()).isEqualTo("promised"));
    }

    @Test
    void revertingAChangeBringsTheEnginesFactAndQuoteBack() {
        Fact engine = auto.facts().get(0);
        String factCopy = lib.annotations().setFactStatus(version, engine, FactStatus.FALSE, "no", "").join();
        Quote q = auto.quotes().get(0);
        String quoteCopy = lib.annotations().editQuote(version, q, QuoteKind.SCARE, null, "", null).join();
        Analysis edited = Fixtures.effective(lib, version, auto);
        assertThat(edited.facts()).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(FactStatus.FALSE));
        assertThat(edited.quotes()).singleElement().satisfies(x -> assertThat(x.kind()).isEqualTo(QuoteKind.SCARE));

        lib.annotations().revertToAutomatic(version, factCopy).join();
        lib.annotations().revertToAutomatic(version, quoteCopy).join();
        assertThat(Fixtures.effective(lib, version, auto)).isEqualTo(auto);
    }

    @Test
    void revertingAUserAdditionDeletesIt() {
        Span sentence = span(TEXT, "The summit pledged 2 billion euros.");
        String id = lib.annotations().addFact(version, fields(sentence, "a", "b", "c", ""), null).join();
        assertThat(Fixtures.effective(lib, version, auto).facts()).hasSize(2);
        lib.annotations().revertToAutomatic(version, id).join();
        assertThat(Fixtures.effective(lib, version, auto)).isEqualTo(auto);
    }
}

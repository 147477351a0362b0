package org.lector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.store.Fixtures.TEXT;
import static org.lector.store.Fixtures.doc;
import static org.lector.store.Fixtures.span;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.Analysis;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.FactStatus;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;

class AnnotationRepositoryTest {

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

    private EntityMention entity(Analysis a, String text) {
        return a.entities().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void cacheReturnsTheAnalysisAsStored() {
        assertThat(lib.analysisCache().cached(version, "p1")).contains(auto);
        assertThat(lib.analysisCache().cached(version, "p2")).isEmpty();
        assertThat(lib.analysisCache().latest(version)).contains(auto);
    }

    @Test
    void withoutEditsTheEffectiveAnalysisIsTheAutomaticOne() {
        assertThat(lib.annotations().effective(version, auto)).isEqualTo(auto);
    }

    @Test
    void rejectedAnnotationStaysGoneAfterReanalysisWithANewPipeline() {
        lib.annotations().reject(version, AnnotationRef.of(entity(auto, "French"))).join();
        assertThat(lib.annotations().effective(version, auto).entities()).extracting(EntityMention::text)
                .doesNotContain("French");
        // A new engine finds the same span under a different id: it must stay rejected.
        Analysis p2 = Fixtures.analysis("p2");
        assertThat(lib.annotations().effective(version, p2).entities()).extracting(EntityMention::text)
                .doesNotContain("French").contains("Paris");
        assertThat(lib.annotations().effective(version, p2).clusters()).noneMatch(c -> c.name().equals("French"));
    }

    @Test
    void retypeIsKeptAndNotOverwrittenByReanalysis() {
        String id = lib.annotations().retype(version, entity(auto, "Paris"), EntityType.ORGANIZATION, "").join();
        Analysis p2 = lib.annotations().effective(version, Fixtures.analysis("p2"));
        EntityMention paris = entity(p2, "Paris");
        assertThat(paris.id()).isEqualTo(id);
        assertThat(paris.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(paris.provenance().origin()).isEqualTo(Provenance.Origin.USER);
        assertThat(p2.entities()).filteredOn(m -> m.text().equals("Paris")).hasSize(1);
        // still in the cluster the engine put it in
        assertThat(paris.clusterId()).isEqualTo("c4");
        // a retype of the user's own copy edits it in place
        lib.annotations().retype(version, paris, EntityType.PLACE, "CITY").join();
        assertThat(entity(lib.annotations().effective(version, auto), "Paris").subtype()).isEqualTo("CITY");
    }

    @Test
    void acceptedMentionSurvivesAnEngineThatNoLongerFindsIt() {
        lib.annotations().accept(version, entity(auto, "Keir Starmer")).join();
        Analysis without = new Analysis("p3", List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(lib.annotations().effective(version, without).entities()).extracting(EntityMention::text)
                .containsExactly("Keir Starmer");
    }

    @Test
    void respanReplacesTheMention() {
        lib.annotations().respan(version, entity(auto, "Emmanuel Macron"), span(TEXT, "President Emmanuel Macron"))
                .join();
        Analysis eff = lib.annotations().effective(version, auto);
        assertThat(eff.entities()).extracting(EntityMention::text).contains("President Emmanuel Macron")
                .doesNotContain("Emmanuel Macron");
    }

    @Test
    void userEntityCanJoinAnExistingCluster() {
        Span ukraine = span(TEXT, "Ukraine");
        String id = lib.annotations().addEntity(version, ukraine, EntityType.PLACE, "COUNTRY", null).join();
        String joined = lib.annotations().addEntity(version, span(TEXT, "Thursday"), EntityType.DATE, "",
                span(TEXT, "Paris")).join();
        Analysis eff = lib.annotations().effective(version, auto);
        assertThat(eff.entities()).extracting(EntityMention::id).contains(id, joined);
        assertThat(eff.clusters()).filteredOn(c -> c.id().equals("c4")).singleElement()
                .satisfies(c -> assertThat(c.mentionIds()).containsExactly("m4", joined));
        assertThat(eff.clusters()).anySatisfy(c -> assertThat(c.mentionIds()).containsExactly(id));
    }

    @Test
    void mergeJoinsClustersAndRedirectsSpeakers() {
        lib.annotations().mergeClusters(version, span(TEXT, "Emmanuel Macron"), Fixtures.lastSpan(TEXT, "Macron"))
                .join();
        Analysis eff = lib.annotations().effective(version, auto);
        assertThat(eff.clusters()).noneMatch(c -> c.id().equals("c5"));
        assertThat(eff.clusters()).filteredOn(c -> c.id().equals("c2")).singleElement()
                .satisfies(c -> assertThat(c.mentionIds()).containsExactlyInAnyOrder("m2", "m5"));
        assertThat(entity(eff, "Macron").clusterId()).isEqualTo("c2");
        assertThat(eff.quotes().get(0).speakerId()).isEqualTo("c2");
        // and again under a new pipeline with other ids for the same spans
        Analysis p2 = lib.annotations().effective(version, Fixtures.analysis("p2"));
        assertThat(p2.clusters()).hasSize(4);
    }

    @Test
    void notesAreAddedEditedAndDeleted() {
        String onSpan = lib.annotations().addNote(version, span(TEXT, "2 billion"), "currency lost").join();
        String onDoc = lib.annotations().addNote(version, null, "read again").join();
        lib.annotations().editNote(onSpan, "2 billion what?").join();
        Analysis eff = lib.annotations().effective(version, auto);
        assertThat(eff.notes()).extracting(n -> n.id() + "=" + n.text())
                .containsExactly(onDoc + "=read again", onSpan + "=2 billion what?");
        lib.annotations().deleteNote(onDoc).join();
        assertThat(lib.annotations().effective(version, auto).notes()).hasSize(1);
    }

    @Test
    void factStatusIsAUserRecordThatSurvivesReanalysis() {
        lib.annotations().setFactStatus(version, auto.facts().get(0), FactStatus.DISPUTED, "AFP says 1.5 billion",
                "https://example.org/afp").join();
        var fact = lib.annotations().effective(version, Fixtures.analysis("p2")).facts();
        assertThat(fact).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(FactStatus.DISPUTED);
            assertThat(f.evidence()).isEqualTo("AFP says 1.5 billion");
            assertThat(f.evidenceUrl()).isEqualTo("https://example.org/afp");
            assertThat(f.subject()).isEqualTo("The summit");
        });
    }

    @Test
    void quotesCanBeAddedAndChanged() {
        Quote q = auto.quotes().get(0);
        lib.annotations().editQuote(version, q, QuoteKind.PARTIAL, span(TEXT, "Emmanuel Macron"), "", null).join();
        lib.annotations().addQuote(version, span(TEXT, "2 billion euros"), QuoteKind.SCARE, null, "", null).join();
        Analysis eff = lib.annotations().effective(version, auto);
        assertThat(eff.quotes()).hasSize(2);
        Quote edited = eff.quotes().get(0);
        assertThat(edited.kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(edited.speakerId()).isEqualTo("c2");
        assertThat(edited.speakerName()).isEqualTo("Emmanuel Macron");
        assertThat(eff.quotes().get(1).kind()).isEqualTo(QuoteKind.SCARE);
    }

    @Test
    void rejectingAUserAnnotationDeletesIt() {
        String id = lib.annotations().addEntity(version, span(TEXT, "Ukraine"), EntityType.PLACE, "", null).join();
        EntityMention mine = entity(lib.annotations().effective(version, auto), "Ukraine");
        assertThat(mine.id()).isEqualTo(id);
        lib.annotations().reject(version, AnnotationRef.of(mine)).join();
        assertThat(lib.annotations().effective(version, auto).entities()).extracting(EntityMention::text)
                .doesNotContain("Ukraine");
    }

    @Test
    void newVersionCarriesEditsOverAndOrphansWhatIsGone() {
        lib.annotations().reject(version, AnnotationRef.of(entity(auto, "French"))).join();
        String note = lib.annotations().addNote(version, span(TEXT, "pledged 2 billion euros"), "check").join();
        String gone = lib.annotations().addNote(version, span(TEXT, "We will not abandon Ukraine"), "quote").join();
        String changed = "UPDATE: " + TEXT.replace("\"We will not abandon Ukraine,\" Macron said. ", "");
        DocumentVersionRef v2 = lib.documents().importDocument(doc("/a.txt", changed)).join();
        assertThat(v2.reanchor().orphaned()).isEqualTo(1);

        Analysis eff = lib.annotations().effective(v2.versionId(),
                new Analysis("p2", List.of(Fixtures.mention("x1", changed, span(changed, "French"),
                        EntityType.GROUP, null)), List.of(), List.of(), List.of(), List.of()));
        assertThat(eff.entities()).as("the rejection moved with the text").isEmpty();
        assertThat(eff.notes()).singleElement().satisfies(n -> {
            assertThat(n.id()).isEqualTo(note);
            assertThat(n.span().of(changed)).isEqualTo("pledged 2 billion euros");
        });
        long docId = v2.documentId();
        assertThat(lib.annotations().orphans(docId)).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(gone);
            assertThat(o.exact()).isEqualTo("We will not abandon Ukraine");
            assertThat(o.description()).isEqualTo("quote");
        });
        assertThat(lib.documents().list().get(0).orphans()).isEqualTo(1);
    }
}

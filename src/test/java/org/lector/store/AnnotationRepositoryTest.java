package org.lector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.testing.Fixtures.TEXT;
import static org.lector.testing.Fixtures.doc;
import static org.lector.testing.Fixtures.span;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.Analysis;
import org.lector.model.AnnotationKind;
import org.lector.model.AnnotationRef;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.EntityValue;
import org.lector.model.FactStatus;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.model.UserAction;
import org.lector.overlay.Overlay;
import org.lector.testing.Fixtures;

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
    void anImportedDateOrAmountKeepsWhatItStandsForWhereTheArticleWasNeverAnalysed() {
        try (Library empty = Library.open(dir.resolve("empty.db"))) {
            Provenance engine = Provenance.auto("p1", 0.9);
            EntityMention thursday = new EntityMention("m1", span(TEXT, "Thursday"), "Thursday", EntityType.DATE, "",
                    MentionForm.NAME, null, engine, new EntityValue("2025-03-27", ""));
            EntityMention money = new EntityMention("m2", span(TEXT, "2 billion euros"), "2 billion euros",
                    EntityType.MONEY, "", MentionForm.NAME, null, engine, new EntityValue("2000000000", "EUR"));
            EntityMention paris = new EntityMention("m3", span(TEXT, "Paris"), "Paris", EntityType.PLACE, "",
                    MentionForm.NAME, null, engine);
            Analysis imported = new Analysis("p1", List.of(thursday, money, paris), List.of(), List.of(), List.of(),
                    List.of());
            Analysis none = new Analysis("p1", List.of(), List.of(), List.of(), List.of(), List.of());
            long v = empty.annotations().importAnnotations(doc("/a.txt", TEXT), imported, none).join().document()
                    .versionId();

            Analysis seen = Fixtures.effective(empty, v, none);
            assertThat(seen.entities()).extracting(EntityMention::text, EntityMention::value).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("Thursday", new EntityValue("2025-03-27", "")),
                    org.assertj.core.groups.Tuple.tuple("2 billion euros", new EntityValue("2000000000", "EUR")),
                    org.assertj.core.groups.Tuple.tuple("Paris", null));
        }
    }

    @Test
    void cacheReturnsTheAnalysisAsStored() {
        assertThat(lib.analysisCache().cached(version, "p1")).contains(auto);
        assertThat(lib.analysisCache().cached(version, "p2")).isEmpty();
        assertThat(lib.analysisCache().latest(version)).contains(auto);
    }

    @Test
    void withoutEditsTheEffectiveAnalysisIsTheAutomaticOne() {
        assertThat(Fixtures.effective(lib, version, auto)).isEqualTo(auto);
    }

    @Test
    void rejectedAnnotationStaysGoneAfterReanalysisWithANewPipeline() {
        lib.annotations().reject(version, AnnotationRef.of(entity(auto, "French"))).join();
        assertThat(Fixtures.effective(lib, version, auto).entities()).extracting(EntityMention::text)
                .doesNotContain("French");
        // A new engine finds the same span under a different id: it must stay rejected.
        Analysis p2 = Fixtures.analysis("p2");
        assertThat(Fixtures.effective(lib, version, p2).entities()).extracting(EntityMention::text)
                .doesNotContain("French").contains("Paris");
        assertThat(Fixtures.effective(lib, version, p2).clusters()).noneMatch(c -> c.name().equals("French"));
    }

    @Test
    void retypeIsKeptAndNotOverwrittenByReanalysis() {
        String id = lib.annotations().retype(version, entity(auto, "Paris"), EntityType.ORGANIZATION, "").join();
        Analysis p2 = Fixtures.effective(lib, version, Fixtures.analysis("p2"));
        EntityMention paris = entity(p2, "Paris");
        assertThat(paris.id()).isEqualTo(id);
        assertThat(paris.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(paris.provenance().origin()).isEqualTo(Provenance.Origin.USER);
        assertThat(p2.entities()).filteredOn(m -> m.text().equals("Paris")).hasSize(1);
        // still in the cluster the engine put it in
        assertThat(paris.clusterId()).isEqualTo("c4");
        // a retype of the user's own copy edits it in place
        lib.annotations().retype(version, paris, EntityType.PLACE, "CITY").join();
        assertThat(entity(Fixtures.effective(lib, version, auto), "Paris").subtype()).isEqualTo("CITY");
    }

    @Test
    void acceptedMentionSurvivesAnEngineThatNoLongerFindsIt() {
        lib.annotations().accept(version, entity(auto, "Keir Starmer")).join();
        Analysis without = new Analysis("p3", List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(Fixtures.effective(lib, version, without).entities()).extracting(EntityMention::text)
                .containsExactly("Keir Starmer");
    }

    @Test
    void respanReplacesTheMention() {
        lib.annotations().respan(version, entity(auto, "Emmanuel Macron"), span(TEXT, "President Emmanuel Macron"))
                .join();
        Analysis eff = Fixtures.effective(lib, version, auto);
        assertThat(eff.entities()).extracting(EntityMention::text).contains("President Emmanuel Macron")
                .doesNotContain("Emmanuel Macron");
    }

    @Test
    void userEntityCanJoinAnExistingCluster() {
        Span ukraine = span(TEXT, "Ukraine");
        String id = lib.annotations().addEntity(version, ukraine, EntityType.PLACE, "COUNTRY", null).join();
        String joined = lib.annotations().addEntity(version, span(TEXT, "Thursday"), EntityType.DATE, "",
                span(TEXT, "Paris")).join();
        Analysis eff = Fixtures.effective(lib, version, auto);
        assertThat(eff.entities()).extracting(EntityMention::id).contains(id, joined);
        assertThat(eff.clusters()).filteredOn(c -> c.id().equals("c4")).singleElement()
                .satisfies(c -> assertThat(c.mentionIds()).containsExactly("m4", joined));
        assertThat(eff.clusters()).anySatisfy(c -> assertThat(c.mentionIds()).containsExactly(id));
    }

    @Test
    void mergeJoinsClustersAndRedirectsSpeakers() {
        lib.annotations().mergeClusters(version, span(TEXT, "Emmanuel Macron"), Fixtures.lastSpan(TEXT, "Macron"))
                .join();
        Analysis eff = Fixtures.effective(lib, version, auto);
        assertThat(eff.clusters()).noneMatch(c -> c.id().equals("c5"));
        assertThat(eff.clusters()).filteredOn(c -> c.id().equals("c2")).singleElement()
                .satisfies(c -> assertThat(c.mentionIds()).containsExactlyInAnyOrder("m2", "m5"));
        assertThat(entity(eff, "Macron").clusterId()).isEqualTo("c2");
        assertThat(eff.quotes().get(0).speakerId()).isEqualTo("c2");
        // and again under a new pipeline with other ids for the same spans
        Analysis p2 = Fixtures.effective(lib, version, Fixtures.analysis("p2"));
        assertThat(p2.clusters()).hasSize(4);
    }

    @Test
    void notesAreAddedEditedAndDeleted() {
        String onSpan = lib.annotations().addNote(version, span(TEXT, "2 billion"), "currency lost").join();
        String onDoc = lib.annotations().addNote(version, null, "read again").join();
        lib.annotations().editNote(onSpan, "2 billion what?").join();
        Analysis eff = Fixtures.effective(lib, version, auto);
        assertThat(eff.notes()).extracting(n -> n.id() + "=" + n.text())
                .containsExactly(onDoc + "=read again", onSpan + "=2 billion what?");
        lib.annotations().deleteNote(onDoc).join();
        assertThat(Fixtures.effective(lib, version, auto).notes()).hasSize(1);
    }

    @Test
    void factStatusIsAUserRecordThatSurvivesReanalysis() {
        lib.annotations().setFactStatus(version, auto.facts().get(0), FactStatus.DISPUTED, "AFP says 1.5 billion",
                "https://example.org/afp").join();
        var fact = Fixtures.effective(lib, version, Fixtures.analysis("p2")).facts();
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
        Analysis eff = Fixtures.effective(lib, version, auto);
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
        EntityMention mine = entity(Fixtures.effective(lib, version, auto), "Ukraine");
        assertThat(mine.id()).isEqualTo(id);
        lib.annotations().reject(version, AnnotationRef.of(mine)).join();
        assertThat(Fixtures.effective(lib, version, auto).entities()).extracting(EntityMention::text)
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

        Analysis eff = Fixtures.effective(lib, v2.versionId(),
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

    // ---- the inspect card's actions: link, split, and the undo of every action ----------------------------------

    private Analysis reopened(Analysis engine) {
        lib.close();
        lib = Library.open(dir.resolve("library.db"));
        return Fixtures.effective(lib, version, engine);
    }

    private static EntityCluster clusterOf(Analysis a, String mentionText) {
        String id = a.entities().stream().filter(m -> m.text().equals(mentionText)).findFirst().orElseThrow()
                .clusterId();
        return a.clusters().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void linkMovesOneMentionIntoAnotherEntityAndSurvivesReanalysisAndReopening() {
        lib.annotations().linkMention(version, span(TEXT, "Keir Starmer"), span(TEXT, "Emmanuel Macron")).join();
        Analysis eff = Fixtures.effective(lib, version, auto);
        assertThat(clusterOf(eff, "Keir Starmer").id()).isEqualTo("c2");
        assertThat(clusterOf(eff, "Emmanuel Macron").mentionIds()).containsExactly("m2", "m3");
        assertThat(clusterOf(eff, "Emmanuel Macron").name()).isEqualTo("Emmanuel Macron");
        assertThat(eff.clusters()).extracting(EntityCluster::id).doesNotContain("c3");
        assertThat(entity(eff, "Keir Starmer").provenance().isAuto()).as("the mention itself is the engine's")
                .isTrue();

        // The last "Macron" leaves its one-mention entity: the quote it spoke now belongs to the one it joined.
        lib.annotations().linkMention(version, Fixtures.lastSpan(TEXT, "Macron"), span(TEXT, "Emmanuel Macron"))
                .join();
        eff = Fixtures.effective(lib, version, auto);
        assertThat(clusterOf(eff, "Macron").mentionIds()).containsExactly("m2", "m3", "m5");
        assertThat(eff.quotes().get(0).speakerId()).isEqualTo("c2");

        for (Analysis again : List.of(Fixtures.effective(lib, version, Fixtures.analysis("p2")),
                reopened(Fixtures.analysis("p2")))) {
            assertThat(again.clusters()).hasSize(3);
            assertThat(clusterOf(again, "Keir Starmer").mentionIds()).containsExactly("m2", "m3", "m5");
        }
    }

    @Test
    void splitTakesAMentionOutAndNamesBothEntitiesAfresh() {
        lib.annotations().mergeClusters(version, Fixtures.lastSpan(TEXT, "Macron"), span(TEXT, "Emmanuel Macron"))
                .join();
        Analysis merged = Fixtures.effective(lib, version, auto);
        assertThat(clusterOf(merged, "Macron").mentionIds()).containsExactly("m2", "m5");
        assertThat(clusterOf(merged, "Macron").name()).as("the fullest name of its mentions")
                .isEqualTo("Emmanuel Macron");

        lib.annotations().splitMention(version, span(TEXT, "Emmanuel Macron")).join();
        for (Analysis eff : List.of(Fixtures.effective(lib, version, auto),
                Fixtures.effective(lib, version, Fixtures.analysis("p2")), reopened(auto))) {
            EntityCluster left = clusterOf(eff, "Macron");
            EntityCluster own = clusterOf(eff, "Emmanuel Macron");
            assertThat(left.mentionIds()).containsExactly("m5");
            assertThat(left.name()).isEqualTo("Macron");
            assertThat(own.id()).isNotEqualTo(left.id());
            assertThat(own.mentionIds()).containsExactly("m2");
            assertThat(own.name()).isEqualTo("Emmanuel Macron");
            assertThat(own.type()).isEqualTo(EntityType.PERSON);
            assertThat(eff.quotes().get(0).speakerId()).isEqualTo(left.id());
        }
    }

    @Test
    void splittingTheOnlyMentionOfAnEntityChangesNothing() {
        lib.annotations().splitMention(version, span(TEXT, "Paris")).join();
        assertThat(Fixtures.effective(lib, version, auto)).isEqualTo(auto);
    }

    @Test
    void aLinkFollowsTheMentionWhenItIsRespannedAfterwards() {
        lib.annotations().linkMention(version, span(TEXT, "Keir Starmer"), span(TEXT, "Emmanuel Macron")).join();
        lib.annotations().respan(version, entity(auto, "Keir Starmer"), span(TEXT, "Keir")).join();
        Analysis eff = Fixtures.effective(lib, version, auto);
        assertThat(clusterOf(eff, "Keir").id()).isEqualTo("c2");
    }

    @Test
    void retypingTheOnlyMentionOfAnEntityRetypesTheEntity() {
        lib.annotations().retype(version, entity(auto, "Paris"), EntityType.ORGANIZATION, "").join();
        assertThat(clusterOf(Fixtures.effective(lib, version, auto), "Paris").type())
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void withdrawTakesBackEachActionAndTheCopyItMade() {
        var repo = lib.annotations();
        Span paris = span(TEXT, "Paris");
        Span french = span(TEXT, "French");
        Span macron = span(TEXT, "Emmanuel Macron");
        Span lastMacron = Fixtures.lastSpan(TEXT, "Macron");
        Span starmer = span(TEXT, "Keir Starmer");
        repo.retype(version, entity(auto, "Paris"), EntityType.ORGANIZATION, "").join();
        repo.reject(version, AnnotationRef.of(entity(auto, "French"))).join();
        repo.respan(version, entity(auto, "Emmanuel Macron"), span(TEXT, "President Emmanuel Macron")).join();
        repo.mergeClusters(version, starmer, lastMacron).join();
        repo.linkMention(version, paris, starmer).join();
        repo.splitMention(version, lastMacron).join();
        assertThat(Overlay.apply(auto, repo.records(version))).isNotEqualTo(auto);

        assertThat(repo.withdraw(version, UserAction.EDIT, AnnotationKind.CLUSTER, lastMacron).join()).isTrue();
        assertThat(clusterOf(Overlay.apply(auto, repo.records(version)), "Macron").name()).isEqualTo("Keir Starmer");
        assertThat(repo.withdraw(version, UserAction.EDIT, AnnotationKind.CLUSTER, paris).join()).isTrue();
        assertThat(repo.withdraw(version, UserAction.MERGE, AnnotationKind.CLUSTER, lastMacron).join()).isTrue();
        assertThat(repo.withdraw(version, UserAction.RESPAN, AnnotationKind.ENTITY, macron).join()).isTrue();
        assertThat(repo.withdraw(version, UserAction.REJECT, AnnotationKind.ENTITY, french).join()).isTrue();
        assertThat(repo.withdraw(version, UserAction.RETYPE, AnnotationKind.ENTITY, paris).join()).isTrue();
        assertThat(Overlay.apply(auto, repo.records(version))).as("the engine's analysis, as if nothing had been done")
                .isEqualTo(auto);
        assertThat(reopened(auto)).isEqualTo(auto);
        assertThat(lib.annotations().withdraw(version, UserAction.RETYPE, AnnotationKind.ENTITY, paris).join())
                .isFalse();
    }

    @Test
    void withdrawTakesBackTheLatestOfTwoRecordsOnTheSameSpan() {
        Span starmer = span(TEXT, "Keir Starmer");
        lib.annotations().linkMention(version, starmer, span(TEXT, "Emmanuel Macron")).join();
        lib.annotations().linkMention(version, starmer, span(TEXT, "Paris")).join();
        assertThat(clusterOf(Fixtures.effective(lib, version, auto), "Keir Starmer").id()).isEqualTo("c4");
        lib.annotations().withdraw(version, UserAction.EDIT, AnnotationKind.CLUSTER, starmer).join();
        assertThat(clusterOf(Fixtures.effective(lib, version, auto), "Keir Starmer").id()).isEqualTo("c2");
    }

    @Test
    void restoreBringsBackWhatTheUserRemoved() {
        String id = lib.annotations().addEntity(version, span(TEXT, "Ukraine"), EntityType.PLACE, "", null).join();
        EntityMention mine = entity(Fixtures.effective(lib, version, auto), "Ukraine");
        lib.annotations().reject(version, AnnotationRef.of(mine)).join();
        String note = lib.annotations().addNote(version, span(TEXT, "2 billion"), "which currency?").join();
        lib.annotations().deleteNote(note).join();
        assertThat(lib.documents().search("currency", 10)).isEmpty();

        lib.annotations().restore(id).join();
        lib.annotations().restore(note).join();
        Analysis eff = Fixtures.effective(lib, version, auto);
        assertThat(entity(eff, "Ukraine").id()).isEqualTo(id);
        assertThat(eff.notes()).extracting(n -> n.text()).containsExactly("which currency?");
        assertThat(lib.documents().search("currency", 10)).hasSize(1);
    }

    @Test
    void linksAndSplitsMoveWithTheTextToANewVersion() {
        lib.annotations().linkMention(version, span(TEXT, "Keir Starmer"), span(TEXT, "Paris")).join();
        lib.annotations().splitMention(version, span(TEXT, "Keir Starmer")).join();
        lib.annotations().linkMention(version, span(TEXT, "Keir Starmer"), span(TEXT, "Emmanuel Macron")).join();
        String changed = "UPDATE: " + TEXT;
        DocumentVersionRef v2 = lib.documents().importDocument(doc("/a.txt", changed)).join();
        assertThat(v2.reanchor().orphaned()).isZero();
        Analysis engine = new Analysis("p2", List.of(
                Fixtures.mention("x1", changed, span(changed, "Emmanuel Macron"), EntityType.PERSON, "k1"),
                Fixtures.mention("x2", changed, span(changed, "Keir Starmer"), EntityType.PERSON, "k2")),
                List.of(new EntityCluster("k1", "Emmanuel Macron", EntityType.PERSON, List.of("x1")),
                        new EntityCluster("k2", "Keir Starmer", EntityType.PERSON, List.of("x2"))),
                List.of(), List.of(), List.of());
        Analysis eff = Fixtures.effective(lib, v2.versionId(), engine);
        assertThat(eff.clusters()).singleElement()
                .satisfies(c -> assertThat(c.mentionIds()).containsExactly("x1", "x2"));
    }
}

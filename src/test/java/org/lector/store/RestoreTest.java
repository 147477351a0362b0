package org.lector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.testing.Fixtures.TEXT;
import static org.lector.testing.Fixtures.doc;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.Analysis;
import org.lector.model.AnnotationKind;
import org.lector.model.AnnotationRef;
import org.lector.model.EntityMention;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.testing.Fixtures;

/** Undoing an accept or a reject of an automatic annotation brings the engine's annotation back as it was. */
class RestoreTest {

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
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private EntityMention entity(Analysis a, String text) {
        return a.entities().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    }

    private Analysis effective() {
        return Fixtures.effective(lib, version, auto);
    }

    @Test
    void restoringAnAcceptedMentionDropsTheUserCopyAndShowsTheAutomaticOneAgain() {
        EntityMention paris = entity(auto, "Paris");
        String copy = lib.annotations().accept(version, paris).join();
        assertThat(entity(effective(), "Paris").id()).isEqualTo(copy);
        assertThat(entity(effective(), "Paris").provenance().origin()).isEqualTo(Provenance.Origin.USER);

        lib.annotations().restore(version, AnnotationRef.of(paris)).join();

        assertThat(effective()).isEqualTo(auto);
    }

    @Test
    void rejectingTheUserCopyOfAnAcceptedMentionWouldLoseItWhichIsWhyRestoreExists() {
        EntityMention paris = entity(auto, "Paris");
        String copy = lib.annotations().accept(version, paris).join();
        lib.annotations().reject(version, AnnotationRef.user(AnnotationKind.ENTITY, copy, paris.span())).join();
        assertThat(effective().entities()).extracting(EntityMention::text).doesNotContain("Paris");
    }

    @Test
    void restoringARejectedMentionBringsItBackAutomaticWithItsCluster() {
        EntityMention starmer = entity(auto, "Keir Starmer");
        lib.annotations().reject(version, AnnotationRef.of(starmer)).join();
        assertThat(effective().entities()).extracting(EntityMention::text).doesNotContain("Keir Starmer");

        lib.annotations().restore(version, AnnotationRef.of(starmer)).join();

        assertThat(effective()).isEqualTo(auto);
    }

    @Test
    void restoringAnEditedQuoteBringsBackTheEnginesQuote() {
        Quote quote = auto.quotes().get(0);
        lib.annotations().editQuote(version, quote, quote.kind(), null, quote.speakerName(), quote.cue()).join();
        assertThat(effective().quotes().get(0).provenance().origin()).isEqualTo(Provenance.Origin.USER);

        lib.annotations().restore(version, AnnotationRef.of(quote)).join();

        assertThat(effective()).isEqualTo(auto);
    }

    @Test
    void restoreLeavesOtherAnnotationsAndMergesAlone() {
        EntityMention macron = entity(auto, "Emmanuel Macron");
        EntityMention french = entity(auto, "French");
        lib.annotations().reject(version, AnnotationRef.of(french)).join();
        lib.annotations().mergeClusters(version, macron.span(), entity(auto, "Macron").span()).join();
        lib.annotations().accept(version, macron).join();

        lib.annotations().restore(version, AnnotationRef.of(macron)).join();

        Analysis now = effective();
        assertThat(now.entities()).extracting(EntityMention::text).doesNotContain("French");
        assertThat(entity(now, "Emmanuel Macron").provenance().isAuto()).isTrue();
        assertThat(entity(now, "Emmanuel Macron").clusterId()).isEqualTo(entity(now, "Macron").clusterId());
    }
}

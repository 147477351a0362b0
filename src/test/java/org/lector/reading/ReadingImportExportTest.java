package org.lector.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.export.ExportFormat;
import org.lector.export.ExportInput;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Span;
import org.lector.nlp.CancellationToken;
import org.lector.store.ImportReport;
import org.lector.store.Library;
import org.lector.testing.TextMatchingAnalysis;

/**
 * Import and export as {@link Reading} does them: annotations imported into a library land on the article that
 * reading then finds there, laid over the engine's output as the reader's own; an export of an article carries
 * what the reader took away of the engine's output; an import that fails leaves the library as it was.
 */
class ReadingImportExportTest {

    private static final String TEXT = "Paris summit\n\nKeir Starmer met Emmanuel Macron in Paris on Thursday.\n";
    private static final Span VENUE = SummitFixture.venue(TEXT);
    private static final Span STARMER = new Span(TEXT.indexOf("Keir Starmer"), TEXT.indexOf("Keir Starmer") + 12);

    @TempDir
    Path dir;

    private final TextMatchingAnalysis engine = SummitFixture.engine();
    private final Document document = SummitFixture.summit(TEXT);
    private Library library;

    @BeforeEach
    void emptyLibrary() {
        library = Library.open(dir.resolve("library.db"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** The venue as a file named it, and the engine's Keir Starmer as a name the file's reader rejected. */
    private ImportReport importTheVenueAndRejectStarmer() {
        Analysis venue = SummitFixture.venueAsTheReaderNamedIt(TEXT);
        Analysis starmer = new Analysis("file", List.of(new EntityMention("R1", STARMER, "Keir Starmer",
                EntityType.PERSON, "", MentionForm.NAME, null, Provenance.auto("engine", 1))), List.of(), List.of(),
                List.of(), List.of());
        return Reading.importAnnotations(document, library, venue, starmer);
    }

    @Test
    void importedAnnotationsAreLaidOverTheEnginesWhereReadingFindsTheArticle() {
        ImportReport report = importTheVenueAndRejectStarmer();

        Article article = new Reading(engine).read(document, library, CancellationToken.none());

        assertThat(report.mentions()).isEqualTo(1);
        assertThat(report.rejections()).isEqualTo(1);
        assertThat(article.place().versionId()).isEqualTo(report.document().versionId());
        Analysis seen = article.analysis();
        assertThat(seen.entities()).extracting(EntityMention::span).doesNotContain(STARMER);
        EntityMention venue = seen.entities().stream().filter(m -> m.span().equals(VENUE)).findFirst()
                .orElseThrow();
        assertThat(seen.entities()).filteredOn(m -> m.span().equals(VENUE)).hasSize(1);
        assertThat(venue.provenance().origin()).isEqualTo(Provenance.Origin.USER);
        assertThat(seen.clusters()).filteredOn(c -> c.id().equals(venue.clusterId())).singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("the venue"));
        // the engine's other names are there as the engine found them
        assertThat(seen.entities()).extracting(EntityMention::text).contains("Emmanuel Macron");
        assertThat(engine.calls()).isEqualTo(1);
    }

    @Test
    void anExportOfTheArticleCarriesWhatTheReaderRejectedOfTheEnginesOutput() {
        importTheVenueAndRejectStarmer();
        Reading reading = new Reading(engine);
        Article article = reading.read(document, library, CancellationToken.none());

        ExportInput withRejections = reading.exportInput(article, ExportFormat.JSONLD, Instant.EPOCH,
                CancellationToken.none());
        ExportInput shownOnly = reading.exportInput(document, article.analysis(), ExportFormat.JSONLD,
                Instant.EPOCH, CancellationToken.none());

        assertThat(withRejections.analysis()).isEqualTo(article.analysis());
        assertThat(withRejections.rejected().entities()).extracting(EntityMention::span).containsExactly(STARMER);
        assertThat(withRejections.date()).isEqualTo(shownOnly.date());
        assertThat(shownOnly.rejected().entities()).isEmpty();
    }

    @Test
    void anImportTheLibraryRefusesLeavesItWithoutTheArticle() {
        Analysis offTheText = new Analysis("file", List.of(new EntityMention("T1", new Span(0, TEXT.length() + 5),
                "Paris", EntityType.PLACE, "", MentionForm.NAME, null, Provenance.user(Instant.EPOCH))), List.of(),
                List.of(), List.of(), List.of());

        assertThatThrownBy(() -> Reading.importAnnotations(document, library, offTheText, Analysis.empty()))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThat(library.documents().findBySource(document.source())).isEmpty();
    }
}

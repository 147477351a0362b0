package org.lector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.testing.Fixtures.TEXT;
import static org.lector.testing.Fixtures.sha256;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.DocumentMetadata;
import org.lector.model.PageSnapshot;

/** Schema 2: an article's metadata on each version, and the web page it was read from. */
class WebPagesInLibraryTest {

    private static final String URL = "https://news.example/storm";
    private static final DocumentMetadata META = new DocumentMetadata("Jane Holt", "The Daily",
            "https://news.example/storm", "2021-03-04T10:00:00Z", "2021-03-05", "en-GB");

    @TempDir
    Path dir;

    private static Document page(String text, DocumentMetadata meta) {
        return new Document("Storm", text, URL, DocumentFormat.HTML, "UTF-8", sha256(text), LocalDate.of(2021, 3, 4),
                meta);
    }

    private static PageSnapshot snapshot(String html) {
        return new PageSnapshot(URL, "text/html; charset=utf-8", Instant.parse("2021-03-06T08:00:00Z"),
                html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void metadataComesBackWithTheDocumentAndInTheList() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            lib.documents().importDocument(page(TEXT, META)).join();
            assertThat(lib.documents().findBySource(URL).orElseThrow().document().metadata()).isEqualTo(META);
            assertThat(lib.documents().list()).singleElement()
                    .satisfies(e -> assertThat(e.metadata()).isEqualTo(META));
        }
    }

    @Test
    void thePageAsFetchedIsKeptAndAChangedPageIsANewVersion() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            DocumentVersionRef first = lib.documents().importDocument(page(TEXT, META), snapshot("<p>one</p>")).join();
            // Same article text, other bytes (an advert rotated): the same version, the first page kept.
            DocumentVersionRef same = lib.documents().importDocument(page(TEXT, META), snapshot("<p>two</p>")).join();
            assertThat(same.outcome()).isEqualTo(DocumentVersionRef.Outcome.UNCHANGED);
            assertThat(lib.documents().snapshot(first.versionId())).get()
                    .satisfies(p -> assertThat(new String(p.bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>one</p>"))
                    .satisfies(p -> assertThat(p.contentType()).isEqualTo("text/html; charset=utf-8"));

            DocumentVersionRef changed = lib.documents()
                    .importDocument(page("Update. " + TEXT, META), snapshot("<p>three</p>")).join();
            assertThat(changed.outcome()).isEqualTo(DocumentVersionRef.Outcome.NEW_VERSION);
            assertThat(lib.documents().snapshot(changed.versionId())).get()
                    .satisfies(p -> assertThat(new String(p.bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>three</p>"));
            assertThat(lib.documents().snapshot(first.versionId())).isPresent();
        }
    }

    @Test
    void aFileReadFromDiskHasNoPage() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            long v = lib.documents().importDocument(org.lector.testing.Fixtures.doc("/a.txt", TEXT)).join().versionId();
            assertThat(lib.documents().snapshot(v)).isEmpty();
            assertThat(lib.documents().version(v).orElseThrow().document().metadata().isEmpty()).isTrue();
        }
    }

    @Test
    void aSchemaOneLibraryMigratesWithItsDocumentsIntact() {
        Path file = dir.resolve("library.db");
        try (Library old = Library.open(file, Library.Durability.NORMAL, new Migrations(List.of(Migrations::v1)))) {
            assertThat(old.schemaVersion()).isEqualTo(1);
        }
        // A schema-1 file written by schema-1 code: insert the row by hand, as that code did.
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var s = c.createStatement()) {
            s.execute("INSERT INTO documents(id, source, added) VALUES (1, '/old.txt', '2025-01-01T00:00:00Z')");
            s.execute("INSERT INTO document_versions(document_id, sha256, title, article_date, format, charset, text,"
                    + " imported) VALUES (1, '" + sha256(TEXT) + "', 'Old', NULL, 'text', 'UTF-8', '"
                    + TEXT.replace("'", "''") + "', '2025-01-01T00:00:00Z')");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        try (Library lib = Library.open(file)) {
            assertThat(lib.schemaVersion()).isEqualTo(2);
            var stored = lib.documents().findBySource("/old.txt").orElseThrow();
            assertThat(stored.document().text()).isEqualTo(TEXT);
            assertThat(stored.document().metadata()).isEqualTo(DocumentMetadata.NONE);
            lib.documents().importDocument(page(TEXT, META), snapshot("<p>new</p>")).join();
            assertThat(lib.documents().findBySource(URL).orElseThrow().document().metadata()).isEqualTo(META);
        }
        assertThat(dir.resolve("library.db.bak-v1")).exists();
    }
}

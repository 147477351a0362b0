package org.lector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.testing.Fixtures.TEXT;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.testing.Fixtures;

/** The date the reader gives an article without one (issue 15, point 4): schema 6, kept across openings. */
class ReaderDateTest {

    private static final LocalDate DAY = LocalDate.of(2016, 10, 12);

    @TempDir
    Path dir;

    /** An article whose file gives no date. */
    private static Document undated(String source, String text) {
        return new Document("Talks", text, source, DocumentFormat.TEXT, "UTF-8", Fixtures.sha256(text), null);
    }

    @Test
    void aLibraryOfSchemaFiveGetsTheColumnAndKeepsItsArticles() throws Exception {
        Path file = dir.resolve("old.db");
        Library.open(file, Library.Durability.NORMAL, new Migrations(List.of(Migrations.standard().stepsUpTo(5))))
                .close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                java.sql.Statement s = c.createStatement()) {
            assertThat(Migrations.userVersion(c)).isEqualTo(5);
            s.execute("INSERT INTO documents(id, source, added) VALUES (1, '/a.txt', '2026-01-01T00:00:00Z')");
            s.execute("""
                    INSERT INTO document_versions(document_id, sha256, title, format, charset, text, imported)
                    VALUES (1, 'x', 'A', 'text', 'UTF-8', 'Talks ended on Thursday.', '2026-01-01T00:00:00Z')""");
        }
        try (Library migrated = Library.open(file)) {
            assertThat(migrated.schemaVersion()).isEqualTo(6).isEqualTo(Migrations.standard().latestVersion());
            StoredDocument stored = migrated.documents().findBySource("/a.txt").orElseThrow();
            assertThat(stored.document().date()).isNull();
            assertThat(migrated.documents().readerDate(stored.documentId())).isEmpty();
            migrated.documents().setReaderDate(stored.documentId(), DAY).join();
        }
        try (Library reopened = Library.open(file)) {
            assertThat(reopened.documents().findBySource("/a.txt").orElseThrow().document().date()).isEqualTo(DAY);
        }
    }

    @Test
    void theReadersDateIsTheArticlesDateForEveryVersionUntilTakenAwayAndDropsTheCachedAnalyses() {
        Path file = dir.resolve("library.db");
        long document;
        long first;
        try (Library lib = Library.open(file)) {
            DocumentVersionRef v = lib.documents().importDocument(undated("/a.txt", TEXT)).join();
            document = v.documentId();
            first = v.versionId();
            lib.analysisCache().put(first, "p1", Fixtures.analysis("p1")).join();
            assertThat(lib.documents().articleDate(first)).isEmpty();

            lib.documents().setReaderDate(document, DAY).join();

            assertThat(lib.analysisCache().cached(first, "p1")).isEmpty();
            assertThat(lib.documents().readerDate(document)).contains(DAY);
            assertThat(lib.documents().articleDate(first)).contains(DAY);
            assertThat(lib.documents().version(first).orElseThrow().document().date()).isEqualTo(DAY);
            assertThat(lib.documents().list()).singleElement()
                    .satisfies(e -> assertThat(e.date()).isEqualTo(DAY));
            // A new version of the text is the same article, with the same date
            DocumentVersionRef second = lib.documents().importDocument(undated("/a.txt", "Update. " + TEXT)).join();
            assertThat(lib.documents().articleDate(second.versionId())).contains(DAY);
        }
        try (Library lib = Library.open(file)) {
            assertThat(lib.documents().readerDate(document)).contains(DAY);
            lib.analysisCache().put(first, "p1", Fixtures.analysis("p1")).join();
            lib.documents().setReaderDate(document, null).join();
            assertThat(lib.documents().readerDate(document)).isEmpty();
            assertThat(lib.documents().articleDate(first)).isEmpty();
            assertThat(lib.analysisCache().cached(first, "p1")).isEmpty();
        }
    }
}

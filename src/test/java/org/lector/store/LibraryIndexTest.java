package org.lector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.testing.Fixtures.TEXT;
import static org.lector.testing.Fixtures.doc;
import static org.lector.testing.Fixtures.span;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.ArticleFact;
import org.lector.model.ArticleQuote;
import org.lector.model.ArticleRef;
import org.lector.model.DictionaryAction;
import org.lector.model.DictionaryEntry;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.IdentityEdit;
import org.lector.model.NamedEntity;
import org.lector.model.Provenance;
import org.lector.model.Quantity;
import org.lector.model.TimeExpression;
import org.lector.testing.Fixtures;

class LibraryIndexTest {

    @TempDir
    Path dir;
    Library lib;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("library.db"));
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private DocumentVersionRef filedAndAnalysed(String source, String text) {
        DocumentVersionRef ref = lib.documents().importDocument(doc(source, text), false).join();
        lib.analysisCache().put(ref.versionId(), "engine-1", Fixtures.analysis("engine-1")).join();
        return ref;
    }

    private static Fact fact() {
        return new Fact("f1", span(TEXT, "The summit pledged 2 billion euros."),
                "The summit pledged 2 billion euros.", "The summit", "pledged", "2 billion euros",
                List.of(new Quantity("2 billion euros", new BigDecimal("2000000000"), "EUR")),
                new TimeExpression("on Thursday", "2025-03-27"), "c2", "Emmanuel Macron", 0.7, FactStatus.DISPUTED,
                "Ministry says 1 billion", "https://example.org/x", Provenance.user(null));
    }

    @Test
    void rowsPutForADocumentReadBackAsTheyWereAndItIsNoLongerStale() {
        DocumentVersionRef ref = filedAndAnalysed("/a.txt", TEXT);
        List<LibraryIndex.Stale> stale = lib.index().stale("engine-1");
        assertThat(stale).singleElement().satisfies(s -> {
            assertThat(s.documentId()).isEqualTo(ref.documentId());
            assertThat(s.versionId()).isEqualTo(ref.versionId());
            assertThat(s.pipeline()).isEqualTo("engine-1");
        });
        NamedEntity macron = new NamedEntity(ref.documentId(), "c2", EntityType.PERSON, "Emmanuel Macron",
                List.of("Emmanuel Macron", "Macron"), List.of("French President"), 2, 17);
        var quote = Fixtures.analysis("engine-1").quotes().get(0);

        lib.index().put(stale.get(0), List.of(macron), List.of(new ArticleQuote(ref.documentId(), quote)),
                List.of(new ArticleFact(ref.documentId(), fact()))).join();

        assertThat(lib.index().stale("engine-1")).isEmpty();
        assertThat(lib.index().entities()).containsExactly(macron);
        assertThat(lib.index().quotes()).singleElement().satisfies(q -> {
            assertThat(q.quote().span()).isEqualTo(quote.span());
            assertThat(q.quote().speakerId()).isEqualTo("c5");
            assertThat(q.quote().cue()).isEqualTo(quote.cue());
            assertThat(q.quote().kind()).isEqualTo(quote.kind());
        });
        assertThat(lib.index().facts()).singleElement().satisfies(f -> {
            Fact back = f.fact();
            assertThat(back.quantities()).isEqualTo(fact().quantities());
            assertThat(back.time()).isEqualTo(fact().time());
            assertThat(back.status()).isEqualTo(FactStatus.DISPUTED);
            assertThat(back.evidence()).isEqualTo("Ministry says 1 billion");
            assertThat(back.provenance().origin()).isEqualTo(Provenance.Origin.USER);
        });
        assertThat(lib.index().articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Paris summit");
            assertThat(a.date()).isEqualTo(java.time.LocalDate.of(2025, 3, 27));
            assertThat(a.versionId()).isEqualTo(ref.versionId());
        });
    }

    @Test
    void anEditANewVersionOrADictionaryEntryMakesADocumentStaleAgain() {
        DocumentVersionRef ref = filedAndAnalysed("/a.txt", TEXT);
        lib.index().put(lib.index().stale("engine-1").get(0), List.of(), List.of(), List.of()).join();
        assertThat(lib.index().stale("engine-1")).isEmpty();

        lib.annotations().addNote(ref.versionId(), null, "check this").join();
        assertThat(lib.index().stale("engine-1")).hasSize(1);
        lib.index().put(lib.index().stale("engine-1").get(0), List.of(), List.of(), List.of()).join();

        lib.dictionary().put(new DictionaryEntry("Starmer", "PERSON", DictionaryAction.ACCEPT,
                java.time.Instant.now())).join();
        assertThat(lib.index().stale("engine-1")).hasSize(1);
        lib.index().put(lib.index().stale("engine-1").get(0), List.of(), List.of(), List.of()).join();

        DocumentVersionRef v2 = lib.documents().importDocument(doc("/a.txt", "Update. " + TEXT)).join();
        // not analysed yet: nothing to build from
        assertThat(lib.index().stale("engine-1")).isEmpty();
        lib.analysisCache().put(v2.versionId(), "engine-1", Fixtures.analysis("engine-1")).join();
        assertThat(lib.index().stale("engine-1")).singleElement()
                .satisfies(s -> assertThat(s.versionId()).isEqualTo(v2.versionId()));
    }

    @Test
    void identityEditsAreKeptInOrderAndWithdrawnOneByOne() {
        DocumentVersionRef ref = filedAndAnalysed("/a.txt", TEXT);
        IdentityEdit merge = lib.index().addIdentityEdit(IdentityEdit.Kind.MERGE, "person:macron",
                "person:emmanuel macron", null).join();
        IdentityEdit split = lib.index().addIdentityEdit(IdentityEdit.Kind.SPLIT, "person:emmanuel macron",
                "macron", ref.documentId()).join();

        assertThat(lib.index().identityEdits()).containsExactly(merge, split);
        assertThat(lib.index().withdrawIdentityEdit(merge.id()).join()).isTrue();
        assertThat(lib.index().withdrawIdentityEdit(merge.id()).join()).isFalse();
        assertThat(lib.index().identityEdits()).containsExactly(split);
    }

    @Test
    void deletingADocumentDeletesItsRowsAndItsSplits() {
        DocumentVersionRef ref = filedAndAnalysed("/a.txt", TEXT);
        lib.index().put(lib.index().stale("engine-1").get(0), List.of(new NamedEntity(ref.documentId(), "c2",
                EntityType.PERSON, "Emmanuel Macron", List.of(), List.of(), 1, 0)), List.of(), List.of()).join();
        lib.index().addIdentityEdit(IdentityEdit.Kind.SPLIT, "person:x", "x", ref.documentId()).join();

        lib.documents().delete(ref.documentId()).join();

        assertThat(lib.index().entities()).isEmpty();
        assertThat(lib.index().articles()).isEmpty();
        assertThat(lib.index().identityEdits()).isEmpty();
    }

    @Test
    void aFileWhoseTextIsMostlyTheSameAsADocumentsIsANewVersionOfIt() {
        String article = longArticle();
        DocumentVersionRef first = lib.documents().importDocument(doc("/saved/a.txt", article)).join();
        String edited = article.replace("paragraph 7 says", "paragraph 7, corrected, says") + "\n\nA late update.";

        DocumentVersionRef second = lib.documents().importDocument(doc("/downloads/a copy.txt", edited)).join();
        DocumentVersionRef again = lib.documents().importDocument(doc("/downloads/a copy.txt", edited)).join();
        DocumentVersionRef other = lib.documents().importDocument(doc("/b.txt", Fixtures.TEXT.repeat(8))).join();
        DocumentVersionRef forced = lib.documents().importDocument(doc("/c.txt", article), false).join();

        assertThat(second.outcome()).isEqualTo(DocumentVersionRef.Outcome.NEW_VERSION);
        assertThat(second.documentId()).isEqualTo(first.documentId());
        assertThat(again.outcome()).isEqualTo(DocumentVersionRef.Outcome.UNCHANGED);
        assertThat(lib.documents().findBySource("/downloads/a copy.txt")).get()
                .satisfies(d -> assertThat(d.versionId()).isEqualTo(second.versionId()));
        assertThat(other.outcome()).isEqualTo(DocumentVersionRef.Outcome.NEW_DOCUMENT);
        assertThat(forced.outcome()).isEqualTo(DocumentVersionRef.Outcome.NEW_DOCUMENT);
        assertThat(lib.documents().versions(first.documentId())).extracting(VersionEntry::number,
                VersionEntry::versionId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, first.versionId()),
                org.assertj.core.groups.Tuple.tuple(2, second.versionId()));
    }

    @Test
    void aTextSharingOnlyAFewSentencesIsNotTheSameArticle() {
        String article = longArticle();
        lib.documents().importDocument(doc("/a.txt", article)).join();
        String[] paragraphs = article.split("\n\n");
        StringBuilder half = new StringBuilder();
        for (int i = 0; i < paragraphs.length; i++) {
            half.append(i % 3 == 0 ? paragraphs[i] : "Entirely different words number " + i
                    + " about another matter, with a council vote and a new budget for the harbour works.")
                    .append("\n\n");
        }
        assertThat(lib.documents().importDocument(doc("/b.txt", half.toString())).join().outcome())
                .isEqualTo(DocumentVersionRef.Outcome.NEW_DOCUMENT);
    }

    @Test
    void aLibraryOfSchemaOneGetsSketchesOfItsVersionsWhenMigrated() throws Exception {
        lib.close();
        Path file = dir.resolve("old.db");
        String article = longArticle();
        Library.open(file, Library.Durability.NORMAL, new Migrations(List.of(Migrations.standard().stepsUpTo(1))))
                .close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                java.sql.Statement s = c.createStatement();
                PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO document_versions(document_id, sha256, title, format, charset, text, imported)
                        VALUES (1, 'x', 'A', 'text', 'UTF-8', ?, '2026-01-01T00:00:00Z')""")) {
            s.execute("INSERT INTO documents(id, source, added) VALUES (1, '/a.txt', '2026-01-01T00:00:00Z')");
            ps.setString(1, article);
            ps.executeUpdate();
        }
        try (Library migrated = Library.open(file)) {
            assertThat(migrated.schemaVersion()).isEqualTo(Migrations.standard().latestVersion());
            assertThat(migrated.documents().importDocument(doc("/elsewhere.txt", article + " More.")).join()
                    .outcome()).isEqualTo(DocumentVersionRef.Outcome.NEW_VERSION);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM text_sketches");
                ResultSet rs = ps.executeQuery()) {
            assertThat(rs.getInt(1)).isEqualTo(2 * TextSketch.BANDS);
        }
        lib = Library.open(dir.resolve("library.db"));
    }

    @Test
    void aLibraryOfSchemaTwoKeepsItsPagesAndMetadataAndGetsSketchesWhenMigrated() throws Exception {
        lib.close();
        Path file = dir.resolve("web.db");
        String article = longArticle();
        Library.open(file, Library.Durability.NORMAL, new Migrations(List.of(Migrations.standard().stepsUpTo(2))))
                .close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                java.sql.Statement s = c.createStatement();
                PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO document_versions(document_id, sha256, title, format, charset, text, imported,
                                                      author, site_name)
                        VALUES (1, 'x', 'A', 'html', 'UTF-8', ?, '2026-01-01T00:00:00Z', 'Jane Holt', 'The Daily')""")) {
            assertThat(Migrations.userVersion(c)).isEqualTo(2);
            s.execute("INSERT INTO documents(id, source, added) VALUES (1, 'https://news.example/a', "
                    + "'2026-01-01T00:00:00Z')");
            ps.setString(1, article);
            ps.executeUpdate();
            s.execute("INSERT INTO page_snapshots(version_id, url, fetched, bytes) VALUES (1, 'https://news.example/a',"
                    + " '2026-01-01T00:00:00Z', x'3c703e')");
        }
        try (Library migrated = Library.open(file)) {
            assertThat(migrated.schemaVersion()).isEqualTo(Migrations.standard().latestVersion());
            StoredDocument stored = migrated.documents().findBySource("https://news.example/a").orElseThrow();
            assertThat(stored.document().metadata().author()).isEqualTo("Jane Holt");
            assertThat(migrated.documents().snapshot(stored.versionId())).get()
                    .satisfies(p -> assertThat(p.bytes()).containsExactly('<', 'p', '>'));
            assertThat(migrated.documents().importDocument(doc("/saved.txt", article + " More.")).join())
                    .satisfies(r -> assertThat(r.outcome()).isEqualTo(DocumentVersionRef.Outcome.NEW_VERSION))
                    .satisfies(r -> assertThat(r.documentId()).isEqualTo(stored.documentId()));
        }
        assertThat(dir.resolve("web.db.bak-v2")).exists();
        lib = Library.open(dir.resolve("library.db"));
    }

    @Test
    void aWebPageWithTheTextOfAFiledFileIsThatDocumentAndGivesItThePagesMetadata() {
        String article = longArticle();
        DocumentVersionRef file = lib.documents().importDocument(doc("/saved/a.txt", article)).join();
        org.lector.model.DocumentMetadata meta = new org.lector.model.DocumentMetadata("Jane Holt", "The Daily",
                null, "2021-03-04", null, "en");
        org.lector.model.Document page = new org.lector.model.Document("Ferry", article, "https://news.example/ferry",
                org.lector.model.DocumentFormat.HTML, "UTF-8", Fixtures.sha256(article), null, meta);

        DocumentVersionRef read = lib.documents().importDocument(page).join();

        assertThat(read.outcome()).isEqualTo(DocumentVersionRef.Outcome.UNCHANGED);
        assertThat(read.versionId()).isEqualTo(file.versionId());
        assertThat(lib.documents().findBySource("https://news.example/ferry").orElseThrow().document().metadata())
                .isEqualTo(meta);
    }

    /** Twelve paragraphs of made-up news, long enough for a sketch. */
    static String longArticle() {
        StringBuilder b = new StringBuilder("Harbour council approves the new ferry plan\n\n");
        for (int i = 1; i <= 12; i++) {
            b.append("In paragraph ").append(i).append(" says the council, the ferry line number ").append(i * 7)
                    .append(" will run from the north quay to the island of ").append(i % 2 == 0 ? "Sand" : "Rock")
                    .append(" every ").append(i + 10).append(" minutes, and the mayor said paragraph ").append(i)
                    .append(" says what the budget allows.\n\n");
        }
        return b.toString().replace("paragraph 7 says the", "paragraph 7 says the");
    }
}

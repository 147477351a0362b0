package org.lector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.testing.Fixtures.TEXT;
import static org.lector.testing.Fixtures.doc;
import static org.lector.testing.Fixtures.span;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.Analysis;
import org.lector.model.AnnotationRef;
import org.lector.model.EntityType;
import org.lector.testing.Fixtures;

class DocumentRepositoryTest {

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

    @Test
    void sameSourceAndContentIsTheSameVersion() {
        DocumentVersionRef first = lib.documents().importDocument(doc("/a.txt", TEXT)).join();
        DocumentVersionRef again = lib.documents().importDocument(doc("/a.txt", TEXT)).join();
        assertThat(first.outcome()).isEqualTo(DocumentVersionRef.Outcome.NEW_DOCUMENT);
        assertThat(again.outcome()).isEqualTo(DocumentVersionRef.Outcome.UNCHANGED);
        assertThat(again.versionId()).isEqualTo(first.versionId());
    }

    @Test
    void changedContentIsANewVersionOfTheSameDocument() {
        DocumentVersionRef v1 = lib.documents().importDocument(doc("/a.txt", TEXT)).join();
        DocumentVersionRef v2 = lib.documents().importDocument(doc("/a.txt", "Update. " + TEXT)).join();
        assertThat(v2.outcome()).isEqualTo(DocumentVersionRef.Outcome.NEW_VERSION);
        assertThat(v2.documentId()).isEqualTo(v1.documentId());
        assertThat(v2.versionId()).isNotEqualTo(v1.versionId());
        assertThat(lib.documents().findBySource("/a.txt")).get()
                .satisfies(d -> assertThat(d.document().text()).startsWith("Update. "));
        assertThat(lib.documents().version(v1.versionId())).get()
                .satisfies(d -> assertThat(d.document().text()).isEqualTo(TEXT));
        assertThat(lib.documents().list()).singleElement().satisfies(e -> assertThat(e.versions()).isEqualTo(2));
    }

    @Test
    void storedDocumentKeepsItsMetadata() {
        lib.documents().importDocument(doc("/a.txt", TEXT)).join();
        var stored = lib.documents().findBySource("/a.txt").orElseThrow();
        assertThat(stored.document()).isEqualTo(doc("/a.txt", TEXT));
        assertThat(lib.documents().findBySource("/missing.txt")).isEmpty();
    }

    @Test
    void listCountsCachedAndUserAnnotations() {
        DocumentVersionRef v = lib.documents().importDocument(doc("/a.txt", TEXT)).join();
        lib.analysisCache().put(v.versionId(), "p1", Fixtures.analysis("p1")).join();
        var auto = Fixtures.analysis("p1");
        lib.annotations().reject(v.versionId(), AnnotationRef.of(auto.entities().get(0))).join();
        lib.annotations().addEntity(v.versionId(), span(TEXT, "Ukraine"), EntityType.PLACE, "COUNTRY", null).join();
        lib.annotations().addNote(v.versionId(), span(TEXT, "2 billion"), "currency sign lost").join();
        lib.annotations().addNote(v.versionId(), null, "whole article").join();

        LibraryEntry e = lib.documents().list().get(0);
        assertThat(e.title()).isEqualTo("Paris summit");
        assertThat(e.date()).hasToString("2025-03-27");
        assertThat(e.entities()).isEqualTo(5); // 5 auto - 1 rejected + 1 added
        assertThat(e.quotes()).isEqualTo(1);
        assertThat(e.facts()).isEqualTo(1);
        assertThat(e.notes()).isEqualTo(2);
        assertThat(e.entities()).isEqualTo(Fixtures.effective(lib, v.versionId(), auto).entities().size());
    }

    @Test
    void searchFindsTextAndNotesWithHighlightedSnippets() {
        DocumentVersionRef v = lib.documents().importDocument(doc("/a.txt", TEXT)).join();
        lib.documents().importDocument(doc("/b.txt", "Nothing about that summit here.")).join();
        String noteId = lib.annotations().addNote(v.versionId(), null, "Check the abandon claim with AFP").join();

        List<SearchHit> hits = lib.documents().search("abandon", 10);
        assertThat(hits).extracting(SearchHit::kind).containsExactlyInAnyOrder(SearchHit.Kind.TEXT,
                SearchHit.Kind.NOTE);
        for (SearchHit h : hits) {
            assertThat(h.documentId()).isEqualTo(v.documentId());
            assertThat(h.title()).isEqualTo("Paris summit");
            assertThat(h.highlights()).singleElement()
                    .satisfies(s -> assertThat(s.of(h.snippet())).isEqualTo("abandon"));
        }
        assertThat(hits).filteredOn(h -> h.kind() == SearchHit.Kind.NOTE).singleElement()
                .satisfies(h -> assertThat(h.noteId()).isEqualTo(noteId));
        assertThat(lib.documents().search("summ*", 10)).hasSize(2);
        assertThat(lib.documents().search("\"unbalanced AND ( NEAR", 10)).isEmpty();

        lib.annotations().editNote(noteId, "renamed").join();
        assertThat(lib.documents().search("abandon", 10)).hasSize(1);
        lib.annotations().deleteNote(noteId).join();
        assertThat(lib.documents().search("renamed", 10)).isEmpty();
    }

    @Test
    void deleteRemovesTheDocumentAndEverythingAttached() {
        DocumentVersionRef v = lib.documents().importDocument(doc("/a.txt", TEXT)).join();
        lib.analysisCache().put(v.versionId(), "p1", Fixtures.analysis("p1")).join();
        lib.annotations().addNote(v.versionId(), null, "abandon note").join();
        lib.documents().delete(v.documentId()).join();
        assertThat(lib.documents().list()).isEmpty();
        assertThat(lib.documents().search("abandon", 10)).isEmpty();
        assertThat(lib.analysisCache().cached(v.versionId(), "p1")).isEmpty();
        assertThat(lib.integrityCheck()).isEqualTo("ok");
    }

    @Test
    void aCachedAnalysisIsStoredAsTextAndReadBackWhole() throws Exception {
        DocumentVersionRef v = lib.documents().importDocument(doc("/a.txt", TEXT)).join();
        Analysis a = Fixtures.analysis("p1");
        lib.analysisCache().put(v.versionId(), "p1", a).join();
        assertThat(lib.analysisCache().cached(v.versionId(), "p1")).contains(a);
        lib.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT typeof(analysis), analysis FROM analysis_cache")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("text");
            assertThat(rs.getString(2)).isEqualTo(AnalysisJson.write(a));
        }
        lib = Library.open(dir.resolve("library.db"));
    }
}

package org.lector.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;


import org.lector.model.Document;
import org.lector.model.Reanchor;
import org.lector.model.DocumentFormat;
import org.lector.model.DocumentMetadata;
import org.lector.model.PageSnapshot;
import org.lector.model.Repair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DocumentRepository} on the library's SQLite file.
 *
 * <p>Documents and their versions: import, a new version, page snapshots, reading and listing. The reader's records
 * are moved to a new version by {@link RecordMover}; versions made by repairs, and dismissed suggestions, are
 * {@link RepairedVersions}; full-text search is {@link LibrarySearch}.
 */
final class SqliteDocumentRepository implements DocumentRepository {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteDocumentRepository.class);
    /** Versions sharing a band with a new text that are compared with it exactly, the most bands shared first. */
    static final int MAX_SIMILAR_CANDIDATES = 20;

    private final Library library;
    private final RecordMover mover;
    private final RepairedVersions repaired;

    SqliteDocumentRepository(Library library) {
        this.library = library;
        this.mover = new RecordMover(library);
        this.repaired = new RepairedVersions(library, mover);
    }

    @Override
    public CompletableFuture<DocumentVersionRef> importDocument(Document d) {
        return importDocument(d, true);
    }

    @Override
    public CompletableFuture<DocumentVersionRef> importDocument(Document d, PageSnapshot page) {
        return library.write("importing " + d.source(), c -> {
            DocumentVersionRef ref = importIn(c, d, true);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT OR IGNORE INTO page_snapshots(version_id, url, content_type, fetched, bytes)
                    VALUES (?, ?, ?, ?, ?)""")) {
                ps.setLong(1, ref.versionId());
                ps.setString(2, page.url());
                ps.setString(3, page.contentType());
                ps.setString(4, page.fetched().toString());
                ps.setBytes(5, page.bytes());
                ps.executeUpdate();
            }
            return ref;
        });
    }

    @Override
    public Optional<PageSnapshot> snapshot(long versionId) {
        return library.read("reading a saved page", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT url, content_type, fetched, bytes FROM page_snapshots WHERE version_id = ?")) {
                ps.setLong(1, versionId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new PageSnapshot(rs.getString(1), rs.getString(2),
                            Instant.parse(rs.getString(3)), rs.getBytes(4))) : Optional.<PageSnapshot>empty();
                }
            }
        });
    }

    @Override
    public CompletableFuture<DocumentVersionRef> importDocument(Document d, boolean matchSimilarText) {
        return library.write("importing " + d.source(), c -> importIn(c, d, matchSimilarText));
    }

    DocumentVersionRef importIn(Connection c, Document d, boolean matchSimilarText) throws SQLException {
        String now = Instant.now().toString();
        Long documentId = documentOf(c, d.source());
        long[] bands = TextSketch.of(d.text());
        if (documentId == null && matchSimilarText) {
            documentId = similarDocument(c, d.text(), bands);
            if (documentId != null) {
                // The same article from another path or address: its next opening finds it by source at once.
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT OR REPLACE INTO document_aliases(source, document_id) VALUES (?, ?)")) {
                    ps.setString(1, d.source());
                    ps.setLong(2, documentId);
                    ps.executeUpdate();
                }
                LOG.info("{} is mostly the same text as document {}: filed as a version of it", d.source(),
                        documentId);
            }
        }
        if (documentId == null) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents(source, added) VALUES (?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, d.source());
                ps.setString(2, now);
                ps.executeUpdate();
                documentId = generatedKey(ps);
            }
            long versionId = insertVersion(c, documentId, d, now);
            TextSketch.store(c, versionId, bands);
            LibrarySearch.indexText(c, documentId, versionId, d);
            return new DocumentVersionRef(documentId, versionId, DocumentVersionRef.Outcome.NEW_DOCUMENT,
                    ReanchorReport.NONE);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM document_versions WHERE document_id = ? AND sha256 = ?")) {
            ps.setLong(1, documentId);
            ps.setString(2, d.sha256());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long same = rs.getLong(1);
                    fillMetadata(c, same, d.metadata());
                    return new DocumentVersionRef(documentId, same, DocumentVersionRef.Outcome.UNCHANGED,
                            ReanchorReport.NONE);
                }
            }
        }
        long previous = latestVersionId(c, documentId);
        String oldText = library.versionText(c, previous);
        long versionId = insertVersion(c, documentId, d, now);
        TextSketch.store(c, versionId, bands);
        ReanchorReport report = mover.reanchor(c, documentId, previous, versionId, oldText, d.text(),
                new Reanchor(oldText, d.text())::locate);
        LibrarySearch.indexText(c, documentId, versionId, d);
        LOG.info("New version {} of {}: {}", versionId, d.source(), report);
        return new DocumentVersionRef(documentId, versionId, DocumentVersionRef.Outcome.NEW_VERSION, report);
    }

    /**
     * Gives a version the metadata it lacks: the same text filed first from disk and then read from a web page (an
     * alias of it) keeps what the page says about the article.
     */
    private static void fillMetadata(Connection c, long versionId, DocumentMetadata m) throws SQLException {
        if (m.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE document_versions SET author = coalesce(author, ?), site_name = coalesce(site_name, ?),
                    canonical_url = coalesce(canonical_url, ?), published = coalesce(published, ?),
                    modified = coalesce(modified, ?), language = coalesce(language, ?)
                WHERE id = ?""")) {
            ps.setString(1, m.author());
            ps.setString(2, m.siteName());
            ps.setString(3, m.canonicalUrl());
            ps.setString(4, m.published());
            ps.setString(5, m.modified());
            ps.setString(6, m.language());
            ps.setLong(7, versionId);
            ps.executeUpdate();
        }
    }

    /** The document filed under {@code source}, or opened from it before as another version's source. */
    private static Long documentOf(Connection c, String source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id FROM documents WHERE source = ?
                UNION ALL SELECT document_id FROM document_aliases WHERE source = ? LIMIT 1""")) {
            ps.setString(1, source);
            ps.setString(2, source);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /**
     * The document with a version whose text is mostly the same as {@code text} ({@link TextSketch#SIMILAR}), the
     * most alike first; null when there is none. Candidates share a MinHash band; each is then compared exactly.
     */
    private Long similarDocument(Connection c, String text, long[] bands) throws SQLException {
        if (bands.length == 0) {
            return null;
        }
        List<long[]> candidates = new ArrayList<>();
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < bands.length; i++) {
            in.append(i == 0 ? "?" : ", ?");
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT v.document_id, v.id FROM text_sketches s"
                + " JOIN document_versions v ON v.id = s.version_id WHERE s.band IN (" + in + ")"
                + " GROUP BY v.id ORDER BY count(*) DESC LIMIT " + MAX_SIMILAR_CANDIDATES)) {
            for (int i = 0; i < bands.length; i++) {
                ps.setLong(i + 1, bands[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        java.util.Set<Long> shingles = TextSketch.shingles(text);
        Long best = null;
        double bestResemblance = TextSketch.SIMILAR;
        for (long[] candidate : candidates) {
            double r = TextSketch.resemblance(shingles, TextSketch.shingles(library.versionText(c, candidate[1])));
            if (r >= bestResemblance) {
                bestResemblance = r;
                best = candidate[0];
            }
        }
        return best;
    }

    static long insertVersion(Connection c, long documentId, Document d, String now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO document_versions(document_id, sha256, title, article_date, format, charset, text, imported,
                                              author, site_name, canonical_url, published, modified, language)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, documentId);
            ps.setString(2, d.sha256());
            ps.setString(3, d.title());
            ps.setString(4, d.date() == null ? null : d.date().toString());
            ps.setString(5, d.format().id());
            ps.setString(6, d.charset());
            ps.setString(7, d.text());
            ps.setString(8, now);
            DocumentMetadata m = d.metadata();
            ps.setString(9, m.author());
            ps.setString(10, m.siteName());
            ps.setString(11, m.canonicalUrl());
            ps.setString(12, m.published());
            ps.setString(13, m.modified());
            ps.setString(14, m.language());
            ps.executeUpdate();
            return generatedKey(ps);
        }
    }

    /** The six metadata columns starting at {@code first}: author, site, canonical URL, published, modified, language. */
    private static DocumentMetadata metadata(ResultSet rs, int first) throws SQLException {
        return new DocumentMetadata(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2),
                rs.getString(first + 3), rs.getString(first + 4), rs.getString(first + 5));
    }

    static long latestVersionId(Connection c, long documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT max(id) FROM document_versions WHERE document_id = ?")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public CompletableFuture<DocumentVersionRef> revise(long versionId, List<Repair> repairs) {
        return repaired.revise(versionId, repairs);
    }

    @Override
    public CompletableFuture<DocumentVersionRef> revert(long revisionId) {
        return repaired.revert(revisionId);
    }

    @Override
    public Optional<StoredDocument> repairedVersionOf(long versionId) {
        return repaired.repairedVersionOf(versionId);
    }

    @Override
    public CompletableFuture<Long> dismissRepair(long versionId, Repair repair) {
        return repaired.dismissRepair(versionId, repair);
    }

    @Override
    public CompletableFuture<Void> undismissRepair(long dismissalId) {
        return repaired.undismissRepair(dismissalId);
    }

    @Override
    public List<Repair> dismissed(long versionId, List<Repair> found) {
        return repaired.dismissed(versionId, found);
    }

    @Override
    public Optional<StoredDocument> findBySource(String source) {
        return library.read("finding " + source, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT max(v.id) FROM document_versions v WHERE v.document_id IN"
                            + " (SELECT id FROM documents WHERE source = ?"
                            + " UNION ALL SELECT document_id FROM document_aliases WHERE source = ?)")) {
                ps.setString(1, source);
                ps.setString(2, source);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long id = rs.getLong(1);
                    return rs.wasNull() ? Optional.<StoredDocument>empty() : versionIn(c, id);
                }
            }
        });
    }

    @Override
    public Optional<StoredDocument> version(long versionId) {
        return library.read("reading a document", c -> versionIn(c, versionId));
    }

    static Optional<StoredDocument> versionIn(Connection c, long versionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT v.document_id, v.title, v.text, d.source, v.format, v.charset, v.sha256,
                       coalesce(d.reader_date, v.article_date), v.author, v.site_name, v.canonical_url, v.published, v.modified, v.language
                FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE v.id = ?""")) {
            ps.setLong(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String date = rs.getString(8);
                return Optional.of(new StoredDocument(rs.getLong(1), versionId, new Document(rs.getString(2),
                        rs.getString(3), rs.getString(4), DocumentFormat.fromId(rs.getString(5)), rs.getString(6),
                        rs.getString(7), date == null ? null : LocalDate.parse(date), metadata(rs, 9))));
            }
        }
    }

    @Override
    public List<VersionEntry> versions(long documentId) {
        return library.read("listing versions", c -> {
            List<VersionEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, title, sha256, imported, length(text) FROM document_versions
                    WHERE document_id = ? ORDER BY id""")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new VersionEntry(documentId, rs.getLong(1), out.size() + 1, rs.getString(2),
                                rs.getString(3), Instant.parse(rs.getString(4)), rs.getInt(5)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<LibraryEntry> list() {
        return library.read("listing the library", c -> {
            List<LibraryEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    WITH latest AS (SELECT document_id, max(id) AS version_id FROM document_versions
                                    GROUP BY document_id)
                    SELECT d.id, v.id, v.title, d.source, coalesce(d.reader_date, v.article_date), v.author, v.site_name, v.canonical_url,
                           v.published, v.modified, v.language,
                           (SELECT count(*) FROM document_versions WHERE document_id = d.id),
                           coalesce(ac.entities, 0), coalesce(ac.quotes, 0), coalesce(ac.facts, 0),
                           coalesce(ac.notes, 0),
                           (SELECT count(*) FROM annotations a WHERE a.version_id = v.id AND a.orphan = 0
                                AND a.deleted = 0 AND a.kind = 'entity'),
                           (SELECT count(*) FROM annotations a WHERE a.version_id = v.id AND a.orphan = 0
                                AND a.deleted = 0 AND a.kind = 'quote'),
                           (SELECT count(*) FROM annotations a WHERE a.version_id = v.id AND a.orphan = 0
                                AND a.deleted = 0 AND a.kind = 'fact'),
                           (SELECT count(*) FROM annotations a WHERE a.version_id = v.id AND a.orphan = 0
                                AND a.deleted = 0 AND a.kind = 'note'),
                           (SELECT count(*) FROM user_actions u WHERE u.version_id = v.id AND u.orphan = 0
                                AND u.action <> 'merge' AND u.kind = 'entity'),
                           (SELECT count(*) FROM user_actions u WHERE u.version_id = v.id AND u.orphan = 0
                                AND u.action <> 'merge' AND u.kind = 'quote'),
                           (SELECT count(*) FROM user_actions u WHERE u.version_id = v.id AND u.orphan = 0
                                AND u.action <> 'merge' AND u.kind = 'fact'),
                           (SELECT count(*) FROM annotations a WHERE a.document_id = d.id AND a.orphan = 1
                                AND a.deleted = 0)
                             + (SELECT count(*) FROM user_actions u WHERE u.document_id = d.id AND u.orphan = 1)
                    FROM documents d
                    JOIN latest l ON l.document_id = d.id
                    JOIN document_versions v ON v.id = l.version_id
                    LEFT JOIN analysis_cache ac ON ac.version_id = v.id AND ac.created =
                        (SELECT max(created) FROM analysis_cache WHERE version_id = v.id)
                    GROUP BY d.id
                    ORDER BY v.imported DESC, d.id DESC""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String date = rs.getString(5);
                    // Counts start after the six metadata columns (6..11).
                    int n = 6;
                    out.add(new LibraryEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            date == null ? null : LocalDate.parse(date), rs.getInt(n + 6),
                            Math.max(0, rs.getInt(n + 7) + rs.getInt(n + 11) - rs.getInt(n + 15)),
                            Math.max(0, rs.getInt(n + 8) + rs.getInt(n + 12) - rs.getInt(n + 16)),
                            Math.max(0, rs.getInt(n + 9) + rs.getInt(n + 13) - rs.getInt(n + 17)),
                            rs.getInt(n + 10) + rs.getInt(n + 14), rs.getInt(n + 18), metadata(rs, 6)));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<LocalDate> articleDate(long versionId) {
        return date("""
                SELECT coalesce(d.reader_date, v.article_date)
                FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE v.id = ?""", versionId);
    }

    @Override
    public Optional<LocalDate> readerDate(long documentId) {
        return date("SELECT reader_date FROM documents WHERE id = ?", documentId);
    }

    /** The date in the first column of the first row {@code sql} selects for {@code id}, if it has one. */
    private Optional<LocalDate> date(String sql, long id) {
        return library.read("reading the article's date", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    String date = rs.next() ? rs.getString(1) : null;
                    return Optional.ofNullable(date).map(LocalDate::parse);
                }
            }
        });
    }

    @Override
    public CompletableFuture<Void> setReaderDate(long documentId, LocalDate date) {
        return library.write("setting the article's date", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET reader_date = ? WHERE id = ?")) {
                ps.setString(1, date == null ? null : date.toString());
                ps.setLong(2, documentId);
                if (ps.executeUpdate() == 0) {
                    throw new SQLException("no document " + documentId);
                }
            }
            // Relative dates were resolved against the old date: the analyses are made again with the new one.
            try (PreparedStatement ps = c.prepareStatement("""
                    DELETE FROM analysis_cache
                    WHERE version_id IN (SELECT id FROM document_versions WHERE document_id = ?)""")) {
                ps.setLong(1, documentId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> delete(long documentId) {
        return library.write("deleting a document", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    DELETE FROM search_index
                    WHERE rowid IN (SELECT id FROM document_versions WHERE document_id = ?)
                       OR rowid IN (SELECT -id FROM annotations WHERE document_id = ? AND kind = 'note')""")) {
                ps.setLong(1, documentId);
                ps.setLong(2, documentId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM documents WHERE id = ?")) {
                ps.setLong(1, documentId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return LibrarySearch.search(library, query, limit);
    }

    static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated key");
            }
            return keys.getLong(1);
        }
    }
}

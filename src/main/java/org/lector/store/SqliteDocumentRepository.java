package org.lector.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lector.model.AnchorSelector;
import org.lector.model.Document;
import org.lector.model.Reanchor;
import org.lector.model.DocumentFormat;
import org.lector.model.DocumentMetadata;
import org.lector.model.PageSnapshot;
import org.lector.model.Repair;
import org.lector.model.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DocumentRepository} on the library's SQLite file.
 *
 * <p>Longer than most files, on purpose: it is the one place that writes documents and their versions (import,
 * a new version with re-anchoring, page snapshots, repaired versions and their undo, dismissals), each a small
 * transaction on the same tables sharing the helpers that file a version and move the reader's records to it.
 */
final class SqliteDocumentRepository implements DocumentRepository {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteDocumentRepository.class);
    static final char MARK_START = '\u0002';
    static final char MARK_END = '\u0003';
    /** Versions sharing a band with a new text that are compared with it exactly, the most bands shared first. */
    static final int MAX_SIMILAR_CANDIDATES = 20;

    private final Library library;

    SqliteDocumentRepository(Library library) {
        this.library = library;
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
            indexText(c, documentId, versionId, d);
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
        ReanchorReport report = reanchor(c, documentId, previous, versionId, oldText, d.text(),
                new Reanchor(oldText, d.text())::locate);
        indexText(c, documentId, versionId, d);
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

    private static long insertVersion(Connection c, long documentId, Document d, String now) throws SQLException {
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

    /** Only the latest version of a document is searchable: hits in superseded text would mislead. */
    private static void indexText(Connection c, long documentId, long versionId, Document d) throws SQLException {
        // Text rows use the version id as rowid (notes the negated annotation id): deletes by rowid are lookups,
        // where a filter on an UNINDEXED column would read every indexed text.
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM search_index WHERE rowid IN (SELECT id FROM document_versions WHERE document_id = ?)")) {
            ps.setLong(1, documentId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO search_index(rowid, title, body, kind, document_id, ref)"
                        + " VALUES (?, ?, ?, 'text', ?, ?)")) {
            ps.setLong(1, versionId);
            ps.setString(2, d.title());
            ps.setString(3, d.text());
            ps.setLong(4, documentId);
            ps.setString(5, Long.toString(versionId));
            ps.executeUpdate();
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

    /**
     * Moves every user annotation and action of the document to the new version, in the import's transaction.
     * Orphans from earlier versions get another chance: the new text may have the passage back.
     */
    private ReanchorReport reanchor(Connection c, long documentId, long oldVersion, long newVersion, String oldText,
            String newText, Locator reanchor) throws SQLException {
        int[] counts = new int[Reanchor.Method.values().length];
        for (String table : new String[] {"annotations", "user_actions"}) {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, span_start, span_end, exact, prefix, suffix,"
                    + " payload FROM " + table + " WHERE document_id = ?"
                    + ("annotations".equals(table) ? " AND deleted = 0" : ""))) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(2);
                        boolean noSpan = rs.wasNull();
                        rows.add(new Object[] {rs.getLong(1), noSpan ? null : new Span(rs.getInt(2), rs.getInt(3)),
                                new AnchorSelector(rs.getString(4) == null ? "" : rs.getString(4), rs.getString(5),
                                        rs.getString(6)), rs.getString(7)});
                    }
                }
            }
            try (PreparedStatement moved = c.prepareStatement("UPDATE " + table + " SET version_id = ?,"
                    + " span_start = ?, span_end = ?, exact = ?, prefix = ?, suffix = ?, payload = ?, orphan = 0"
                    + " WHERE id = ?");
                    PreparedStatement orphaned = c.prepareStatement(
                            "UPDATE " + table + " SET version_id = ?, orphan = 1 WHERE id = ?");
                    PreparedStatement whole = c.prepareStatement(
                            "UPDATE " + table + " SET version_id = ? WHERE id = ?")) {
                for (Object[] row : rows) {
                    long id = (Long) row[0];
                    Span span = (Span) row[1];
                    if (span == null) {
                        whole.setLong(1, newVersion);
                        whole.setLong(2, id);
                        whole.executeUpdate();
                        continue;
                    }
                    Reanchor.Result r = reanchor.locate((AnchorSelector) row[2], span);
                    counts[r.method().ordinal()]++;
                    if (r.isOrphan()) {
                        // The old span and selector stay as they were: they describe the passage for the user.
                        orphaned.setLong(1, newVersion);
                        orphaned.setLong(2, id);
                        orphaned.executeUpdate();
                        continue;
                    }
                    AnchorSelector now = AnchorSelector.of(newText, r.span());
                    moved.setLong(1, newVersion);
                    moved.setInt(2, r.span().start());
                    moved.setInt(3, r.span().end());
                    moved.setString(4, now.exact());
                    moved.setString(5, now.prefix());
                    moved.setString(6, now.suffix());
                    moved.setString(7, movePayloadSpans((String) row[3], oldText, reanchor));
                    moved.setLong(8, id);
                    moved.executeUpdate();
                }
            }
        }
        library.forgetText(oldVersion);
        return new ReanchorReport(counts[Reanchor.Method.POSITION.ordinal()],
                counts[Reanchor.Method.EXACT_QUOTE.ordinal()], counts[Reanchor.Method.FUZZY.ordinal()],
                counts[Reanchor.Method.ORPHAN.ordinal()]);
    }

    /**
     * Payloads hold secondary spans (a quote's cue, the mention whose cluster a mention joins, a merge target).
     * Each is re-anchored on its own; one that is lost is dropped, which loses a link but never misplaces it.
     */
    private static String movePayloadSpans(String payload, String oldText, Locator reanchor) {
        JsonNode node = AnalysisJson.parse(payload);
        if (!(node instanceof ObjectNode object)) {
            return payload;
        }
        boolean changed = false;
        List<String> lost = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode v = field.getValue();
            if (!v.isObject() || !v.has("start") || !v.has("end")) {
                continue;
            }
            Span old = AnalysisJson.span(v);
            if (old.end() > oldText.length()) {
                lost.add(field.getKey());
                continue;
            }
            Reanchor.Result r = reanchor.locate(AnchorSelector.of(oldText, old), old);
            changed = true;
            if (r.isOrphan()) {
                lost.add(field.getKey());
            } else {
                AnalysisJson.span((ObjectNode) v, r.span());
            }
        }
        lost.forEach(object::remove);
        return changed || !lost.isEmpty() ? AnalysisJson.toString(object) : payload;
    }

    /** Where a passage of the old text is in the new one: {@link Reanchor#locate(AnchorSelector, Span)}. */
    @FunctionalInterface
    interface Locator {
        Reanchor.Result locate(AnchorSelector selector, Span oldSpan);
    }

    @Override
    public CompletableFuture<DocumentVersionRef> revise(long versionId, List<Repair> repairs) {
        return library.write("repairing the text", c -> {
            StoredDocument base = versionIn(c, versionId).orElseThrow(
                    () -> new IllegalArgumentException("no document version " + versionId));
            if (latestVersionId(c, base.documentId()) != versionId) {
                throw new IllegalStateException("The article changed since these suggestions were made.");
            }
            List<String> texts = TextRepairs.steps(base.document().text(), repairs);
            String text = texts.get(texts.size() - 1);
            Document d = base.document();
            Document revised = new Document(TextRepairs.title(d.title(), d.text(), text), text, d.source(),
                    d.format(), d.charset(), TextRepairs.sha256(text), d.date(), d.metadata());
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM document_versions WHERE document_id = ? AND sha256 = ?")) {
                ps.setLong(1, base.documentId());
                ps.setString(2, revised.sha256());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new IllegalStateException("The library already holds this article with these repairs.");
                    }
                }
            }
            long revision = insertVersion(c, base.documentId(), revised, Instant.now().toString());
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE document_versions SET revised_from = ?, repairs = ? WHERE id = ?")) {
                ps.setLong(1, versionId);
                ps.setString(2, TextRepairs.toJson(repairs));
                ps.setLong(3, revision);
                ps.executeUpdate();
            }
            ReanchorReport report = reanchor(c, base.documentId(), versionId, revision, d.text(), text,
                    TextRepairs.locator(texts));
            indexText(c, base.documentId(), revision, revised);
            LOG.info("Version {} of {}: {} repairs accepted; {}", revision, d.source(), repairs.size(), report);
            return new DocumentVersionRef(base.documentId(), revision, DocumentVersionRef.Outcome.NEW_VERSION,
                    report);
        });
    }

    @Override
    public CompletableFuture<DocumentVersionRef> revert(long revisionId) {
        return library.write("taking back repairs", c -> {
            long from;
            String applied;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT revised_from, repairs FROM document_versions WHERE id = ?")) {
                ps.setLong(1, revisionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getString(2) == null || rs.getObject(1) == null) {
                        throw new IllegalArgumentException("version " + revisionId + " is not one made by repairs");
                    }
                    from = rs.getLong(1);
                    applied = rs.getString(2);
                }
            }
            StoredDocument revision = versionIn(c, revisionId).orElseThrow();
            if (latestVersionId(c, revision.documentId()) != revisionId) {
                throw new IllegalStateException("The article changed since these repairs were accepted.");
            }
            StoredDocument base = versionIn(c, from).orElseThrow();
            String text = revision.document().text();
            List<String> texts = TextRepairs.steps(text, TextRepairs.inverse(TextRepairs.fromJson(applied)));
            ReanchorReport report = reanchor(c, revision.documentId(), revisionId, from, text,
                    base.document().text(), TextRepairs.locator(texts));
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM document_versions WHERE id = ?")) {
                ps.setLong(1, revisionId);
                ps.executeUpdate();
            }
            library.forgetText(revisionId);
            indexText(c, revision.documentId(), from, base.document());
            LOG.info("Repairs of version {} taken back; {} is shown again: {}", revisionId, from, report);
            return new DocumentVersionRef(revision.documentId(), from, DocumentVersionRef.Outcome.UNCHANGED, report);
        });
    }

    @Override
    public Optional<StoredDocument> repairedVersionOf(long versionId) {
        return library.read("finding the repaired text", c -> {
            long latest;
            try (PreparedStatement ps = c.prepareStatement("SELECT document_id FROM document_versions WHERE id = ?")) {
                ps.setLong(1, versionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<StoredDocument>empty();
                    }
                    latest = latestVersionId(c, rs.getLong(1));
                }
            }
            // Back from the latest version through the versions made by repairs: versionId must be where they start.
            for (long v = latest; v != versionId; ) {
                Long from = revisedFrom(c, v);
                if (from == null) {
                    return Optional.<StoredDocument>empty();
                }
                if (from == versionId) {
                    return versionIn(c, latest);
                }
                v = from;
            }
            return Optional.<StoredDocument>empty();
        });
    }

    private static Long revisedFrom(Connection c, long versionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT revised_from FROM document_versions WHERE id = ?")) {
            ps.setLong(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long from = rs.getLong(1);
                return rs.wasNull() ? null : from;
            }
        }
    }

    @Override
    public CompletableFuture<Long> dismissRepair(long versionId, Repair repair) {
        return library.write("keeping a dismissed suggestion", c -> {
            String text = library.versionText(c, versionId);
            AnchorSelector sel = AnchorSelector.of(text, repair.span());
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO repair_dismissals(document_id, kind, span_start, span_end, exact, prefix, suffix,
                                                  replacement, created)
                    SELECT document_id, ?, ?, ?, ?, ?, ?, ?, ? FROM document_versions WHERE id = ?""",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, repair.kind().id());
                ps.setInt(2, repair.start());
                ps.setInt(3, repair.end());
                ps.setString(4, sel.exact());
                ps.setString(5, sel.prefix());
                ps.setString(6, sel.suffix());
                ps.setString(7, repair.replacement());
                ps.setString(8, Instant.now().toString());
                ps.setLong(9, versionId);
                ps.executeUpdate();
                return generatedKey(ps);
            }
        });
    }

    @Override
    public CompletableFuture<Void> undismissRepair(long dismissalId) {
        return library.write("restoring a dismissed suggestion", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM repair_dismissals WHERE id = ?")) {
                ps.setLong(1, dismissalId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Repair> dismissed(long versionId, List<Repair> found) {
        return library.read("reading dismissed suggestions", c -> {
            String text = library.versionText(c, versionId);
            List<Repair> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT r.kind, r.span_start, r.span_end, r.exact, r.prefix, r.suffix, r.replacement
                    FROM repair_dismissals r JOIN document_versions v ON v.document_id = r.document_id
                    WHERE v.id = ?""")) {
                ps.setLong(1, versionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String kind = rs.getString(1);
                        String replacement = rs.getString(7);
                        AnchorSelector sel = new AnchorSelector(rs.getString(4), rs.getString(5), rs.getString(6));
                        Span old = new Span(rs.getInt(2), rs.getInt(3));
                        Reanchor.Result at = null;
                        for (Repair r : found) {
                            if (!r.kind().id().equals(kind) || !r.replacement().equals(replacement)
                                    || !r.text().equals(sel.exact()) || out.contains(r)) {
                                continue;
                            }
                            // Located once, and only for a suggestion that could be it: the passage where it was.
                            if (at == null) {
                                at = Reanchor.locate(text, sel, old);
                            }
                            if (!at.isOrphan() && at.span().equals(r.span())) {
                                out.add(r);
                            }
                        }
                    }
                }
            }
            return out;
        });
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

    private Optional<StoredDocument> versionIn(Connection c, long versionId) throws SQLException {
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
        return library.read("reading the article's date", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT coalesce(d.reader_date, v.article_date)
                    FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE v.id = ?""")) {
                ps.setLong(1, versionId);
                return date(ps);
            }
        });
    }

    @Override
    public Optional<LocalDate> readerDate(long documentId) {
        return library.read("reading the article's date", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT reader_date FROM documents WHERE id = ?")) {
                ps.setLong(1, documentId);
                return date(ps);
            }
        });
    }

    /** The date in the first column of the query's first row, if it has one. */
    private static Optional<LocalDate> date(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            String date = rs.next() ? rs.getString(1) : null;
            return Optional.ofNullable(date).map(LocalDate::parse);
        }
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
        String match = ftsQuery(query);
        if (match.isEmpty()) {
            return List.of();
        }
        return library.read("searching", c -> {
            List<SearchHit> hits = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT s.kind, s.document_id, s.ref,
                           (SELECT title FROM document_versions WHERE document_id = s.document_id
                                ORDER BY id DESC LIMIT 1),
                           snippet(search_index, 1, char(2), char(3), '…', 16), bm25(search_index) AS rank
                    FROM search_index s WHERE search_index MATCH ? ORDER BY rank LIMIT ?""")) {
                ps.setString(1, match);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        boolean note = "note".equals(rs.getString(1));
                        String marked = rs.getString(5);
                        StringBuilder plain = new StringBuilder(marked.length());
                        List<Span> highlights = new ArrayList<>();
                        int open = -1;
                        for (int i = 0; i < marked.length(); i++) {
                            char ch = marked.charAt(i);
                            if (ch == MARK_START) {
                                open = plain.length();
                            } else if (ch == MARK_END && open >= 0) {
                                highlights.add(new Span(open, plain.length()));
                                open = -1;
                            } else {
                                plain.append(ch);
                            }
                        }
                        hits.add(new SearchHit(note ? SearchHit.Kind.NOTE : SearchHit.Kind.TEXT, rs.getLong(2),
                                rs.getString(4), note ? rs.getString(3) : "", plain.toString(), highlights,
                                rs.getDouble(6)));
                    }
                }
            }
            return hits;
        });
    }

    /** Plain words to an FTS5 query: each word quoted (so operators and quotes in input are inert), all required. */
    static String ftsQuery(String query) {
        StringBuilder out = new StringBuilder();
        for (String word : query.trim().split("\\s+")) {
            boolean prefix = word.endsWith("*");
            String w = (prefix ? word.substring(0, word.length() - 1) : word).replace("\"", "");
            if (w.isBlank()) {
                continue;
            }
            out.append(out.length() == 0 ? "" : " ").append('"').append(w).append('"').append(prefix ? "*" : "");
        }
        return out.toString();
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

package org.lector.store;

import static org.lector.store.SqliteDocumentRepository.generatedKey;
import static org.lector.store.LibrarySearch.indexText;
import static org.lector.store.SqliteDocumentRepository.insertVersion;
import static org.lector.store.SqliteDocumentRepository.latestVersionId;
import static org.lector.store.SqliteDocumentRepository.versionIn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lector.model.AnchorSelector;
import org.lector.model.Document;
import org.lector.model.Reanchor;
import org.lector.model.Repair;
import org.lector.model.Span;

/**
 * The versions of a document that repairs make, for {@link SqliteDocumentRepository}: a repaired version with the
 * reader's records moved onto it, its undo, the repaired version of an older one, and the suggestions the reader
 * dismissed (kept by their passage, so they stay dismissed in later versions).
 */
final class RepairedVersions {

    private static final Logger LOG = LoggerFactory.getLogger(RepairedVersions.class);

    private final Library library;
    private final RecordMover mover;

    RepairedVersions(Library library, RecordMover mover) {
        this.library = library;
        this.mover = mover;
    }

    CompletableFuture<DocumentVersionRef> revise(long versionId, List<Repair> repairs) {
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
            ReanchorReport report = mover.reanchor(c, base.documentId(), versionId, revision, d.text(), text,
                    TextRepairs.locator(texts));
            indexText(c, base.documentId(), revision, revised);
            LOG.info("Version {} of {}: {} repairs accepted; {}", revision, d.source(), repairs.size(), report);
            return new DocumentVersionRef(base.documentId(), revision, DocumentVersionRef.Outcome.NEW_VERSION,
                    report);
        });
    }

    CompletableFuture<DocumentVersionRef> revert(long revisionId) {
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
            ReanchorReport report = mover.reanchor(c, revision.documentId(), revisionId, from, text,
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

    Optional<StoredDocument> repairedVersionOf(long versionId) {
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

    CompletableFuture<Long> dismissRepair(long versionId, Repair repair) {
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

    CompletableFuture<Void> undismissRepair(long dismissalId) {
        return library.write("restoring a dismissed suggestion", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM repair_dismissals WHERE id = ?")) {
                ps.setLong(1, dismissalId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    List<Repair> dismissed(long versionId, List<Repair> found) {
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
}

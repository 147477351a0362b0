package org.lector.store;

import static org.lector.store.SqliteAnnotationRepository.ENTITY;
import static org.lector.store.SqliteAnnotationRepository.NO_ENTITY;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lector.model.AnchorSelector;
import org.lector.model.AnnotationKind;
import org.lector.model.AnnotationRef;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.EntityValue;
import org.lector.model.Fact;
import org.lector.model.ImportedEntity;
import org.lector.model.MentionForm;
import org.lector.model.Note;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.model.UserAction;
import org.lector.model.UserAnnotation;

/**
 * The rows of the reader's records, on the writer thread inside {@link SqliteAnnotationRepository}'s transactions:
 * an annotation or an action inserted with the quote selector that anchors it to its passage, a payload or a span
 * changed, actions taken back, note text indexed for search, the payloads of quotes and facts, and a row read back
 * as the reader's annotation.
 */
final class AnnotationRows {

    private final Library library;

    AnnotationRows(Library library) {
        this.library = library;
    }

    long insertAnnotation(Connection c, long versionId, AnnotationKind kind, Span span, ObjectNode payload)
            throws SQLException {
        Instant now = Instant.now();
        return insertAnnotation(c, versionId, kind, span, payload, now, now);
    }

    long insertAnnotation(Connection c, long versionId, AnnotationKind kind, Span span, ObjectNode payload,
            Instant created, Instant modified) throws SQLException {
        String text = library.versionText(c, versionId);
        AnchorSelector sel = span == null ? null : AnchorSelector.of(text, span);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO annotations(document_id, version_id, kind, span_start, span_end, exact, prefix, suffix,
                    origin, created, modified, payload)
                SELECT document_id, id, ?, ?, ?, ?, ?, ?, 'user', ?, ?, ? FROM document_versions WHERE id = ?""",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind.id());
            if (span == null) {
                ps.setNull(2, java.sql.Types.INTEGER);
                ps.setNull(3, java.sql.Types.INTEGER);
                ps.setNull(4, java.sql.Types.VARCHAR);
                ps.setNull(5, java.sql.Types.VARCHAR);
                ps.setNull(6, java.sql.Types.VARCHAR);
            } else {
                ps.setInt(2, span.start());
                ps.setInt(3, span.end());
                ps.setString(4, sel.exact());
                ps.setString(5, sel.prefix());
                ps.setString(6, sel.suffix());
            }
            ps.setString(7, created.toString());
            ps.setString(8, modified.toString());
            ps.setString(9, AnalysisJson.toString(payload));
            ps.setLong(10, versionId);
            if (ps.executeUpdate() != 1) {
                throw new IllegalArgumentException("no document version " + versionId);
            }
            return SqliteDocumentRepository.generatedKey(ps);
        }
    }

    long insertAction(Connection c, long versionId, UserAction action, AnnotationKind kind, String target,
            Span span, Long replacement, ObjectNode payload) throws SQLException {
        AnchorSelector sel = AnchorSelector.of(library.versionText(c, versionId), span);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO user_actions(document_id, version_id, action, kind, target, span_start, span_end, exact,
                    prefix, suffix, replacement, payload, created)
                SELECT document_id, id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM document_versions WHERE id = ?""",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, action.id());
            ps.setString(2, kind.id());
            ps.setString(3, target);
            ps.setInt(4, span.start());
            ps.setInt(5, span.end());
            ps.setString(6, sel.exact());
            ps.setString(7, sel.prefix());
            ps.setString(8, sel.suffix());
            if (replacement == null) {
                ps.setNull(9, java.sql.Types.INTEGER);
            } else {
                ps.setLong(9, replacement);
            }
            ps.setString(10, AnalysisJson.toString(payload));
            ps.setString(11, Instant.now().toString());
            ps.setLong(12, versionId);
            if (ps.executeUpdate() != 1) {
                throw new IllegalArgumentException("no document version " + versionId);
            }
            return SqliteDocumentRepository.generatedKey(ps);
        }
    }

    interface PayloadChange {
        void apply(ObjectNode payload);
    }

    static void updatePayload(Connection c, long id, PayloadChange change) throws SQLException {
        String json;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT payload FROM annotations WHERE id = ? AND deleted = 0")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no annotation " + UserIds.of(id));
                }
                json = rs.getString(1);
            }
        }
        ObjectNode p = (ObjectNode) AnalysisJson.parse(json);
        change.apply(p);
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE annotations SET payload = ?, modified = ? WHERE id = ?")) {
            ps.setString(1, AnalysisJson.toString(p));
            ps.setString(2, Instant.now().toString());
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    void updateSpan(Connection c, long versionId, long id, Span span) throws SQLException {
        AnchorSelector sel = AnchorSelector.of(library.versionText(c, versionId), span);
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE annotations SET span_start = ?, span_end = ?, exact = ?, prefix = ?, suffix = ?, modified = ?
                WHERE id = ? AND deleted = 0""")) {
            ps.setInt(1, span.start());
            ps.setInt(2, span.end());
            ps.setString(3, sel.exact());
            ps.setString(4, sel.prefix());
            ps.setString(5, sel.suffix());
            ps.setString(6, Instant.now().toString());
            ps.setLong(7, id);
            if (ps.executeUpdate() != 1) {
                throw new IllegalArgumentException("no annotation " + UserIds.of(id));
            }
        }
    }

    /** Binds the parameters of a statement. */
    @FunctionalInterface
    interface Parameters {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /**
     * Takes back the user's actions that {@code select} finds (it selects {@code id, replacement} from
     * {@code user_actions}): they are deleted, and the user copies they made are marked deleted, so what the
     * engine found shows again. The one way {@link SqliteAnnotationRepository#restore(long, AnnotationRef)},
     * {@link SqliteAnnotationRepository#withdraw} and {@link SqliteAnnotationRepository#revertToAutomatic} undo;
     * they differ only in which actions they pick.
     *
     * @return how many actions were taken back
     */
    static int takeBack(Connection c, String select, Parameters parameters) throws SQLException {
        List<Long> actions = new ArrayList<>();
        List<Long> copies = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(select)) {
            parameters.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getLong(1));
                    long copy = rs.getLong(2);
                    if (!rs.wasNull()) {
                        copies.add(copy);
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM user_actions WHERE id = ?")) {
            for (long action : actions) {
                ps.setLong(1, action);
                ps.executeUpdate();
            }
        }
        for (long copy : copies) {
            markDeleted(c, copy);
        }
        return actions.size();
    }

    /** A tombstone rather than a DELETE: the actions that point at the row keep their meaning. */
    static void markDeleted(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE annotations SET deleted = 1, modified = ? WHERE id = ?")) {
            ps.setString(1, Instant.now().toString());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM search_index WHERE rowid = ?")) {
            ps.setLong(1, -id);
            ps.executeUpdate();
        }
    }

    static void indexNote(Connection c, long id, String text) throws SQLException {
        String ref = UserIds.of(id);
        // Note rows use the negated annotation id as rowid, so replacing one is a lookup (see indexText).
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM search_index WHERE rowid = ?")) {
            ps.setLong(1, -id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO search_index(rowid, title, body, kind, document_id, ref)
                SELECT ?, '', ?, 'note', document_id, ? FROM annotations WHERE id = ?""")) {
            ps.setLong(1, -id);
            ps.setString(2, text);
            ps.setString(3, ref);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    static void putSpan(ObjectNode p, String field, Span span) {
        if (span != null) {
            AnalysisJson.span(p.putObject(field), span);
        }
    }

    static ObjectNode factPayload(Fact fields, Span span, Span sourceMention) {
        Fact f = new Fact("", span, fields.text(), fields.subject(), fields.predicate(), fields.object(),
                fields.quantities(), fields.time(), sourceMention == null ? fields.sourceId() : null,
                fields.sourceName(), fields.score(), fields.status(), fields.evidence(), fields.evidenceUrl(),
                fields.provenance());
        ObjectNode p = AnalysisJson.fact(f);
        putSpan(p, "sourceAnchor", sourceMention);
        return p;
    }

    ObjectNode quotePayload(Connection c, long versionId, QuoteKind kind, Span speakerMention,
            String speakerId, String speakerName, Span cue) throws SQLException {
        ObjectNode p = AnalysisJson.MAPPER.createObjectNode();
        p.put("kind", kind.id());
        putSpan(p, "speakerAnchor", speakerMention);
        if (speakerId != null) {
            // Only meaningful while the same analysis is shown; the anchor above is what survives re-analysis.
            p.put("speaker", speakerId);
        }
        p.put("speakerName", speakerName == null ? "" : speakerName);
        putSpan(p, "cue", cue);
        p.put("cueText", cue == null ? "" : cue.of(library.versionText(c, versionId)));
        return p;
    }

    /** One row of {@code annotations} as the reader's annotation; null for a kind kept in no row. */
    static UserAnnotation annotation(String id, AnnotationKind kind, Span span, String exact,
            Instant created, Instant modified, JsonNode p) {
        Provenance mine = Provenance.user(modified);
        return switch (kind) {
            case ENTITY -> {
                EntityType type = EntityType.fromId(p.path("type").asText());
                EntityValue value = p.path("value").isTextual()
                        ? new EntityValue(p.path("value").asText(), p.path("unit").asText("")) : null;
                yield new UserAnnotation.MentionRecord(new EntityMention(id, span, exact, type,
                        p.path("subtype").asText(), MentionForm.fromId(p.path("form").asText("name")), null, mine,
                        value),
                        AnalysisJson.spanOrNull(p.get("clusterAnchor")), importedEntity(p, exact, type));
            }
            case QUOTE -> new UserAnnotation.QuoteRecord(new Quote(id, span, exact,
                    QuoteKind.fromId(p.path("kind").asText()), AnalysisJson.textOrNull(p, "speaker"),
                    p.path("speakerName").asText(), AnalysisJson.spanOrNull(p.get("cue")), p.path("cueText").asText(),
                    mine), AnalysisJson.spanOrNull(p.get("speakerAnchor")));
            case FACT -> {
                Fact f = AnalysisJson.fact(p);
                yield new UserAnnotation.FactRecord(new Fact(id, span, exact, f.subject(), f.predicate(),
                        f.object(), f.quantities(), f.time(), f.sourceId(), f.sourceName(), f.score(), f.status(),
                        f.evidence(), f.evidenceUrl(), mine), AnalysisJson.spanOrNull(p.get("sourceAnchor")));
            }
            case NOTE -> {
                List<String> tags = new ArrayList<>();
                p.path("tags").forEach(t -> tags.add(t.asText()));
                yield new UserAnnotation.NoteRecord(new Note(id, span, p.path("text").asText(), created, modified,
                        tags));
            }
            case CLUSTER -> null; // clusters are never stored as rows in schema 1
        };
    }

    /** The entity an imported mention's row names ({@link SqliteAnnotationRepository#ENTITY},
     * {@link SqliteAnnotationRepository#NO_ENTITY}); null for one made here. */
    private static ImportedEntity importedEntity(JsonNode p, String exact, EntityType type) {
        if (p.path(NO_ENTITY).asBoolean(false)) {
            return ImportedEntity.NONE;
        }
        JsonNode entity = p.get(ENTITY);
        if (entity == null || !entity.isObject()) {
            return null;
        }
        return new ImportedEntity(entity.path("key").asText(), entity.path("name").asText(exact),
                EntityType.fromId(entity.path("type").asText(type.id())));
    }
}

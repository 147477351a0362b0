package org.lector.store;

import static org.lector.store.AnnotationRows.annotation;
import static org.lector.store.AnnotationRows.factPayload;
import static org.lector.store.AnnotationRows.indexNote;
import static org.lector.store.AnnotationRows.markDeleted;
import static org.lector.store.AnnotationRows.putSpan;
import static org.lector.store.AnnotationRows.takeBack;
import static org.lector.store.AnnotationRows.updatePayload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lector.model.Analysis;
import org.lector.model.AnnotationKind;
import org.lector.model.AnnotationRef;
import org.lector.model.Document;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.MentionForm;
import org.lector.model.OrphanAnnotation;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.model.UserAction;
import org.lector.model.UserAnnotation;
import org.lector.model.UserEdit;
import org.lector.model.UserRecords;

/**
 * {@link AnnotationRepository} on two tables: {@code annotations} holds what the user made or changed (its own
 * rows, edited in place), {@code user_actions} what the user did to the engine's annotations, identified by kind
 * and span because engine ids do not survive a new pipeline version.
 *
 * <p>Each method is one small transaction; the rows are written by {@link AnnotationRows} and an import by
 * {@link AnnotationImporter}. What those records mean to the reader is worked out elsewhere, by the overlay.
 */
final class SqliteAnnotationRepository implements AnnotationRepository {

    private final Library library;
    private final AnnotationRows rows;

    SqliteAnnotationRepository(Library library) {
        this.library = library;
        this.rows = new AnnotationRows(library);
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    /** The payload field of a cluster edit that says what it does ({@link UserEdit.ClusterChange#id()}). */
    static final String OP = "op";
    /** The payload field of an imported mention that names its entity ({@code key}, {@code name}, {@code type}). */
    static final String ENTITY = "entity";
    /** The payload field of an imported mention of no entity. */
    static final String NO_ENTITY = "noEntity";

    @Override
    public UserRecords records(long versionId) {
        List<UserAnnotation> annotations = new ArrayList<>();
        List<UserEdit> edits = new ArrayList<>();
        library.read("reading your edits", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, kind, span_start, span_end, exact, created, modified, payload FROM annotations
                    WHERE version_id = ? AND orphan = 0 AND deleted = 0 ORDER BY id""")) {
                ps.setLong(1, versionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int start = rs.getInt(3);
                        Span span = rs.wasNull() ? null : new Span(start, rs.getInt(4));
                        UserAnnotation a = annotation(UserIds.of(rs.getLong(1)),
                                AnnotationKind.fromId(rs.getString(2)), span, rs.getString(5),
                                Instant.parse(rs.getString(6)), Instant.parse(rs.getString(7)),
                                AnalysisJson.parse(rs.getString(8)));
                        if (a != null) {
                            annotations.add(a);
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, action, kind, span_start, span_end, replacement, payload FROM user_actions
                    WHERE version_id = ? AND orphan = 0 ORDER BY id""")) {
                ps.setLong(1, versionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long replacement = rs.getLong(6);
                        String copy = rs.wasNull() ? null : UserIds.of(replacement);
                        JsonNode p = AnalysisJson.parse(rs.getString(7));
                        edits.add(new UserEdit(rs.getLong(1), UserAction.fromId(rs.getString(2)),
                                AnnotationKind.fromId(rs.getString(3)), new Span(rs.getInt(4), rs.getInt(5)), copy,
                                AnalysisJson.spanOrNull(p.get("into")),
                                UserEdit.ClusterChange.fromId(p.path(OP).asText(""))));
                    }
                }
            }
            return null;
        });
        return new UserRecords(annotations, edits);
    }

    @Override
    public List<OrphanAnnotation> orphans(long documentId) {
        return library.read("listing orphaned annotations", c -> {
            List<OrphanAnnotation> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, kind, exact, prefix, suffix, payload FROM annotations
                    WHERE document_id = ? AND orphan = 1 AND deleted = 0 ORDER BY id""")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        JsonNode p = AnalysisJson.parse(rs.getString(6));
                        String description = p.has("text") ? p.path("text").asText()
                                : p.path("type").asText(p.path("kind").asText(""));
                        out.add(new OrphanAnnotation(UserIds.of(rs.getLong(1)),
                                AnnotationKind.fromId(rs.getString(2)), rs.getString(3), rs.getString(4),
                                rs.getString(5), description));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, kind, exact, prefix, suffix, action FROM user_actions
                    WHERE document_id = ? AND orphan = 1 ORDER BY id""")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new OrphanAnnotation("a-" + rs.getLong(1), AnnotationKind.fromId(rs.getString(2)),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }

    // ---- writes ---------------------------------------------------------------------------------------------

    @Override
    public CompletableFuture<String> addEntity(long versionId, Span span, EntityType type, String subtype,
            Span sameEntityAs) {
        ObjectNode p = AnalysisJson.MAPPER.createObjectNode();
        p.put("type", type.id());
        p.put("subtype", subtype == null ? "" : subtype);
        p.put("form", MentionForm.NAME.id());
        putSpan(p, "clusterAnchor", sameEntityAs);
        return library.write("adding an entity", c -> UserIds.of(
                rows.insertAnnotation(c, versionId, AnnotationKind.ENTITY, span, p)));
    }

    @Override
    public CompletableFuture<Void> reject(long versionId, AnnotationRef target) {
        return library.write("rejecting an annotation", c -> {
            if (target.isUser()) {
                markDeleted(c, UserIds.row(target.id()));
            } else {
                rows.insertAction(c, versionId, UserAction.REJECT, target.kind(), target.id(), target.span(), null,
                        AnalysisJson.MAPPER.createObjectNode());
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> restore(long versionId, AnnotationRef automatic) {
        if (automatic.isUser() || automatic.span() == null) {
            throw new IllegalArgumentException("not an automatic annotation: " + automatic.id());
        }
        return library.write("restoring an annotation", c -> {
            takeBack(c, """
                    SELECT id, replacement FROM user_actions WHERE version_id = ? AND kind = ? AND span_start = ?
                    AND span_end = ? AND action <> ?""", ps -> {
                ps.setLong(1, versionId);
                ps.setString(2, automatic.kind().id());
                ps.setInt(3, automatic.span().start());
                ps.setInt(4, automatic.span().end());
                ps.setString(5, UserAction.MERGE.id());
            });
            return null;
        });
    }

    @Override
    public CompletableFuture<String> accept(long versionId, EntityMention m) {
        if (isUsers(m.provenance())) {
            return CompletableFuture.completedFuture(m.id());
        }
        return replaceEntity(versionId, m, UserAction.ACCEPT, m.span(), m.type(), m.subtype(), "accepting an entity");
    }

    @Override
    public CompletableFuture<String> retype(long versionId, EntityMention m, EntityType type, String subtype) {
        if (isUsers(m.provenance())) {
            return library.write("changing an entity's type", c -> {
                updatePayload(c, UserIds.row(m.id()), p -> {
                    if (type != m.type()) {
                        // A date's value does not stand for the name it became.
                        p.remove("value");
                        p.remove("unit");
                    }
                    p.put("type", type.id());
                    p.put("subtype", subtype == null ? "" : subtype);
                });
                return m.id();
            });
        }
        return replaceEntity(versionId, m, UserAction.RETYPE, m.span(), type, subtype, "changing an entity's type");
    }

    @Override
    public CompletableFuture<String> respan(long versionId, EntityMention m, Span span) {
        if (isUsers(m.provenance())) {
            return library.write("changing an entity's span", c -> {
                rows.updateSpan(c, versionId, UserIds.row(m.id()), span);
                return m.id();
            });
        }
        return replaceEntity(versionId, m, UserAction.RESPAN, span, m.type(), m.subtype(), "changing an entity's span");
    }

    /** Supersedes an automatic mention and stores the user's version of it, in one transaction. */
    private CompletableFuture<String> replaceEntity(long versionId, EntityMention m, UserAction action, Span span,
            EntityType type, String subtype, String doing) {
        ObjectNode p = AnalysisJson.MAPPER.createObjectNode();
        p.put("type", type.id());
        p.put("subtype", subtype == null ? "" : subtype);
        p.put("form", m.form().id());
        // The mention's own old span: the copy stays in the cluster the engine put the original in.
        putSpan(p, "clusterAnchor", m.span());
        return library.write(doing, c -> {
            long copy = rows.insertAnnotation(c, versionId, AnnotationKind.ENTITY, span, p);
            rows.insertAction(c, versionId, action, AnnotationKind.ENTITY, m.id(), m.span(), copy,
                    AnalysisJson.MAPPER.createObjectNode());
            return UserIds.of(copy);
        });
    }

    @Override
    public CompletableFuture<Void> mergeClusters(long versionId, Span kept, Span absorbed) {
        ObjectNode p = AnalysisJson.MAPPER.createObjectNode();
        putSpan(p, "into", kept);
        return library.write("merging entities", c -> {
            rows.insertAction(c, versionId, UserAction.MERGE, AnnotationKind.CLUSTER, "", absorbed, null, p);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> linkMention(long versionId, Span mention, Span into) {
        ObjectNode p = AnalysisJson.MAPPER.createObjectNode();
        p.put(OP, UserEdit.ClusterChange.LINK.id());
        putSpan(p, "into", Objects.requireNonNull(into, "into"));
        return library.write("linking a mention to an entity", c -> {
            rows.insertAction(c, versionId, UserAction.EDIT, AnnotationKind.CLUSTER, "", mention, null, p);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> splitMention(long versionId, Span mention) {
        ObjectNode p = AnalysisJson.MAPPER.createObjectNode();
        p.put(OP, UserEdit.ClusterChange.SPLIT.id());
        return library.write("splitting a mention from its entity", c -> {
            rows.insertAction(c, versionId, UserAction.EDIT, AnnotationKind.CLUSTER, "", mention, null, p);
            return null;
        });
    }

    @Override
    public CompletableFuture<Boolean> withdraw(long versionId, UserAction action, AnnotationKind kind, Span span) {
        return library.write("undoing a change", c -> takeBack(c, """
                SELECT id, replacement FROM user_actions
                WHERE version_id = ? AND action = ? AND kind = ? AND span_start = ? AND span_end = ? AND orphan = 0
                ORDER BY id DESC LIMIT 1""", ps -> {
            ps.setLong(1, versionId);
            ps.setString(2, action.id());
            ps.setString(3, kind.id());
            ps.setInt(4, span.start());
            ps.setInt(5, span.end());
        }) > 0);
    }

    @Override
    public CompletableFuture<Void> restore(String id) {
        long row = UserIds.row(id);
        return library.write("bringing back an annotation", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE annotations SET deleted = 0, modified = ? WHERE id = ?")) {
                ps.setString(1, Instant.now().toString());
                ps.setLong(2, row);
                if (ps.executeUpdate() != 1) {
                    throw new IllegalArgumentException("no annotation " + id);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, payload FROM annotations WHERE id = ?")) {
                ps.setLong(1, row);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && AnnotationKind.fromId(rs.getString(1)) == AnnotationKind.NOTE) {
                        String text = AnalysisJson.parse(rs.getString(2)).path("text").asText();
                        indexNote(c, row, text);
                    }
                }
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<String> addNote(long versionId, Span span, String text) {
        ObjectNode p = AnalysisJson.MAPPER.createObjectNode();
        p.put("text", text);
        return library.write("adding a note", c -> {
            long id = rows.insertAnnotation(c, versionId, AnnotationKind.NOTE, span, p);
            indexNote(c, id, text);
            return UserIds.of(id);
        });
    }

    @Override
    public CompletableFuture<Void> editNote(String noteId, String text) {
        long id = UserIds.row(noteId);
        return library.write("editing a note", c -> {
            updatePayload(c, id, p -> p.put("text", text));
            indexNote(c, id, text);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> deleteNote(String noteId) {
        long id = UserIds.row(noteId);
        return library.write("deleting a note", c -> {
            markDeleted(c, id);
            return null;
        });
    }

    @Override
    public CompletableFuture<String> setFactStatus(long versionId, Fact fact, FactStatus status, String evidence,
            String evidenceUrl) {
        Fact changed = new Fact(fact.id(), fact.span(), fact.text(), fact.subject(), fact.predicate(), fact.object(),
                fact.quantities(), fact.time(), fact.sourceId(), fact.sourceName(), fact.score(), status, evidence,
                evidenceUrl, fact.provenance());
        ObjectNode p = AnalysisJson.fact(changed);
        return library.write("checking a fact", c -> {
            if (isUsers(fact.provenance())) {
                updatePayload(c, UserIds.row(fact.id()), old -> {
                    old.put("status", status.id());
                    old.put("evidence", evidence == null ? "" : evidence);
                    old.put("evidenceUrl", evidenceUrl == null ? "" : evidenceUrl);
                });
                return fact.id();
            }
            long copy = rows.insertAnnotation(c, versionId, AnnotationKind.FACT, fact.span(), p);
            rows.insertAction(c, versionId, UserAction.SET_STATUS, AnnotationKind.FACT, fact.id(), fact.span(), copy,
                    AnalysisJson.MAPPER.createObjectNode());
            return UserIds.of(copy);
        });
    }

    @Override
    public CompletableFuture<String> addQuote(long versionId, Span span, QuoteKind kind, Span speakerMention,
            String speakerName, Span cue) {
        return library.write("adding a quote", c -> UserIds.of(rows.insertAnnotation(c, versionId,
                AnnotationKind.QUOTE, span, rows.quotePayload(c, versionId, kind, speakerMention, null, speakerName,
                        cue))));
    }

    @Override
    public CompletableFuture<String> editQuote(long versionId, Quote quote, QuoteKind kind, Span speakerMention,
            String speakerName, Span cue) {
        return library.write("editing a quote", c -> {
            ObjectNode p = rows.quotePayload(c, versionId, kind, speakerMention,
                    speakerMention == null ? quote.speakerId() : null, speakerName, cue);
            return replaceContent(c, versionId, AnnotationRef.of(quote), p);
        });
    }

    @Override
    public CompletableFuture<String> addFact(long versionId, Fact fact, Span sourceMention) {
        ObjectNode p = factPayload(fact, fact.span(), sourceMention);
        return library.write("adding a fact", c -> UserIds.of(
                rows.insertAnnotation(c, versionId, AnnotationKind.FACT, fact.span(), p)));
    }

    @Override
    public CompletableFuture<String> editFact(long versionId, Fact fact, Fact changed, Span sourceMention) {
        ObjectNode p = factPayload(changed, fact.span(), sourceMention);
        return library.write("editing a fact",
                c -> replaceContent(c, versionId, AnnotationRef.of(fact), p));
    }

    /**
     * Gives the annotation {@code target} the content {@code payload}: one of the user's own is changed in place; an
     * automatic one is superseded by an {@link UserAction#EDIT} and a user copy with that content.
     *
     * @return the id of the annotation as changed
     */
    private String replaceContent(Connection c, long versionId, AnnotationRef target, ObjectNode payload)
            throws SQLException {
        if (target.isUser()) {
            updatePayload(c, UserIds.row(target.id()), old -> {
                old.removeAll();
                old.setAll(payload);
            });
            return target.id();
        }
        long copy = rows.insertAnnotation(c, versionId, target.kind(), target.span(), payload);
        rows.insertAction(c, versionId, UserAction.EDIT, target.kind(), target.id(), target.span(), copy,
                AnalysisJson.MAPPER.createObjectNode());
        return UserIds.of(copy);
    }

    /** A fact's fields as stored: the source by a mention's span when one is given, as that survives re-analysis. */
    @Override
    public CompletableFuture<Void> revertToAutomatic(long versionId, String copyId) {
        long id = UserIds.row(copyId);
        return library.write("taking back a change", c -> {
            int actions = takeBack(c, "SELECT id, replacement FROM user_actions WHERE version_id = ? AND replacement = ?",
                    ps -> {
                        ps.setLong(1, versionId);
                        ps.setLong(2, id);
                    });
            if (actions == 0) {
                markDeleted(c, id); // a copy that replaced nothing: no action took it away with it
            }
            return null;
        });
    }

    // ---- import -------------------------------------------------------------------------------------------

    @Override
    public CompletableFuture<ImportReport> importAnnotations(Document document, Analysis in, Analysis rejected) {
        java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong(-1);
        return library.write("importing annotations onto " + document.source(), c -> {
            DocumentVersionRef ref = library.documentStore().importIn(c, document, true);
            version.set(ref.versionId());
            return new AnnotationImporter(rows, c, ref, document.text()).run(in, rejected);
        }).whenComplete((report, failure) -> {
            if (failure != null && version.get() >= 0) {
                // Rolled back: a version id cached with its text may be given to another text next.
                library.forgetText(version.get());
            }
        });
    }

    private static boolean isUsers(Provenance provenance) {
        return provenance.origin() == Provenance.Origin.USER;
    }


}

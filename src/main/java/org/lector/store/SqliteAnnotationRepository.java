package org.lector.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lector.model.AnchorSelector;
import org.lector.model.Analysis;
import org.lector.model.AnnotationKind;
import org.lector.model.AnnotationRef;
import org.lector.model.Document;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.EntityValue;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.ImportedEntity;
import org.lector.model.MentionForm;
import org.lector.model.Note;
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
 * <p>Longer than most files, on purpose: it is the one place that reads and writes the reader's records, twenty
 * small transactions on the same two tables that share the helpers anchoring a row to its passage and taking
 * rows back for an undo. What those records mean to the reader is worked out elsewhere, by the overlay.
 */
final class SqliteAnnotationRepository implements AnnotationRepository {

    private final Library library;

    SqliteAnnotationRepository(Library library) {
        this.library = library;
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

    /** One row of {@code annotations} as the reader's annotation; null for a kind kept in no row. */
    private static UserAnnotation annotation(String id, AnnotationKind kind, Span span, String exact,
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

    /** The entity an imported mention's row names ({@link #ENTITY}, {@link #NO_ENTITY}); null for one made here. */
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
                insertAnnotation(c, versionId, AnnotationKind.ENTITY, span, p)));
    }

    @Override
    public CompletableFuture<Void> reject(long versionId, AnnotationRef target) {
        return library.write("rejecting an annotation", c -> {
            if (target.isUser()) {
                markDeleted(c, UserIds.row(target.id()));
            } else {
                insertAction(c, versionId, UserAction.REJECT, target.kind(), target.id(), target.span(), null,
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
                updateSpan(c, versionId, UserIds.row(m.id()), span);
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
            long copy = insertAnnotation(c, versionId, AnnotationKind.ENTITY, span, p);
            insertAction(c, versionId, action, AnnotationKind.ENTITY, m.id(), m.span(), copy,
                    AnalysisJson.MAPPER.createObjectNode());
            return UserIds.of(copy);
        });
    }

    @Override
    public CompletableFuture<Void> mergeClusters(long versionId, Span kept, Span absorbed) {
        ObjectNode p = AnalysisJson.MAPPER.createObjectNode();
        putSpan(p, "into", kept);
        return library.write("merging entities", c -> {
            insertAction(c, versionId, UserAction.MERGE, AnnotationKind.CLUSTER, "", absorbed, null, p);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> linkMention(long versionId, Span mention, Span into) {
        ObjectNode p = AnalysisJson.MAPPER.createObjectNode();
        p.put(OP, UserEdit.ClusterChange.LINK.id());
        putSpan(p, "into", Objects.requireNonNull(into, "into"));
        return library.write("linking a mention to an entity", c -> {
            insertAction(c, versionId, UserAction.EDIT, AnnotationKind.CLUSTER, "", mention, null, p);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> splitMention(long versionId, Span mention) {
        ObjectNode p = AnalysisJson.MAPPER.createObjectNode();
        p.put(OP, UserEdit.ClusterChange.SPLIT.id());
        return library.write("splitting a mention from its entity", c -> {
            insertAction(c, versionId, UserAction.EDIT, AnnotationKind.CLUSTER, "", mention, null, p);
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
            long id = insertAnnotation(c, versionId, AnnotationKind.NOTE, span, p);
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
            long copy = insertAnnotation(c, versionId, AnnotationKind.FACT, fact.span(), p);
            insertAction(c, versionId, UserAction.SET_STATUS, AnnotationKind.FACT, fact.id(), fact.span(), copy,
                    AnalysisJson.MAPPER.createObjectNode());
            return UserIds.of(copy);
        });
    }

    @Override
    public CompletableFuture<String> addQuote(long versionId, Span span, QuoteKind kind, Span speakerMention,
            String speakerName, Span cue) {
        return library.write("adding a quote", c -> UserIds.of(insertAnnotation(c, versionId,
                AnnotationKind.QUOTE, span, quotePayload(c, versionId, kind, speakerMention, null, speakerName,
                        cue))));
    }

    @Override
    public CompletableFuture<String> editQuote(long versionId, Quote quote, QuoteKind kind, Span speakerMention,
            String speakerName, Span cue) {
        return library.write("editing a quote", c -> {
            ObjectNode p = quotePayload(c, versionId, kind, speakerMention,
                    speakerMention == null ? quote.speakerId() : null, speakerName, cue);
            return replaceContent(c, versionId, AnnotationRef.of(quote), p);
        });
    }

    @Override
    public CompletableFuture<String> addFact(long versionId, Fact fact, Span sourceMention) {
        ObjectNode p = factPayload(fact, fact.span(), sourceMention);
        return library.write("adding a fact", c -> UserIds.of(
                insertAnnotation(c, versionId, AnnotationKind.FACT, fact.span(), p)));
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
        long copy = insertAnnotation(c, versionId, target.kind(), target.span(), payload);
        insertAction(c, versionId, UserAction.EDIT, target.kind(), target.id(), target.span(), copy,
                AnalysisJson.MAPPER.createObjectNode());
        return UserIds.of(copy);
    }

    /** A fact's fields as stored: the source by a mention's span when one is given, as that survives re-analysis. */
    private static ObjectNode factPayload(Fact fields, Span span, Span sourceMention) {
        Fact f = new Fact("", span, fields.text(), fields.subject(), fields.predicate(), fields.object(),
                fields.quantities(), fields.time(), sourceMention == null ? fields.sourceId() : null,
                fields.sourceName(), fields.score(), fields.status(), fields.evidence(), fields.evidenceUrl(),
                fields.provenance());
        ObjectNode p = AnalysisJson.fact(f);
        putSpan(p, "sourceAnchor", sourceMention);
        return p;
    }

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

    private ObjectNode quotePayload(Connection c, long versionId, QuoteKind kind, Span speakerMention,
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

    // ---- import -------------------------------------------------------------------------------------------

    @Override
    public CompletableFuture<ImportReport> importAnnotations(Document document, Analysis in, Analysis rejected) {
        java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong(-1);
        return library.write("importing annotations onto " + document.source(), c -> {
            DocumentVersionRef ref = library.documentStore().importIn(c, document, true);
            version.set(ref.versionId());
            return new Importer(c, ref, document.text()).run(in, rejected);
        }).whenComplete((report, failure) -> {
            if (failure != null && version.get() >= 0) {
                // Rolled back: a version id cached with its text may be given to another text next.
                library.forgetText(version.get());
            }
        });
    }

    /** One import, inside its transaction. */
    private final class Importer {
        final Connection c;
        final DocumentVersionRef ref;
        final long v;
        final String text;
        /** The reader's own annotations the version has, as comparable keys: what is not imported again. */
        final Set<String> present = new HashSet<>();
        int mentions;
        int quotes;
        int facts;
        int notes;
        int rejections;
        int unchanged;

        Importer(Connection c, DocumentVersionRef ref, String text) throws SQLException {
            this.c = c;
            this.ref = ref;
            this.v = ref.versionId();
            this.text = text;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT kind, span_start, span_end, payload FROM annotations
                    WHERE version_id = ? AND deleted = 0 AND orphan = 0""")) {
                ps.setLong(1, v);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int start = rs.getInt(2);
                        Span span = rs.wasNull() ? null : new Span(start, rs.getInt(3));
                        present.add(key(AnnotationKind.fromId(rs.getString(1)), span,
                                AnalysisJson.parse(rs.getString(4))));
                    }
                }
            }
        }

        ImportReport run(Analysis in, Analysis rejected) throws SQLException {
            for (EntityMention m : in.entities()) {
                checkSpan(m.span());
            }
            Map<String, Span> firstOfCluster = new HashMap<>();
            in.entities().forEach(m -> {
                if (m.clusterId() != null) {
                    firstOfCluster.putIfAbsent(m.clusterId(), m.span());
                }
            });
            Map<String, EntityCluster> clusters = new HashMap<>();
            in.clusters().forEach(cl -> clusters.put(cl.id(), cl));
            Map<String, Long> keyOfCluster = new HashMap<>();
            for (EntityMention m : in.entities()) {
                ObjectNode p = AnalysisJson.MAPPER.createObjectNode();
                p.put("type", m.type().id());
                p.put("subtype", m.subtype());
                p.put("form", m.form().id());
                if (m.value() != null) {
                    // What a date or an amount stands for comes with it: the article's own date may be unknown
                    // here, and a re-analysis must not be needed to see it again.
                    p.put("value", m.value().value());
                    p.put("unit", m.value().unit());
                }
                EntityCluster cluster = m.clusterId() == null ? null : clusters.get(m.clusterId());
                if (cluster == null) {
                    p.put(NO_ENTITY, true);
                }
                if (present.contains(key(AnnotationKind.ENTITY, m.span(), p))) {
                    unchanged++;
                    continue;
                }
                long row = insertAnnotation(c, v, AnnotationKind.ENTITY, m.span(), p);
                if (cluster != null) {
                    long key = keyOfCluster.computeIfAbsent(cluster.id(), k -> row);
                    ObjectNode entity = AnalysisJson.MAPPER.createObjectNode();
                    entity.put("key", key);
                    entity.put("name", cluster.name());
                    entity.put("type", cluster.type().id());
                    updatePayload(c, row, old -> old.set(ENTITY, entity));
                }
                insertAction(c, v, UserAction.ACCEPT, AnnotationKind.ENTITY, "import", m.span(), row,
                        AnalysisJson.MAPPER.createObjectNode());
                mentions++;
            }
            for (Quote q : in.quotes()) {
                checkSpan(q.span());
                Span speaker = q.speakerId() == null ? null : firstOfCluster.get(q.speakerId());
                ObjectNode p = quotePayload(c, v, q.kind(), speaker, speaker == null ? null : q.speakerId(),
                        q.speakerName(), q.cue());
                p.remove("speaker");
                if (present.contains(key(AnnotationKind.QUOTE, q.span(), p))) {
                    unchanged++;
                    continue;
                }
                long row = insertAnnotation(c, v, AnnotationKind.QUOTE, q.span(), p);
                insertAction(c, v, UserAction.EDIT, AnnotationKind.QUOTE, "import", q.span(), row,
                        AnalysisJson.MAPPER.createObjectNode());
                quotes++;
            }
            for (Fact f : in.facts()) {
                checkSpan(f.span());
                Span source = f.sourceId() == null ? null : firstOfCluster.get(f.sourceId());
                ObjectNode p = factPayload(f, f.span(), source);
                if (source != null) {
                    p.remove("source");
                }
                if (present.contains(key(AnnotationKind.FACT, f.span(), p))) {
                    unchanged++;
                    continue;
                }
                long row = insertAnnotation(c, v, AnnotationKind.FACT, f.span(), p);
                insertAction(c, v, UserAction.EDIT, AnnotationKind.FACT, "import", f.span(), row,
                        AnalysisJson.MAPPER.createObjectNode());
                facts++;
            }
            for (Note n : in.notes()) {
                if (n.span() != null) {
                    checkSpan(n.span());
                }
                ObjectNode p = AnalysisJson.MAPPER.createObjectNode();
                p.put("text", n.text());
                if (!n.tags().isEmpty()) {
                    n.tags().forEach(p.putArray("tags")::add);
                }
                if (present.contains(key(AnnotationKind.NOTE, n.span(), p))) {
                    unchanged++;
                    continue;
                }
                long row = insertAnnotation(c, v, AnnotationKind.NOTE, n.span(), p, n.created(), n.modified());
                indexNote(c, row, n.text());
                notes++;
            }
            reject(AnnotationKind.ENTITY, rejected.entities().stream().map(EntityMention::span).toList());
            reject(AnnotationKind.QUOTE, rejected.quotes().stream().map(Quote::span).toList());
            reject(AnnotationKind.FACT, rejected.facts().stream().map(Fact::span).toList());
            return new ImportReport(ref, mentions, quotes, facts, notes, rejections, unchanged);
        }

        private void reject(AnnotationKind kind, List<Span> spans) throws SQLException {
            for (Span span : spans) {
                checkSpan(span);
                boolean done;
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT 1 FROM user_actions WHERE version_id = ? AND action = ? AND kind = ?
                        AND span_start = ? AND span_end = ?""")) {
                    ps.setLong(1, v);
                    ps.setString(2, UserAction.REJECT.id());
                    ps.setString(3, kind.id());
                    ps.setInt(4, span.start());
                    ps.setInt(5, span.end());
                    try (ResultSet rs = ps.executeQuery()) {
                        done = rs.next();
                    }
                }
                if (done) {
                    unchanged++;
                } else {
                    insertAction(c, v, UserAction.REJECT, kind, "import", span, null,
                            AnalysisJson.MAPPER.createObjectNode());
                    rejections++;
                }
            }
        }

        private void checkSpan(Span span) {
            if (span.end() > text.length()) {
                throw new IllegalArgumentException(span + " lies outside the article's text");
            }
        }
    }

    /** An annotation as a comparable key: kind, span and the payload fields an import writes. */
    private static String key(AnnotationKind kind, Span span, JsonNode payload) {
        ObjectNode p = payload.deepCopy();
        p.remove(ENTITY);
        p.remove("speakerAnchor");
        p.remove("sourceAnchor");
        return kind.id() + "|" + (span == null ? "-" : span.start() + ":" + span.end()) + "|"
                + AnalysisJson.toString(sorted(p));
    }

    private static JsonNode sorted(JsonNode n) {
        if (!n.isObject()) {
            return n;
        }
        ObjectNode out = AnalysisJson.MAPPER.createObjectNode();
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        names.forEach(name -> out.set(name, sorted(n.get(name))));
        return out;
    }

    private static boolean isUsers(Provenance provenance) {
        return provenance.origin() == Provenance.Origin.USER;
    }

    // ---- helpers on the writer thread ----------------------------------------------------------------------

    private long insertAnnotation(Connection c, long versionId, AnnotationKind kind, Span span, ObjectNode payload)
            throws SQLException {
        Instant now = Instant.now();
        return insertAnnotation(c, versionId, kind, span, payload, now, now);
    }

    private long insertAnnotation(Connection c, long versionId, AnnotationKind kind, Span span, ObjectNode payload,
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

    private long insertAction(Connection c, long versionId, UserAction action, AnnotationKind kind, String target,
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

    private interface PayloadChange {
        void apply(ObjectNode payload);
    }

    private static void updatePayload(Connection c, long id, PayloadChange change) throws SQLException {
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

    private void updateSpan(Connection c, long versionId, long id, Span span) throws SQLException {
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

    /** A tombstone rather than a DELETE: the actions that point at the row keep their meaning. */
    /** Binds the parameters of a statement. */
    @FunctionalInterface
    private interface Parameters {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /**
     * Takes back the user's actions that {@code select} finds (it selects {@code id, replacement} from
     * {@code user_actions}): they are deleted, and the user copies they made are marked deleted, so what the
     * engine found shows again. The one way {@link #restore(long, AnnotationRef)}, {@link #withdraw} and
     * {@link #revertToAutomatic} undo; they differ only in which actions they pick.
     *
     * @return how many actions were taken back
     */
    private static int takeBack(Connection c, String select, Parameters parameters) throws SQLException {
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

    private static void markDeleted(Connection c, long id) throws SQLException {
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

    private static void indexNote(Connection c, long id, String text) throws SQLException {
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

    private static void putSpan(ObjectNode p, String field, Span span) {
        if (span != null) {
            AnalysisJson.span(p.putObject(field), span);
        }
    }
}

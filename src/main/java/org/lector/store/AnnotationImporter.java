package org.lector.store;

import static org.lector.store.AnnotationRows.indexNote;
import static org.lector.store.AnnotationRows.updatePayload;
import static org.lector.store.AnnotationRows.factPayload;
import static org.lector.store.SqliteAnnotationRepository.ENTITY;
import static org.lector.store.SqliteAnnotationRepository.NO_ENTITY;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lector.model.Analysis;
import org.lector.model.AnnotationKind;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.Fact;
import org.lector.model.Note;
import org.lector.model.Quote;
import org.lector.model.Span;
import org.lector.model.UserAction;

/**
 * One import of annotations made elsewhere (brat, Web Annotation, Hypothesis) onto a document version, inside its
 * transaction ({@link SqliteAnnotationRepository#importAnnotations}): each becomes the reader's own record, once;
 * what the version already has is counted as unchanged.
 */
final class AnnotationImporter {
    private final AnnotationRows rows;
    private final Connection c;
    private final DocumentVersionRef ref;
    private final long v;
    private final String text;
    /** The reader's own annotations the version has, as comparable keys: what is not imported again. */
    private final Set<String> present = new HashSet<>();
    private int mentions;
    private int quotes;
    private int facts;
    private int notes;
    private int rejections;
    private int unchanged;

    AnnotationImporter(AnnotationRows rows, Connection c, DocumentVersionRef ref, String text)
            throws SQLException {
        this.rows = rows;
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
            long row = rows.insertAnnotation(c, v, AnnotationKind.ENTITY, m.span(), p);
            if (cluster != null) {
                long key = keyOfCluster.computeIfAbsent(cluster.id(), k -> row);
                ObjectNode entity = AnalysisJson.MAPPER.createObjectNode();
                entity.put("key", key);
                entity.put("name", cluster.name());
                entity.put("type", cluster.type().id());
                updatePayload(c, row, old -> old.set(ENTITY, entity));
            }
            rows.insertAction(c, v, UserAction.ACCEPT, AnnotationKind.ENTITY, "import", m.span(), row,
                    AnalysisJson.MAPPER.createObjectNode());
            mentions++;
        }
        for (Quote q : in.quotes()) {
            checkSpan(q.span());
            Span speaker = q.speakerId() == null ? null : firstOfCluster.get(q.speakerId());
            ObjectNode p = rows.quotePayload(c, v, q.kind(), speaker, speaker == null ? null : q.speakerId(),
                    q.speakerName(), q.cue());
            p.remove("speaker");
            if (present.contains(key(AnnotationKind.QUOTE, q.span(), p))) {
                unchanged++;
                continue;
            }
            long row = rows.insertAnnotation(c, v, AnnotationKind.QUOTE, q.span(), p);
            rows.insertAction(c, v, UserAction.EDIT, AnnotationKind.QUOTE, "import", q.span(), row,
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
            long row = rows.insertAnnotation(c, v, AnnotationKind.FACT, f.span(), p);
            rows.insertAction(c, v, UserAction.EDIT, AnnotationKind.FACT, "import", f.span(), row,
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
            long row = rows.insertAnnotation(c, v, AnnotationKind.NOTE, n.span(), p, n.created(), n.modified());
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
                rows.insertAction(c, v, UserAction.REJECT, kind, "import", span, null,
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
}

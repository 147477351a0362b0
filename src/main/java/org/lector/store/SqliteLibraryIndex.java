package org.lector.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import org.lector.model.ArticleFact;
import org.lector.model.ArticleQuote;
import org.lector.model.ArticleRef;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.IdentityEdit;
import org.lector.model.NamedEntity;
import org.lector.model.Provenance;
import org.lector.model.Quantity;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.model.TimeExpression;

/** {@link LibraryIndex} on the tables of {@link LibraryIndexSchema}. */
final class SqliteLibraryIndex implements LibraryIndex {

    private final Library library;

    SqliteLibraryIndex(Library library) {
        this.library = library;
    }

    @Override
    public List<Stale> stale(String preferredPipeline) {
        return stale(preferredPipeline, null);
    }

    @Override
    public java.util.Optional<Stale> stale(String preferredPipeline, long documentId) {
        return stale(preferredPipeline, (Long) documentId).stream().findFirst();
    }

    private List<Stale> stale(String preferredPipeline, Long documentId) {
        return library.read("finding what the library views must read again", c -> {
            String dictionary;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) || '.' || coalesce(max(created), '') FROM dictionary");
                    ResultSet rs = ps.executeQuery()) {
                dictionary = rs.next() ? rs.getString(1) : "";
            }
            List<Stale> out = new ArrayList<>();
            // The stamp: the analysis used, the reader's records of the version (count and latest change of each
            // table), the dictionary. Any edit, undo, new version or new analysis changes it.
            try (PreparedStatement ps = c.prepareStatement("""
                    WITH latest AS (SELECT document_id, max(id) AS version_id FROM document_versions
                                    WHERE ?1 IS NULL OR document_id = ?1 GROUP BY document_id),
                    now AS (
                        SELECT l.document_id, l.version_id,
                               coalesce((SELECT pipeline_version FROM analysis_cache
                                         WHERE version_id = l.version_id AND pipeline_version = ?2),
                                        (SELECT pipeline_version FROM analysis_cache
                                         WHERE version_id = l.version_id ORDER BY created DESC LIMIT 1)) AS pipeline,
                               (SELECT count(*) || '.' || coalesce(max(id), 0) FROM user_actions
                                WHERE version_id = l.version_id) AS actions,
                               (SELECT count(*) || '.' || coalesce(max(modified), '') || '.' || total(deleted)
                                FROM annotations WHERE version_id = l.version_id) AS own
                        FROM latest l)
                    SELECT n.document_id, n.version_id, n.pipeline,
                           n.version_id || '|' || n.pipeline || '|' || n.actions || '|' || n.own || '|' || ?3 AS stamp,
                           s.stamp
                    FROM now n LEFT JOIN index_state s ON s.document_id = n.document_id
                    WHERE n.pipeline IS NOT NULL""")) {
                if (documentId == null) {
                    ps.setNull(1, Types.INTEGER);
                } else {
                    ps.setLong(1, documentId);
                }
                ps.setString(2, preferredPipeline);
                ps.setString(3, dictionary);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String stamp = rs.getString(4);
                        if (!stamp.equals(rs.getString(5))) {
                            out.add(new Stale(rs.getLong(1), rs.getLong(2), rs.getString(3), stamp));
                        }
                    }
                }
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<Void> put(Stale which, List<NamedEntity> entities, List<ArticleQuote> quotes,
            List<ArticleFact> facts) {
        return library.write("updating the library views", c -> {
            long doc = which.documentId();
            for (String table : new String[] {"index_entities", "index_quotes", "index_facts"}) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
                    ps.setLong(1, doc);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT OR REPLACE INTO index_entities(document_id, cluster, type, name, variants, roles, mentions,
                        first_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (NamedEntity e : entities) {
                    ps.setLong(1, doc);
                    ps.setString(2, e.clusterId());
                    ps.setString(3, e.type().id());
                    ps.setString(4, e.name());
                    ps.setString(5, strings(e.variants()));
                    ps.setString(6, strings(e.roles()));
                    ps.setInt(7, e.mentions());
                    ps.setInt(8, e.firstOffset());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT OR REPLACE INTO index_quotes(document_id, quote, span_start, span_end, text, kind, speaker,
                        speaker_name, cue_start, cue_end, cue_text, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (ArticleQuote aq : quotes) {
                    Quote q = aq.quote();
                    ps.setLong(1, doc);
                    ps.setString(2, q.id());
                    ps.setInt(3, q.span().start());
                    ps.setInt(4, q.span().end());
                    ps.setString(5, q.text());
                    ps.setString(6, q.kind().id());
                    ps.setString(7, q.speakerId());
                    ps.setString(8, q.speakerName());
                    if (q.cue() == null) {
                        ps.setNull(9, Types.INTEGER);
                        ps.setNull(10, Types.INTEGER);
                    } else {
                        ps.setInt(9, q.cue().start());
                        ps.setInt(10, q.cue().end());
                    }
                    ps.setString(11, q.cueText());
                    ps.setString(12, q.provenance().origin().id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT OR REPLACE INTO index_facts(document_id, fact, span_start, span_end, text, subject,
                        predicate, object, quantities, time_text, time_value, source, source_name, score, status,
                        evidence, evidence_url, origin)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (ArticleFact af : facts) {
                    Fact f = af.fact();
                    ps.setLong(1, doc);
                    ps.setString(2, f.id());
                    ps.setInt(3, f.span().start());
                    ps.setInt(4, f.span().end());
                    ps.setString(5, f.text());
                    ps.setString(6, f.subject());
                    ps.setString(7, f.predicate());
                    ps.setString(8, f.object());
                    ps.setString(9, quantities(f.quantities()));
                    ps.setString(10, f.time() == null ? null : f.time().text());
                    ps.setString(11, f.time() == null ? null : f.time().value());
                    ps.setString(12, f.sourceId());
                    ps.setString(13, f.sourceName());
                    ps.setDouble(14, f.score());
                    ps.setString(15, f.status().id());
                    ps.setString(16, f.evidence());
                    ps.setString(17, f.evidenceUrl());
                    ps.setString(18, f.provenance().origin().id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR REPLACE INTO index_state(document_id, version_id, stamp) VALUES (?, ?, ?)")) {
                ps.setLong(1, doc);
                ps.setLong(2, which.versionId());
                ps.setString(3, which.stamp());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<ArticleRef> articles() {
        return library.read("listing the indexed articles", c -> {
            List<ArticleRef> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT s.document_id, s.version_id, v.title, d.source, v.article_date, v.imported
                    FROM index_state s JOIN document_versions v ON v.id = s.version_id
                    JOIN documents d ON d.id = s.document_id ORDER BY s.document_id""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String date = rs.getString(5);
                    out.add(new ArticleRef(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            date == null ? null : LocalDate.parse(date),
                            LocalDate.ofInstant(Instant.parse(rs.getString(6)), ZoneOffset.UTC)));
                }
            }
            return out;
        });
    }

    @Override
    public List<NamedEntity> entities() {
        return library.read("reading the people of the library", c -> {
            List<NamedEntity> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT document_id, cluster, type, name, variants, roles, mentions, first_offset
                    FROM index_entities""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new NamedEntity(rs.getLong(1), rs.getString(2), EntityType.fromId(rs.getString(3)),
                            rs.getString(4), strings(rs.getString(5)), strings(rs.getString(6)), rs.getInt(7),
                            rs.getInt(8)));
                }
            }
            return out;
        });
    }

    @Override
    public List<ArticleQuote> quotes() {
        return library.read("reading the quotes of the library", c -> {
            List<ArticleQuote> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT document_id, quote, span_start, span_end, text, kind, speaker, speaker_name, cue_start,
                           cue_end, cue_text, origin FROM index_quotes""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int cueStart = rs.getInt(9);
                    Span cue = rs.wasNull() ? null : new Span(cueStart, rs.getInt(10));
                    out.add(new ArticleQuote(rs.getLong(1), new Quote(rs.getString(2),
                            new Span(rs.getInt(3), rs.getInt(4)), rs.getString(5), QuoteKind.fromId(rs.getString(6)),
                            rs.getString(7), rs.getString(8), cue, rs.getString(11), origin(rs.getString(12)))));
                }
            }
            return out;
        });
    }

    @Override
    public List<ArticleFact> facts() {
        return library.read("reading the facts of the library", c -> {
            List<ArticleFact> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT document_id, fact, span_start, span_end, text, subject, predicate, object, quantities,
                           time_text, time_value, source, source_name, score, status, evidence, evidence_url, origin
                    FROM index_facts""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String timeText = rs.getString(10);
                    out.add(new ArticleFact(rs.getLong(1), new Fact(rs.getString(2),
                            new Span(rs.getInt(3), rs.getInt(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8), quantities(rs.getString(9)),
                            timeText == null ? null : new TimeExpression(timeText, rs.getString(11)),
                            rs.getString(12), rs.getString(13), rs.getDouble(14), FactStatus.fromId(rs.getString(15)),
                            rs.getString(16), rs.getString(17), origin(rs.getString(18)))));
                }
            }
            return out;
        });
    }

    @Override
    public List<IdentityEdit> identityEdits() {
        return library.read("reading your identity edits", c -> {
            List<IdentityEdit> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, kind, identity, into_key, document_id, created FROM identity_edits ORDER BY id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(edit(rs));
                }
            }
            return out;
        });
    }

    private static IdentityEdit edit(ResultSet rs) throws SQLException {
        long document = rs.getLong(5);
        Long documentId = rs.wasNull() ? null : document;
        return new IdentityEdit(rs.getLong(1), IdentityEdit.Kind.fromId(rs.getString(2)), rs.getString(3),
                rs.getString(4), documentId, Instant.parse(rs.getString(6)));
    }

    @Override
    public CompletableFuture<IdentityEdit> addIdentityEdit(IdentityEdit.Kind kind, String identity, String into,
            Long documentId) {
        return library.write("saving your identity edit", c -> {
            Instant now = Instant.now();
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO identity_edits(kind, identity, into_key, document_id, created)
                    VALUES (?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, kind.id());
                ps.setString(2, identity);
                ps.setString(3, into);
                if (documentId == null) {
                    ps.setNull(4, Types.INTEGER);
                } else {
                    ps.setLong(4, documentId);
                }
                ps.setString(5, now.toString());
                ps.executeUpdate();
                return new IdentityEdit(SqliteDocumentRepository.generatedKey(ps), kind, identity, into, documentId,
                        now);
            }
        });
    }

    @Override
    public CompletableFuture<Boolean> withdrawIdentityEdit(long id) {
        return library.write("taking back your identity edit", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM identity_edits WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static Provenance origin(String id) {
        Provenance.Origin origin = Provenance.Origin.fromId(id);
        return origin == Provenance.Origin.AUTO ? Provenance.auto("", 1) : new Provenance(origin, "", 1, null);
    }

    /**
     * A list of names as one column: joined by the unit separator, which no name holds (text is normalized and
     * control characters are not names); read back by splitting, far cheaper than a JSON array per row.
     */
    private static String strings(List<String> values) {
        return String.join(SEPARATOR, values);
    }

    private static List<String> strings(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(SEPARATOR, -1));
    }

    private static final String SEPARATOR = "\u001f";

    private static String quantities(List<Quantity> quantities) {
        if (quantities.isEmpty()) {
            return "[]";
        }
        ArrayNode a = AnalysisJson.MAPPER.createArrayNode();
        for (Quantity q : quantities) {
            a.addObject().put("text", q.text()).put("value", q.value().toPlainString()).put("unit", q.unit());
        }
        return AnalysisJson.toString(a);
    }

    private static List<Quantity> quantities(String json) {
        if ("[]".equals(json)) {
            return List.of();
        }
        List<Quantity> out = new ArrayList<>();
        for (JsonNode q : AnalysisJson.parse(json)) {
            out.add(new Quantity(q.path("text").asText(), new BigDecimal(q.path("value").asText()),
                    q.path("unit").asText()));
        }
        return out;
    }
}

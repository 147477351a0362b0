package org.lector.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

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
import org.lector.store.LibraryIndex.EntityKey;
import org.lector.store.LibraryIndex.FactKey;
import org.lector.store.LibraryIndex.IdentityRow;
import org.lector.store.LibraryIndex.Lookup;
import org.lector.store.LibraryIndex.RowKeys;

/**
 * The rows of the library's index tables, for {@link SqliteLibraryIndex}: an article's entities, quotes and facts
 * written as rows, the columns each read selects, and how a row becomes an identity, a named entity, an article, a
 * quote, a fact or an identity edit. Lists of names and quantities are one column each.
 */
final class IndexRows {

    private IndexRows() {
    }

    /** Writes an article's rows of the three index tables (its old rows are gone already). */
    static void insert(Connection c, long doc, List<NamedEntity> entities, List<ArticleQuote> quotes,
            List<ArticleFact> facts, RowKeys keys) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT OR REPLACE INTO index_entities(document_id, cluster, type, name, variants, roles, mentions,
                    first_offset, family) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (NamedEntity e : entities) {
                ps.setLong(1, doc);
                ps.setString(2, e.clusterId());
                ps.setString(3, e.type().id());
                ps.setString(4, e.name());
                ps.setString(5, strings(e.variants()));
                ps.setString(6, strings(e.roles()));
                ps.setInt(7, e.mentions());
                ps.setInt(8, e.firstOffset());
                EntityKey key = keys.entities().get(e.clusterId());
                ps.setString(9, key == null ? null : key.family());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT OR REPLACE INTO index_quotes(document_id, quote, span_start, span_end, text, kind, speaker,
                    speaker_name, cue_start, cue_end, cue_text, origin, family, family2, person_name, org_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
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
                lookup(ps, 13, keys.quotes().getOrDefault(q.id(), Lookup.NONE));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT OR REPLACE INTO index_facts(document_id, fact, span_start, span_end, text, subject,
                    predicate, object, quantities, time_text, time_value, source, source_name, score, status,
                    evidence, evidence_url, origin, family, family2, person_name, org_name, subject_words,
                    predicate_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
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
                FactKey key = keys.facts().get(f.id());
                lookup(ps, 19, key == null ? Lookup.NONE : key.subject());
                ps.setString(23, key == null ? null : key.words());
                ps.setString(24, key == null ? null : key.predicate());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void lookup(PreparedStatement ps, int first, Lookup l) throws SQLException {
        ps.setString(first, l.family());
        ps.setString(first + 1, l.family2());
        ps.setString(first + 2, l.personName());
        ps.setString(first + 3, l.orgName());
    }

    static final String IDENTITY_COLUMNS =
            "SELECT identity, family, type, name, variants, articles, quotes, last_seen";

    static List<IdentityRow> identityRows(PreparedStatement ps) throws SQLException {
        List<IdentityRow> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String seen = rs.getString(8);
                out.add(new IdentityRow(rs.getString(1), rs.getString(2), EntityType.fromId(rs.getString(3)),
                        rs.getString(4), strings(rs.getString(5)), rs.getInt(6), rs.getInt(7),
                        seen == null ? null : LocalDate.parse(seen)));
            }
        }
        return out;
    }

    static final String ENTITY_COLUMNS =
            "SELECT document_id, cluster, type, name, variants, roles, mentions, first_offset";

    static NamedEntity entity(ResultSet rs) throws SQLException {
        return new NamedEntity(rs.getLong(1), rs.getString(2), EntityType.fromId(rs.getString(3)), rs.getString(4),
                strings(rs.getString(5)), strings(rs.getString(6)), rs.getInt(7), rs.getInt(8));
    }

    static final String ARTICLE_COLUMNS = """
            SELECT s.document_id, s.version_id, v.title, d.source, v.article_date, v.imported
            FROM index_state s JOIN document_versions v ON v.id = s.version_id
            JOIN documents d ON d.id = s.document_id""";

    static List<ArticleRef> articleRows(PreparedStatement ps) throws SQLException {
        List<ArticleRef> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String date = rs.getString(5);
                out.add(new ArticleRef(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        date == null ? null : LocalDate.parse(date),
                        LocalDate.ofInstant(Instant.parse(rs.getString(6)), ZoneOffset.UTC)));
            }
        }
        return out;
    }

    static final String QUOTE_COLUMNS = """
            SELECT document_id, quote, span_start, span_end, text, kind, speaker, speaker_name, cue_start,
                   cue_end, cue_text, origin""";

    static List<ArticleQuote> quoteRows(PreparedStatement ps) throws SQLException {
        List<ArticleQuote> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int cueStart = rs.getInt(9);
                Span cue = rs.wasNull() ? null : new Span(cueStart, rs.getInt(10));
                out.add(new ArticleQuote(rs.getLong(1), new Quote(rs.getString(2),
                        new Span(rs.getInt(3), rs.getInt(4)), rs.getString(5), QuoteKind.fromId(rs.getString(6)),
                        rs.getString(7), rs.getString(8), cue, rs.getString(11), origin(rs.getString(12)))));
            }
        }
        return out;
    }

    static final String FACT_COLUMNS = """
            SELECT document_id, fact, span_start, span_end, text, subject, predicate, object, quantities,
                   time_text, time_value, source, source_name, score, status, evidence, evidence_url, origin""";

    static ArticleFact fact(ResultSet rs) throws SQLException {
        String timeText = rs.getString(10);
        return new ArticleFact(rs.getLong(1), new Fact(rs.getString(2), new Span(rs.getInt(3), rs.getInt(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), quantities(rs.getString(9)),
                timeText == null ? null : new TimeExpression(timeText, rs.getString(11)), rs.getString(12),
                rs.getString(13), rs.getDouble(14), FactStatus.fromId(rs.getString(15)), rs.getString(16),
                rs.getString(17), origin(rs.getString(18))));
    }

    static IdentityEdit edit(ResultSet rs) throws SQLException {
        long document = rs.getLong(5);
        Long documentId = rs.wasNull() ? null : document;
        return new IdentityEdit(rs.getLong(1), IdentityEdit.Kind.fromId(rs.getString(2)), rs.getString(3),
                rs.getString(4), documentId, Instant.parse(rs.getString(6)));
    }

    private static Provenance origin(String id) {
        Provenance.Origin origin = Provenance.Origin.fromId(id);
        return origin == Provenance.Origin.AUTO ? Provenance.auto("", 1) : new Provenance(origin, "", 1, null);
    }

    /**
     * A list of names as one column: joined by the unit separator, which no name holds (text is normalized and
     * control characters are not names); read back by splitting, far cheaper than a JSON array per row.
     */
    static String strings(List<String> values) {
        return String.join(SEPARATOR, values);
    }

    static List<String> strings(String joined) {
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

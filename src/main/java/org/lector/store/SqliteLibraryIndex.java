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
            List<ArticleFact> facts, RowKeys keys) {
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

    private static void lookup(PreparedStatement ps, int first, Lookup l) throws SQLException {
        ps.setString(first, l.family());
        ps.setString(first + 1, l.family2());
        ps.setString(first + 2, l.personName());
        ps.setString(first + 3, l.orgName());
    }

    @Override
    public Touched touched() {
        return library.read("finding what changed in the library", c -> {
            java.util.Map<Long, Long> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT document_id, seq FROM index_touched");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
            String pipeline = IdentityResolution.state(c, "pipeline");
            return new Touched(out, pipeline == null ? "" : pipeline);
        });
    }

    @Override
    public CompletableFuture<Void> checked(Touched touched, String pipeline) {
        return library.write("noting what the library views checked", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM index_touched WHERE document_id = ? AND seq = ?")) {
                for (var e : touched.documents().entrySet()) {
                    ps.setLong(1, e.getKey());
                    ps.setLong(2, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            IdentityResolution.setState(c, "pipeline", pipeline);
            return null;
        });
    }

    @Override
    public CompletableFuture<Boolean> checkRules(Resolver resolver) {
        String current = library.read("checking the rules of the library views",
                c -> IdentityResolution.state(c, "rules"));
        if (resolver.rules().equals(current)) {
            return CompletableFuture.completedFuture(true);
        }
        return library.write("checking the rules of the library views", c -> {
            String stored = IdentityResolution.state(c, "rules");
            if (resolver.rules().equals(stored)) {
                return true;
            }
            try (Statement st = c.createStatement()) {
                st.execute("DELETE FROM index_state");
                st.execute("INSERT OR REPLACE INTO index_touched(document_id, seq) VALUES (-1,"
                        + " coalesce((SELECT max(seq) FROM index_touched), 0) + 1)");
                st.execute("DELETE FROM people");
                st.execute("DELETE FROM people_names");
                st.execute("DELETE FROM people_state");
                // Every family is worked out again once the rows are rebuilt; the rows of today are marked now, in
                // case a document is never rebuilt (its analysis gone).
                st.execute("INSERT OR IGNORE INTO people_dirty(family) SELECT DISTINCT family FROM index_entities"
                        + " WHERE family IS NOT NULL");
            }
            IdentityResolution.setState(c, "rules", resolver.rules());
            return false;
        });
    }

    @Override
    public CompletableFuture<Void> forgetRules() {
        return library.write("forgetting how the library views were built", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM people_state WHERE key = 'rules'")) {
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<Integer> resolve(Resolver resolver) {
        boolean needed = library.read("finding what the people of the library need",
                c -> IdentityResolution.needed(c, edits(c)));
        if (!needed) {
            return CompletableFuture.completedFuture(0);
        }
        return library.write("working out the people of the library", c -> IdentityResolution.run(c, resolver,
                edits(c)));
    }

    private static List<IdentityEdit> edits(Connection c) throws SQLException {
        List<IdentityEdit> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, kind, identity, into_key, document_id, created FROM identity_edits ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(edit(rs));
            }
        }
        return out;
    }

    @Override
    public List<IdentityRow> identities() {
        return library.read("reading the people of the library", c -> {
            try (PreparedStatement ps = c.prepareStatement(IDENTITY_COLUMNS + " FROM people")) {
                return identityRows(ps);
            }
        });
    }

    @Override
    public java.util.Optional<IdentityRow> identity(String key) {
        return library.read("reading a person of the library", c -> {
            try (PreparedStatement ps = c.prepareStatement(IDENTITY_COLUMNS + " FROM people WHERE identity = ?")) {
                ps.setString(1, key);
                return identityRows(ps).stream().findFirst();
            }
        });
    }

    private static final String IDENTITY_COLUMNS =
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

    @Override
    public java.util.Optional<String> identityOfName(String nameKey) {
        return library.read("finding a name in the library", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT identity FROM people_names WHERE name_key = ?")) {
                ps.setString(1, nameKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public List<java.util.Map.Entry<NamedEntity, String>> members(String identity) {
        return library.read("reading the articles of a person", c -> {
            List<java.util.Map.Entry<NamedEntity, String>> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(ENTITY_COLUMNS
                    + ", name_key FROM index_entities WHERE identity = ? ORDER BY document_id, cluster")) {
                ps.setString(1, identity);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(java.util.Map.entry(entity(rs), rs.getString(9)));
                    }
                }
            }
            return out;
        });
    }

    static final String ENTITY_COLUMNS =
            "SELECT document_id, cluster, type, name, variants, roles, mentions, first_offset";

    static NamedEntity entity(ResultSet rs) throws SQLException {
        return new NamedEntity(rs.getLong(1), rs.getString(2), EntityType.fromId(rs.getString(3)), rs.getString(4),
                strings(rs.getString(5)), strings(rs.getString(6)), rs.getInt(7), rs.getInt(8));
    }

    @Override
    public List<ArticleQuote> quotesOf(String identity) {
        return library.read("reading the quotes of a person", c -> {
            try (PreparedStatement ps = c.prepareStatement(QUOTE_COLUMNS
                    + " FROM index_quotes WHERE identity = ? ORDER BY document_id, span_start, quote")) {
                ps.setString(1, identity);
                return quoteRows(ps);
            }
        });
    }

    @Override
    public java.util.Map<String, Integer> companions(String identity, int limit) {
        return library.read("reading who appears with a person", c -> {
            java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT o.identity, count(DISTINCT o.document_id) AS n
                    FROM (SELECT DISTINCT document_id FROM index_entities WHERE identity = ?1) d
                    JOIN index_entities o ON o.document_id = d.document_id
                    WHERE o.identity IS NOT NULL AND o.identity <> ?1
                    GROUP BY o.identity ORDER BY n DESC, o.identity LIMIT ?2""")) {
                ps.setString(1, identity);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<ArticleRef> articles(java.util.Collection<Long> documentIds) {
        return library.read("listing articles", c -> articleRows(c, documentIds));
    }

    /** The indexed articles among {@code documentIds}, read by chunks of ids. */
    static List<ArticleRef> articleRows(Connection c, java.util.Collection<Long> documentIds) throws SQLException {
        List<ArticleRef> out = new ArrayList<>();
        List<Long> ids = new ArrayList<>(documentIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement(ARTICLE_COLUMNS + " WHERE s.document_id IN (" + marks
                    + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i));
                }
                out.addAll(articleRows(ps));
            }
        }
        return out;
    }

    private static final String ARTICLE_COLUMNS = """
            SELECT s.document_id, s.version_id, v.title, d.source, v.article_date, v.imported
            FROM index_state s JOIN document_versions v ON v.id = s.version_id
            JOIN documents d ON d.id = s.document_id""";

    private static List<ArticleRef> articleRows(PreparedStatement ps) throws SQLException {
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

    @Override
    public java.util.Map<String, List<ArticleFact>> claimFacts() {
        return library.read("reading the claims of the library", c -> {
            java.util.Map<String, List<ArticleFact>> out = new java.util.LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(FACT_COLUMNS + """
                    , claim_key FROM index_facts WHERE claim_key IN (
                        SELECT claim_key FROM index_facts WHERE claim_key IS NOT NULL
                        GROUP BY claim_key HAVING count(DISTINCT document_id) > 1)
                    ORDER BY claim_key, document_id, fact""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(19), k -> new ArrayList<>()).add(fact(rs));
                }
            }
            return out;
        });
    }

    @Override
    public List<ArticleRef> articles() {
        return library.read("listing the indexed articles", c -> {
            try (PreparedStatement ps = c.prepareStatement(ARTICLE_COLUMNS + " ORDER BY s.document_id")) {
                return articleRows(ps);
            }
        });
    }

    @Override
    public List<NamedEntity> entities() {
        return library.read("reading the people of the library", c -> {
            List<NamedEntity> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(ENTITY_COLUMNS + " FROM index_entities");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(entity(rs));
                }
            }
            return out;
        });
    }

    @Override
    public List<ArticleQuote> quotes() {
        return library.read("reading the quotes of the library", c -> {
            try (PreparedStatement ps = c.prepareStatement(QUOTE_COLUMNS + " FROM index_quotes")) {
                return quoteRows(ps);
            }
        });
    }

    private static final String QUOTE_COLUMNS = """
            SELECT document_id, quote, span_start, span_end, text, kind, speaker, speaker_name, cue_start,
                   cue_end, cue_text, origin""";

    private static List<ArticleQuote> quoteRows(PreparedStatement ps) throws SQLException {
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

    @Override
    public List<ArticleFact> facts() {
        return library.read("reading the facts of the library", c -> {
            List<ArticleFact> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(FACT_COLUMNS + " FROM index_facts");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(fact(rs));
                }
            }
            return out;
        });
    }

    private static final String FACT_COLUMNS = """
            SELECT document_id, fact, span_start, span_end, text, subject, predicate, object, quantities,
                   time_text, time_value, source, source_name, score, status, evidence, evidence_url, origin""";

    private static ArticleFact fact(ResultSet rs) throws SQLException {
        String timeText = rs.getString(10);
        return new ArticleFact(rs.getLong(1), new Fact(rs.getString(2), new Span(rs.getInt(3), rs.getInt(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), quantities(rs.getString(9)),
                timeText == null ? null : new TimeExpression(timeText, rs.getString(11)), rs.getString(12),
                rs.getString(13), rs.getDouble(14), FactStatus.fromId(rs.getString(15)), rs.getString(16),
                rs.getString(17), origin(rs.getString(18))));
    }

    @Override
    public List<IdentityEdit> identityEdits() {
        return library.read("reading your identity edits", SqliteLibraryIndex::edits);
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

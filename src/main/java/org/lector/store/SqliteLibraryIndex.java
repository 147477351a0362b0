package org.lector.store;

import static org.lector.store.IndexRows.ARTICLE_COLUMNS;
import static org.lector.store.IndexRows.ENTITY_COLUMNS;
import static org.lector.store.IndexRows.FACT_COLUMNS;
import static org.lector.store.IndexRows.IDENTITY_COLUMNS;
import static org.lector.store.IndexRows.QUOTE_COLUMNS;
import static org.lector.store.IndexRows.identityRows;
import static org.lector.store.IndexRows.quoteRows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.lector.model.ArticleFact;
import org.lector.model.ArticleQuote;
import org.lector.model.ArticleRef;
import org.lector.model.IdentityEdit;
import org.lector.model.NamedEntity;

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
            IndexRows.insert(c, doc, entities, quotes, facts, keys);
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
                out.add(IndexRows.edit(rs));
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
                        out.add(java.util.Map.entry(IndexRows.entity(rs), rs.getString(9)));
                    }
                }
            }
            return out;
        });
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
                out.addAll(IndexRows.articleRows(ps));
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
                    out.computeIfAbsent(rs.getString(19), k -> new ArrayList<>()).add(IndexRows.fact(rs));
                }
            }
            return out;
        });
    }

    @Override
    public List<ArticleRef> articles() {
        return library.read("listing the indexed articles", c -> {
            try (PreparedStatement ps = c.prepareStatement(ARTICLE_COLUMNS + " ORDER BY s.document_id")) {
                return IndexRows.articleRows(ps);
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
                    out.add(IndexRows.entity(rs));
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

    @Override
    public List<ArticleFact> facts() {
        return library.read("reading the facts of the library", c -> {
            List<ArticleFact> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(FACT_COLUMNS + " FROM index_facts");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(IndexRows.fact(rs));
                }
            }
            return out;
        });
    }

    @Override
    public List<IdentityEdit> identityEdits() {
        return library.read("reading your identity edits", SqliteLibraryIndex::edits);
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

}

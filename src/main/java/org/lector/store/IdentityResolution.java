package org.lector.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.lector.model.IdentityEdit;
import org.lector.model.NamedEntity;
import org.lector.store.LibraryIndex.Assigned;
import org.lector.store.LibraryIndex.IdentityRow;
import org.lector.store.LibraryIndex.Resolution;
import org.lector.store.LibraryIndex.Resolver;

/**
 * One pass of {@link LibraryIndex#resolve}, inside the writer's transaction so that no article is filed halfway
 * through it: the families marked dirty (by the triggers of {@link IdentityIndexSchema}, or because the reader's
 * identity edits changed) and the families the edits join to them are read, handed to the rules, and their
 * identities, names, quote speakers and claim keys written back. Families nobody touched are not read.
 */
final class IdentityResolution {

    private IdentityResolution() {
    }

    /** Whether a family is marked, or the edits changed since the identities were last worked out. */
    static boolean needed(Connection c, List<IdentityEdit> edits) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM people_dirty LIMIT 1");
                ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return true;
            }
        }
        return !Objects.equals(state(c, "edits"), stamp(edits));
    }

    private static String stamp(List<IdentityEdit> edits) {
        StringBuilder stamp = new StringBuilder();
        for (IdentityEdit e : edits) {
            stamp.append(e.id()).append(' ').append(e.kind().id()).append(' ').append(e.identity()).append(' ')
                    .append(e.into()).append(' ').append(e.documentId()).append('\n');
        }
        return stamp.toString();
    }

    static int run(Connection c, Resolver resolver, List<IdentityEdit> edits) throws SQLException {
        Set<String> dirty = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT family FROM people_dirty");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                dirty.add(rs.getString(1));
            }
        }
        // The reader's edits join families: a merge moves one identity into another's. When the edits changed, the
        // families they touch now and touched before are worked out again.
        String stamp = stamp(edits);
        Map<String, String> parent = new HashMap<>();
        Set<String> editFamilies = new TreeSet<>();
        for (IdentityEdit e : edits) {
            String from = resolver.familyOf(e.identity());
            editFamilies.add(from);
            if (e.kind() == IdentityEdit.Kind.MERGE) {
                String into = resolver.familyOf(e.into());
                editFamilies.add(into);
                union(parent, from, into);
            }
        }
        String stored = state(c, "edits");
        if (!Objects.equals(stored, stamp)) {
            dirty.addAll(editFamilies);
            String before = state(c, "edit_families");
            if (before != null && !before.isEmpty()) {
                dirty.addAll(List.of(before.split("\n")));
            }
        }
        if (dirty.isEmpty()) {
            return 0;
        }
        Set<String> roots = new LinkedHashSet<>();
        dirty.forEach(f -> roots.add(find(parent, f)));
        Set<String> families = new TreeSet<>(dirty);
        for (String f : parent.keySet()) {
            if (roots.contains(find(parent, f))) {
                families.add(f);
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS people_work (family TEXT PRIMARY KEY) WITHOUT ROWID");
            s.execute("DELETE FROM temp.people_work");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO temp.people_work VALUES (?)")) {
            for (String f : families) {
                ps.setString(1, f);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        List<NamedEntity> entities = new ArrayList<>();
        Map<String, String[]> before = new HashMap<>();
        Set<Long> documents = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(IndexRows.ENTITY_COLUMNS
                + ", identity, name_key FROM index_entities WHERE family IN (SELECT family FROM temp.people_work)"
                + " ORDER BY document_id, cluster");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                NamedEntity e = IndexRows.entity(rs);
                entities.add(e);
                documents.add(e.documentId());
                before.put(e.documentId() + "\u001f" + e.clusterId(), new String[] {rs.getString(9), rs.getString(10)});
            }
        }
        Resolution r = resolver.resolve(SqliteLibraryIndex.articleRows(c, documents), entities, edits);
        write(c, r, before, resolver);
        setState(c, "edits", stamp);
        setState(c, "edit_families", String.join("\n", editFamilies));
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM people_dirty");
            s.execute("DELETE FROM temp.people_work");
        }
        return families.size();
    }

    private static void write(Connection c, Resolution r, Map<String, String[]> before, Resolver resolver)
            throws SQLException {
        Map<String, Assigned> assigned = new HashMap<>();
        r.entities().forEach(a -> assigned.put(a.documentId() + "\u001f" + a.clusterId(), a));
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE index_entities SET identity = ?, name_key = ? WHERE document_id = ? AND cluster = ?")) {
            for (Map.Entry<String, String[]> e : before.entrySet()) {
                Assigned a = assigned.get(e.getKey());
                String identity = a == null ? null : a.identity();
                String nameKey = a == null ? null : a.nameKey();
                if (Objects.equals(identity, e.getValue()[0]) && Objects.equals(nameKey, e.getValue()[1])) {
                    continue;
                }
                int bar = e.getKey().indexOf('\u001f');
                ps.setString(1, identity);
                ps.setString(2, nameKey);
                ps.setLong(3, Long.parseLong(e.getKey().substring(0, bar)));
                ps.setString(4, e.getKey().substring(bar + 1));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM people WHERE family IN (SELECT family FROM temp.people_work)");
            s.execute("DELETE FROM people_names WHERE family IN (SELECT family FROM temp.people_work)");
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT OR REPLACE INTO people(identity, family, type, name, variants, articles, quotes, last_seen)
                VALUES (?, ?, ?, ?, ?, ?, 0, ?)""")) {
            for (IdentityRow p : r.identities()) {
                ps.setString(1, p.key());
                ps.setString(2, p.family());
                ps.setString(3, p.type().id());
                ps.setString(4, p.name());
                ps.setString(5, IndexRows.strings(p.variants()));
                ps.setInt(6, p.articles());
                ps.setString(7, p.lastSeen() == null ? null : p.lastSeen().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO people_names(name_key, identity, family) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> e : r.names().entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.setString(3, resolver.familyOf(e.getKey()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // Quote speakers: the speaker entity's identity, else the person, else the organisation the name stands for.
        // Their old identities are counted again too: a quote may have left an identity of another family.
        // One statement per family column, so that each reads its own index instead of every row.
        Set<String> recount = new TreeSet<>();
        for (String column : new String[] {"family", "family2"}) {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT identity FROM index_quotes WHERE "
                    + column + " IN (SELECT family FROM temp.people_work) AND identity IS NOT NULL");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    recount.add(rs.getString(1));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String column : new String[] {"family", "family2"}) {
                s.executeUpdate("""
                        UPDATE index_quotes SET identity = coalesce(
                            (SELECT e.identity FROM index_entities e
                             WHERE e.document_id = index_quotes.document_id AND e.cluster = index_quotes.speaker),
                            (SELECT n.identity FROM people_names n WHERE n.name_key = index_quotes.person_name),
                            (SELECT n.identity FROM people_names n WHERE n.name_key = index_quotes.org_name))
                        WHERE\s""" + column + " IN (SELECT family FROM temp.people_work)");
                s.executeUpdate("""
                        UPDATE index_facts SET claim_key = CASE WHEN predicate_key IS NULL THEN NULL ELSE coalesce(
                            (SELECT n.identity FROM people_names n WHERE n.name_key = index_facts.person_name),
                            (SELECT n.identity FROM people_names n WHERE n.name_key = index_facts.org_name),
                            subject_words) || '|' || predicate_key END
                        WHERE\s""" + column + " IN (SELECT family FROM temp.people_work)");
            }
        }
        r.identities().forEach(p -> recount.add(p.key()));
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE people SET quotes = (SELECT count(*) FROM index_quotes q WHERE q.identity = ?1)"
                        + " WHERE identity = ?1")) {
            for (String identity : recount) {
                ps.setString(1, identity);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static String state(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM people_state WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static void setState(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO people_state(key, value) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private static String find(Map<String, String> parent, String f) {
        String x = f;
        while (parent.containsKey(x) && !parent.get(x).equals(x)) {
            x = parent.get(x);
        }
        return x;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}

package org.lector.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lector.model.DisplayNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * Copies what can still be read from a damaged library into a new one, table by table and row by row, so one
 * damaged page costs the rows on it and not the library. The damaged file is only read.
 *
 * <p>Rows are read in key order in batches; when a batch fails, rows are read one at a time, and past a row that
 * cannot be read the copy looks for the next readable key at growing distances (a damaged page holds a run of
 * keys). Tables without a rowid (the analysis cache, settings, the dictionary) are copied in key order until the
 * first failure: the cache is recomputed when an article is opened again, the other two are small. Rows whose
 * parent was lost (an annotation of a version that could not be read) are dropped at the end, so the new
 * library's foreign keys hold. The search index is copied like a table.
 */
public final class Salvage {

    private static final Logger LOG = LoggerFactory.getLogger(Salvage.class);

    /** Copied in this order so that parents come before their children. */
    private static final List<String> TABLES = List.of("documents", "document_versions", "annotations",
            "user_actions", "analysis_cache", "settings", "dictionary", "search_index");

    private static final int BATCH = 500;
    private static final long MAX_SKIP = 1L << 40;

    /**
     * What was copied.
     *
     * @param copied rows copied per table
     * @param lost   rows (or, for tables without a rowid, the rest of the table) that could not be read, per table
     * @param orphans rows dropped at the end because their parent row was lost
     */
    public record Report(Map<String, Integer> copied, Map<String, String> lost, int orphans) {

        /** Rows copied in all. */
        public int total() {
            return copied.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private Salvage() {
    }

    /**
     * Copies what can be read from {@code damaged} into a new library at {@code target}, which must not exist.
     *
     * @throws StoreException when {@code target} exists or cannot be written, or {@code damaged} cannot be read
     *                        at all
     */
    public static Report salvage(Path damaged, Path target) {
        if (Files.exists(target)) {
            throw new StoreException(StoreException.Kind.IO, target, DisplayNames.escape(target.toString())
                    + " already exists; salvage writes a new library, so give a path that does not exist yet.", null);
        }
        Library.open(target).close();
        Map<String, Integer> copied = new LinkedHashMap<>();
        Map<String, String> lost = new LinkedHashMap<>();
        int orphans;
        try (Connection from = read(damaged); Connection to = new SQLiteConfig().createConnection("jdbc:sqlite:" + target)) {
            try (Statement s = to.createStatement()) {
                s.execute("PRAGMA foreign_keys = OFF");
            }
            to.setAutoCommit(false);
            for (String table : TABLES) {
                copyTable(from, to, table, copied, lost);
            }
            orphans = dropOrphans(to);
            to.commit();
        } catch (SQLException e) {
            throw StoreException.from(e, damaged, "salvaging the library");
        }
        LOG.info("salvaged {} into {}: {} copied, lost {}, {} orphans dropped", damaged, target, copied, lost, orphans);
        return new Report(copied, lost, orphans);
    }

    private static Connection read(Path damaged) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:file:" + damaged.toAbsolutePath() + "?immutable=1");
    }

    private static void copyTable(Connection from, Connection to, String table, Map<String, Integer> copied,
                                  Map<String, String> lost) throws SQLException {
        List<String> columns;
        try {
            columns = sharedColumns(from, to, table);
        } catch (SQLException e) {
            lost.put(table, "all (its definition could not be read)");
            return;
        }
        if (columns.isEmpty()) {
            return;
        }
        boolean rowid = hasRowid(to, table);
        String list = String.join(", ", columns);
        String placeholders = String.join(", ", columns.stream().map(c -> "?").toList());
        String insert = "INSERT OR IGNORE INTO " + table + (rowid ? "(rowid, " + list + ") VALUES (?, " : "(" + list
                + ") VALUES (") + placeholders + ")";
        int n = 0;
        int missing = 0;
        try (PreparedStatement out = to.prepareStatement(insert)) {
            if (!rowid) {
                try (PreparedStatement in = from.prepareStatement("SELECT " + list + " FROM " + table);
                     ResultSet rs = in.executeQuery()) {
                    while (rs.next()) {
                        for (int i = 0; i < columns.size(); i++) {
                            out.setObject(i + 1, rs.getObject(i + 1));
                        }
                        out.executeUpdate();
                        n++;
                    }
                } catch (SQLException e) {
                    LOG.warn("salvage: {} could not be read past row {}", table, n, e);
                    lost.put(table, "the rows after the first " + n);
                }
                copied.put(table, n);
                return;
            }
            String batch = "SELECT rowid, " + list + " FROM " + table + " WHERE rowid > ? ORDER BY rowid LIMIT ?";
            long after = Long.MIN_VALUE;
            while (true) {
                List<Object[]> rows = new ArrayList<>();
                try (PreparedStatement in = from.prepareStatement(batch)) {
                    in.setLong(1, after);
                    in.setInt(2, BATCH);
                    try (ResultSet rs = in.executeQuery()) {
                        while (rs.next()) {
                            Object[] row = new Object[columns.size() + 1];
                            for (int i = 0; i < row.length; i++) {
                                row[i] = rs.getObject(i + 1);
                            }
                            rows.add(row);
                        }
                    }
                } catch (SQLException e) {
                    // The batch meets damage: take its rows one by one up to the damage, then skip past it.
                    long next = salvageOneByOne(from, table, list, columns.size(), after, rows);
                    missing++;
                    for (Object[] row : rows) {
                        write(out, row);
                        n++;
                    }
                    if (next == Long.MAX_VALUE || next - 1 <= after && rows.isEmpty()) {
                        break;
                    }
                    after = next - 1;
                    continue;
                }
                for (Object[] row : rows) {
                    write(out, row);
                    n++;
                }
                if (rows.size() < BATCH) {
                    break;
                }
                after = ((Number) rows.get(rows.size() - 1)[0]).longValue();
            }
        }
        copied.put(table, n);
        if (missing > 0) {
            lost.put(table, "rows on " + missing + " damaged stretch(es)");
        }
    }

    /**
     * Reads single rows after {@code after} into {@code rows} until one fails, then returns the first readable
     * rowid past the damage (probing at growing distances), or {@link Long#MAX_VALUE} when none is found.
     */
    private static long salvageOneByOne(Connection from, String table, String list, int width, long after,
                                        List<Object[]> rows) {
        rows.clear();
        long at = after;
        String one = "SELECT rowid, " + list + " FROM " + table + " WHERE rowid > ? ORDER BY rowid LIMIT 1";
        while (true) {
            try (PreparedStatement in = from.prepareStatement(one)) {
                in.setLong(1, at);
                try (ResultSet rs = in.executeQuery()) {
                    if (!rs.next()) {
                        return Long.MAX_VALUE;
                    }
                    Object[] row = new Object[width + 1];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                    at = ((Number) row[0]).longValue();
                }
            } catch (SQLException e) {
                break;
            }
        }
        // Past the damage: the first row at a growing distance that can be read whole (a seek may land on a row
        // of the damaged page itself, so finding a rowid is not enough).
        for (long skip = 1; skip < MAX_SKIP; skip *= 2) {
            long probe = at == Long.MIN_VALUE ? skip : at + skip;
            try (PreparedStatement find = from.prepareStatement(
                    "SELECT rowid FROM " + table + " WHERE rowid >= ? ORDER BY rowid LIMIT 1");
                 PreparedStatement whole = from.prepareStatement(
                    "SELECT rowid, " + list + " FROM " + table + " WHERE rowid = ?")) {
                find.setLong(1, probe);
                long candidate;
                try (ResultSet rs = find.executeQuery()) {
                    if (!rs.next()) {
                        return Long.MAX_VALUE;
                    }
                    candidate = rs.getLong(1);
                }
                whole.setLong(1, candidate);
                try (ResultSet rs = whole.executeQuery()) {
                    rs.next();
                    for (int i = 0; i <= width; i++) {
                        rs.getObject(i + 1);
                    }
                }
                return candidate;
            } catch (SQLException e) {
                LOG.debug("salvage: {} still damaged at rowid {}", table, probe);
            }
        }
        return Long.MAX_VALUE;
    }

    private static void write(PreparedStatement out, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            out.setObject(i + 1, row[i]);
        }
        out.executeUpdate();
    }

    private static List<String> sharedColumns(Connection from, Connection to, String table) throws SQLException {
        Set<String> target = columns(to, table);
        Set<String> source = columns(from, table);
        target.retainAll(source);
        return new ArrayList<>(target);
    }

    private static Set<String> columns(Connection c, String table) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static boolean hasRowid(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_master WHERE name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && !rs.getString(1).toUpperCase(java.util.Locale.ROOT).contains("WITHOUT ROWID");
            }
        }
    }

    /** Deletes rows whose parent row was not salvaged, until every foreign key holds; returns how many. */
    private static int dropOrphans(Connection to) throws SQLException {
        int dropped = 0;
        while (true) {
            List<String[]> orphans = new ArrayList<>();
            try (Statement s = to.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    orphans.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            int before = dropped;
            for (String[] o : orphans) {
                String table = o[0];
                if (!TABLES.contains(table)) {
                    continue;
                }
                if (o[1] == null) {
                    // A table without a rowid: drop its rows whose version is gone.
                    try (Statement s = to.createStatement()) {
                        dropped += s.executeUpdate("DELETE FROM " + table + " WHERE version_id NOT IN"
                                + " (SELECT id FROM document_versions)");
                    }
                    continue;
                }
                try (PreparedStatement ps = to.prepareStatement("DELETE FROM " + table + " WHERE rowid = ?")) {
                    ps.setLong(1, Long.parseLong(o[1]));
                    dropped += ps.executeUpdate();
                }
            }
            if (dropped == before) {
                // Nothing left that this can mend (or nothing was wrong).
                return dropped;
            }
        }
    }
}

package org.lector.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a library file to the schema this build knows, one {@code PRAGMA user_version} step at a time.
 *
 * <p>Before the first step runs on a file that already holds a schema, a consistent copy is written next to it
 * ({@code library.db.bak-v{N}}, N the version found) with {@code VACUUM INTO}: unlike a file copy it includes what
 * still sits in the WAL. A file from a newer Lector is refused, never downgraded.
 */
final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    /** "LECT": marks the file as a Lector library for tools such as {@code file(1)}. */
    static final int APPLICATION_ID = 0x4C454354;

    /** One schema step; step {@code i} of the list takes the file from version {@code i} to {@code i + 1}. */
    @FunctionalInterface
    interface Step {
        void apply(Connection c) throws SQLException;
    }

    private final List<Step> steps;

    Migrations(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The migrations of this build. */
    static Migrations standard() {
        return new Migrations(List.of(Migrations::v1, Migrations::v2, Migrations::v3, LibraryIndexSchema::step,
                IdentityIndexSchema::step, ReaderDateSchema::step));
    }

    /** The first {@code version} steps of these migrations, for a file of an older schema (tests). */
    Step[] stepsUpTo(int version) {
        return steps.subList(0, version).toArray(new Step[0]);
    }

    int latestVersion() {
        return steps.size();
    }

    /**
     * Migrates {@code c} (autocommit on) to {@link #latestVersion()}.
     *
     * @return the version found before migrating
     */
    int migrate(Connection c, Path file) throws SQLException {
        int found = userVersion(c);
        if (found > latestVersion()) {
            throw new StoreException(StoreException.Kind.NEWER_SCHEMA, file,
                    file + " was written by a newer Lector (schema " + found + ", this version knows up to "
                            + latestVersion() + "); update Lector to open it.", null);
        }
        if (found == latestVersion()) {
            return found;
        }
        if (found > 0 || hasTables(c)) {
            backup(c, file, found);
        }
        for (int v = found; v < latestVersion(); v++) {
            c.setAutoCommit(false);
            try {
                steps.get(v).apply(c);
                try (Statement s = c.createStatement()) {
                    // PRAGMA takes no parameters; the value is an int we computed, never user input.
                    s.execute("PRAGMA user_version = " + (v + 1));
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r); // SQLite may have rolled back already (disk full); the cause matters more
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            LOG.info("Migrated {} to schema {}", file, v + 1);
        }
        return found;
    }

    static int userVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("PRAGMA user_version"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM sqlite_schema");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static void backup(Connection c, Path file, int version) throws SQLException {
        Path target = file.resolveSibling(file.getFileName() + ".bak-v" + version);
        if (Files.exists(target)) {
            // Never overwrite an older backup: it may be the only good copy.
            target = file.resolveSibling(file.getFileName() + ".bak-v" + version + "-" + System.currentTimeMillis());
        }
        try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toString());
            ps.execute();
        }
        LOG.info("Backed up {} to {} before migrating", file, target);
    }

    static void v1(Connection c) throws SQLException {
        String[] ddl = {
            "PRAGMA application_id = " + APPLICATION_ID,
            """
            CREATE TABLE documents (
                id      INTEGER PRIMARY KEY,
                source  TEXT NOT NULL UNIQUE,
                added   TEXT NOT NULL
            )""",
            """
            CREATE TABLE document_versions (
                id            INTEGER PRIMARY KEY,
                document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                sha256        TEXT NOT NULL,
                title         TEXT NOT NULL,
                article_date  TEXT,
                format        TEXT NOT NULL,
                charset       TEXT NOT NULL,
                text          TEXT NOT NULL,
                imported      TEXT NOT NULL,
                UNIQUE (document_id, sha256)
            )""",
            """
            CREATE TABLE analysis_cache (
                version_id        INTEGER NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
                pipeline_version  TEXT NOT NULL,
                analysis          TEXT NOT NULL,
                entities          INTEGER NOT NULL,
                quotes            INTEGER NOT NULL,
                facts             INTEGER NOT NULL,
                notes             INTEGER NOT NULL,
                created           TEXT NOT NULL,
                PRIMARY KEY (version_id, pipeline_version)
            ) WITHOUT ROWID""",
            """
            CREATE TABLE annotations (
                id           INTEGER PRIMARY KEY,
                document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                version_id   INTEGER NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
                kind         TEXT NOT NULL CHECK (kind IN ('entity', 'cluster', 'quote', 'fact', 'note')),
                span_start   INTEGER,
                span_end     INTEGER,
                exact        TEXT,
                prefix       TEXT,
                suffix       TEXT,
                origin       TEXT NOT NULL CHECK (origin IN ('auto', 'dictionary', 'user')),
                engine       TEXT NOT NULL DEFAULT '',
                confidence   REAL NOT NULL DEFAULT 1,
                created      TEXT NOT NULL,
                modified     TEXT NOT NULL,
                payload      TEXT NOT NULL,
                orphan       INTEGER NOT NULL DEFAULT 0,
                deleted      INTEGER NOT NULL DEFAULT 0,
                CHECK ((span_start IS NULL) = (span_end IS NULL))
            )""",
            "CREATE INDEX annotations_by_version ON annotations(version_id, kind)",
            "CREATE INDEX annotations_by_document ON annotations(document_id)",
            """
            CREATE TABLE user_actions (
                id           INTEGER PRIMARY KEY,
                document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                version_id   INTEGER NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
                action       TEXT NOT NULL CHECK (action IN
                                 ('accept', 'reject', 'retype', 'respan', 'merge', 'edit', 'set-status')),
                kind         TEXT NOT NULL CHECK (kind IN ('entity', 'cluster', 'quote', 'fact', 'note')),
                target       TEXT NOT NULL,
                span_start   INTEGER NOT NULL,
                span_end     INTEGER NOT NULL,
                exact        TEXT NOT NULL,
                prefix       TEXT NOT NULL,
                suffix       TEXT NOT NULL,
                replacement  INTEGER REFERENCES annotations(id) ON DELETE SET NULL,
                payload      TEXT NOT NULL DEFAULT '{}',
                created      TEXT NOT NULL,
                orphan       INTEGER NOT NULL DEFAULT 0
            )""",
            "CREATE INDEX user_actions_by_version ON user_actions(version_id)",
            "CREATE INDEX user_actions_by_document ON user_actions(document_id)",
            "CREATE INDEX user_actions_by_replacement ON user_actions(replacement)",
            """
            CREATE TABLE settings (
                key    TEXT PRIMARY KEY,
                value  TEXT NOT NULL
            ) WITHOUT ROWID""",
            """
            CREATE TABLE dictionary (
                text     TEXT NOT NULL,
                type     TEXT NOT NULL,
                action   TEXT NOT NULL CHECK (action IN ('accept', 'reject')),
                created  TEXT NOT NULL,
                PRIMARY KEY (text, type)
            ) WITHOUT ROWID""",
            // One row per document (its latest version) and one per note; kept in step by the repositories
            // because FTS5 tables cannot hold foreign keys.
            """
            CREATE VIRTUAL TABLE search_index USING fts5(
                title, body, kind UNINDEXED, document_id UNINDEXED, ref UNINDEXED,
                tokenize = 'unicode61 remove_diacritics 2'
            )""",
        };
        try (Statement s = c.createStatement()) {
            for (String sql : ddl) {
                s.execute(sql);
            }
        }
    }

    /**
     * Schema 2: what a web page says about its article (author, site, canonical address, dates, language) on each
     * version, and the page as fetched, so an article opened from a URL reopens offline.
     */
    private static void v2(Connection c) throws SQLException {
        String[] ddl = {
            "ALTER TABLE document_versions ADD COLUMN author TEXT",
            "ALTER TABLE document_versions ADD COLUMN site_name TEXT",
            "ALTER TABLE document_versions ADD COLUMN canonical_url TEXT",
            "ALTER TABLE document_versions ADD COLUMN published TEXT",
            "ALTER TABLE document_versions ADD COLUMN modified TEXT",
            "ALTER TABLE document_versions ADD COLUMN language TEXT",
            """
            CREATE TABLE page_snapshots (
                version_id    INTEGER PRIMARY KEY REFERENCES document_versions(id) ON DELETE CASCADE,
                url           TEXT NOT NULL,
                content_type  TEXT,
                fetched       TEXT NOT NULL,
                bytes         BLOB NOT NULL
            )""",
        };
        try (Statement s = c.createStatement()) {
            for (String sql : ddl) {
                s.execute(sql);
            }
        }
    }

    /**
     * Schema 3: the reader's repairs of damaged text. A version made by accepting repair suggestions names the version
     * it was made from and the repairs applied (JSON, offsets in that version's text), so undo can take it back and
     * the file's own text, opened again, shows the repaired version; suggestions the reader dismissed are kept per
     * document with their quote selector, so they stay dismissed in every later version.
     */
    private static void v3(Connection c) throws SQLException {
        String[] ddl = {
            "ALTER TABLE document_versions ADD COLUMN revised_from INTEGER REFERENCES document_versions(id)"
                    + " ON DELETE SET NULL",
            "ALTER TABLE document_versions ADD COLUMN repairs TEXT",
            """
            CREATE TABLE repair_dismissals (
                id           INTEGER PRIMARY KEY,
                document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                kind         TEXT NOT NULL,
                span_start   INTEGER NOT NULL,
                span_end     INTEGER NOT NULL,
                exact        TEXT NOT NULL,
                prefix       TEXT NOT NULL,
                suffix       TEXT NOT NULL,
                replacement  TEXT NOT NULL,
                created      TEXT NOT NULL
            )""",
            "CREATE INDEX repair_dismissals_by_document ON repair_dismissals(document_id)",
        };
        try (Statement s = c.createStatement()) {
            for (String sql : ddl) {
                s.execute(sql);
            }
        }
    }
}

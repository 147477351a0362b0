package org.lector.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The schema step that keeps the identities and claim keys of the views across the library between openings
 * (issue 20), one self-contained migration after {@link LibraryIndexSchema}:
 * <ul>
 *   <li>each row of {@code index_entities}, {@code index_quotes} and {@code index_facts} gets the <em>family</em>
 *       of names it can belong to (a person's surname, an organisation's acronym; see {@code Names.family}), and the
 *       identity (or claim key) last worked out for it;</li>
 *   <li>{@code people}: one row per identity with what the People list shows; {@code people_names}: which identity
 *       each name key stands for (a quote's speaker, a claim's subject);</li>
 *   <li>{@code people_dirty}: the families whose identities must be worked out again, filled by triggers whenever a
 *       row of those families is written or deleted (an article filed, analysed again, edited or removed), so no
 *       writer can forget it; {@code people_state}: the rules and the reader's identity edits they were worked out
 *       with.</li>
 * </ul>
 * The index rows already in the file are dropped from {@code index_state}, so they are built again, with their
 * families, the next time the views open.
 */
final class IdentityIndexSchema {

    private IdentityIndexSchema() {
    }

    static void step(Connection c) throws SQLException {
        String[] ddl = {
            "ALTER TABLE index_entities ADD COLUMN family TEXT",
            "ALTER TABLE index_entities ADD COLUMN name_key TEXT",
            "ALTER TABLE index_entities ADD COLUMN identity TEXT",
            "ALTER TABLE index_quotes ADD COLUMN family TEXT",
            "ALTER TABLE index_quotes ADD COLUMN family2 TEXT",
            "ALTER TABLE index_quotes ADD COLUMN person_name TEXT",
            "ALTER TABLE index_quotes ADD COLUMN org_name TEXT",
            "ALTER TABLE index_quotes ADD COLUMN identity TEXT",
            "ALTER TABLE index_facts ADD COLUMN family TEXT",
            "ALTER TABLE index_facts ADD COLUMN family2 TEXT",
            "ALTER TABLE index_facts ADD COLUMN person_name TEXT",
            "ALTER TABLE index_facts ADD COLUMN org_name TEXT",
            "ALTER TABLE index_facts ADD COLUMN subject_words TEXT",
            "ALTER TABLE index_facts ADD COLUMN predicate_key TEXT",
            "ALTER TABLE index_facts ADD COLUMN claim_key TEXT",
            "CREATE INDEX index_entities_by_family ON index_entities(family)",
            "CREATE INDEX index_entities_by_identity ON index_entities(identity, document_id)",
            "CREATE INDEX index_quotes_by_family ON index_quotes(family)",
            "CREATE INDEX index_quotes_by_family2 ON index_quotes(family2)",
            "CREATE INDEX index_quotes_by_identity ON index_quotes(identity)",
            "CREATE INDEX index_facts_by_family ON index_facts(family)",
            "CREATE INDEX index_facts_by_family2 ON index_facts(family2)",
            "CREATE INDEX index_facts_by_claim ON index_facts(claim_key, document_id)",
            """
            CREATE TABLE people (
                identity   TEXT PRIMARY KEY,
                family     TEXT NOT NULL,
                type       TEXT NOT NULL,
                name       TEXT NOT NULL,
                variants   TEXT NOT NULL,
                articles   INTEGER NOT NULL,
                quotes     INTEGER NOT NULL,
                last_seen  TEXT
            ) WITHOUT ROWID""",
            "CREATE INDEX people_by_family ON people(family)",
            """
            CREATE TABLE people_names (
                name_key  TEXT PRIMARY KEY,
                identity  TEXT NOT NULL,
                family    TEXT NOT NULL
            ) WITHOUT ROWID""",
            "CREATE INDEX people_names_by_family ON people_names(family)",
            "CREATE TABLE people_dirty (family TEXT PRIMARY KEY) WITHOUT ROWID",
            "CREATE TABLE people_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
            dirty("index_entities", "DELETE", "old", "family"),
            dirty("index_entities", "INSERT", "new", "family"),
            dirty("index_quotes", "DELETE", "old", "family"),
            dirty("index_quotes", "INSERT", "new", "family"),
            dirty("index_quotes", "DELETE", "old", "family2"),
            dirty("index_quotes", "INSERT", "new", "family2"),
            dirty("index_facts", "DELETE", "old", "family"),
            dirty("index_facts", "INSERT", "new", "family"),
            dirty("index_facts", "DELETE", "old", "family2"),
            dirty("index_facts", "INSERT", "new", "family2"),
            // Which documents may have rows out of date: a new version, analysis, edit or note marks its document
            // (-1 for all: a dictionary change); the views check those only, not the stamps of every document.
            "CREATE TABLE index_touched (document_id INTEGER PRIMARY KEY, seq INTEGER NOT NULL)",
            // Every write's trigger reads max(seq): an index makes that one lookup, where the table (one row per document
            // touched since the views last opened: thousands after a batch filing) would be scanned per written row.
            "CREATE INDEX index_touched_by_seq ON index_touched(seq)",
            touched("document_versions", "INSERT", "new.document_id"),
            touched("analysis_cache", "INSERT", VERSION_OF + "new.version_id"),
            touched("analysis_cache", "UPDATE", VERSION_OF + "new.version_id"),
            touched("analysis_cache", "DELETE", VERSION_OF + "old.version_id"),
            touched("annotations", "INSERT", "new.document_id"),
            touched("annotations", "UPDATE", "new.document_id"),
            touched("annotations", "DELETE", "old.document_id"),
            touched("user_actions", "INSERT", "new.document_id"),
            touched("user_actions", "UPDATE", "new.document_id"),
            touched("user_actions", "DELETE", "old.document_id"),
            touched("dictionary", "INSERT", "-1"),
            touched("dictionary", "UPDATE", "-1"),
            touched("dictionary", "DELETE", "-1"),
            "DELETE FROM index_state",
            "INSERT INTO index_touched(document_id, seq) VALUES (-1, 1)",
        };
        try (Statement s = c.createStatement()) {
            for (String sql : ddl) {
                s.execute(sql);
            }
        }
    }

    private static final String VERSION_OF = "(SELECT document_id FROM document_versions WHERE id = ";

    /** A trigger marking the document of a row written or deleted; a version already deleted marks none. */
    private static String touched(String table, String event, String document) {
        String value = document.startsWith("(") ? document + ")" : document;
        // A delete then a plain insert, not INSERT OR REPLACE: the conflict clause of the statement that fires a
        // trigger (the dictionary's INSERT OR ABORT...) overrides the trigger's own.
        return "CREATE TRIGGER " + table + "_" + event.toLowerCase(java.util.Locale.ROOT) + "_touches AFTER " + event
                + " ON " + table + " WHEN " + value + " IS NOT NULL BEGIN"
                + " DELETE FROM index_touched WHERE document_id = " + value + ";"
                + " INSERT INTO index_touched(document_id, seq) VALUES (" + value + ","
                + " coalesce((SELECT max(seq) FROM index_touched), 0) + 1); END";
    }

    /** A trigger marking the family of a row written or deleted (a cascade from its document too). */
    private static String dirty(String table, String event, String row, String column) {
        String family = row + "." + column;
        return "CREATE TRIGGER " + table + "_" + event.toLowerCase(java.util.Locale.ROOT) + "_" + column
                + " AFTER " + event + " ON " + table + " WHEN " + family + " IS NOT NULL BEGIN "
                + "DELETE FROM people_dirty WHERE family = " + family + "; "
                + "INSERT INTO people_dirty(family) VALUES (" + family + "); END";
    }
}

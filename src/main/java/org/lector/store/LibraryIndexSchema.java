package org.lector.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Schema 4, the step of the views across the library (issue 20), one self-contained migration:
 * <ul>
 *   <li>{@code index_state}, {@code index_entities}, {@code index_quotes}, {@code index_facts}: what each
 *       document's latest version contributes to the People and claims views (its named persons and
 *       organisations, quotes and facts as the reader sees them), with the stamp of what they were built from, so
 *       the views read a few narrow rows per article instead of parsing whole analyses;</li>
 *   <li>{@code identity_edits}: the reader's merges and splits of identities across articles, in order;</li>
 *   <li>{@code text_sketches}: MinHash bands of each version's text, to find a document whose text is mostly the
 *       same as a new file's ({@link TextSketch}); {@code document_aliases}: the other sources a document was
 *       opened from.</li>
 * </ul>
 * Sketches of the versions already in the file are computed here; the index rows are built later, on demand.
 */
final class LibraryIndexSchema {

    private LibraryIndexSchema() {
    }

    static void step(Connection c) throws SQLException {
        String[] ddl = {
            """
            CREATE TABLE index_state (
                document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                version_id   INTEGER NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
                stamp        TEXT NOT NULL
            )""",
            """
            CREATE TABLE index_entities (
                document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                cluster       TEXT NOT NULL,
                type          TEXT NOT NULL,
                name          TEXT NOT NULL,
                variants      TEXT NOT NULL,
                roles         TEXT NOT NULL,
                mentions      INTEGER NOT NULL,
                first_offset  INTEGER NOT NULL,
                PRIMARY KEY (document_id, cluster)
            ) WITHOUT ROWID""",
            """
            CREATE TABLE index_quotes (
                document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                quote         TEXT NOT NULL,
                span_start    INTEGER NOT NULL,
                span_end      INTEGER NOT NULL,
                text          TEXT NOT NULL,
                kind          TEXT NOT NULL,
                speaker       TEXT,
                speaker_name  TEXT NOT NULL,
                cue_start     INTEGER,
                cue_end       INTEGER,
                cue_text      TEXT NOT NULL,
                origin        TEXT NOT NULL,
                PRIMARY KEY (document_id, quote)
            ) WITHOUT ROWID""",
            """
            CREATE TABLE index_facts (
                document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                fact          TEXT NOT NULL,
                span_start    INTEGER NOT NULL,
                span_end      INTEGER NOT NULL,
                text          TEXT NOT NULL,
                subject       TEXT NOT NULL,
                predicate     TEXT NOT NULL,
                object        TEXT NOT NULL,
                quantities    TEXT NOT NULL,
                time_text     TEXT,
                time_value    TEXT,
                source        TEXT,
                source_name   TEXT NOT NULL,
                score         REAL NOT NULL,
                status        TEXT NOT NULL,
                evidence      TEXT NOT NULL,
                evidence_url  TEXT NOT NULL,
                origin        TEXT NOT NULL,
                PRIMARY KEY (document_id, fact)
            ) WITHOUT ROWID""",
            """
            CREATE TABLE identity_edits (
                id           INTEGER PRIMARY KEY,
                kind         TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
                identity     TEXT NOT NULL,
                into_key     TEXT NOT NULL,
                document_id  INTEGER REFERENCES documents(id) ON DELETE CASCADE,
                created      TEXT NOT NULL
            )""",
            "CREATE INDEX identity_edits_by_document ON identity_edits(document_id)",
            """
            CREATE TABLE text_sketches (
                band        INTEGER NOT NULL,
                version_id  INTEGER NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
                PRIMARY KEY (band, version_id)
            ) WITHOUT ROWID""",
            "CREATE INDEX text_sketches_by_version ON text_sketches(version_id)",
            """
            CREATE TABLE document_aliases (
                source       TEXT PRIMARY KEY,
                document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE
            ) WITHOUT ROWID""",
            "CREATE INDEX document_aliases_by_document ON document_aliases(document_id)",
            // Each document's latest version without reading every version's text: the views ask on every open.
            "CREATE INDEX document_versions_latest ON document_versions(document_id, id)",
        };
        try (Statement s = c.createStatement()) {
            for (String sql : ddl) {
                s.execute(sql);
            }
        }
        List<Long> versions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM document_versions ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                versions.add(rs.getLong(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM document_versions WHERE id = ?")) {
            for (long id : versions) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        TextSketch.store(c, id, TextSketch.of(rs.getString(1)));
                    }
                }
            }
        }
    }
}

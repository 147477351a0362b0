package org.lector.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Schema 6: the date the reader gives an article that has none of its own (issue 15, point 4). One column on
 * {@code documents}, so it belongs to the article rather than to one version of its text and survives a repair, a
 * new version and a new analysis; read as {@code coalesce(reader_date, article_date)} wherever the article's date
 * is read, so the engine resolves relative dates ("Thursday") against it.
 */
final class ReaderDateSchema {

    private ReaderDateSchema() {
    }

    static void step(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE documents ADD COLUMN reader_date TEXT");
        }
    }
}

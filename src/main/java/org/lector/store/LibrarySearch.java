package org.lector.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.lector.model.Document;
import org.lector.model.Span;

/**
 * Full-text search of a library, article text and notes, through SQLite's FTS5 index {@code search_index}: kept up
 * to date as versions come, and searched.
 */
final class LibrarySearch {

    static final char MARK_START = '\u0002';
    static final char MARK_END = '\u0003';

    private LibrarySearch() {
    }

    /** The passages and notes that hold every word of {@code query}, best first (FTS5's bm25). */
    static List<SearchHit> search(Library library, String query, int limit) {
        String match = ftsQuery(query);
        if (match.isEmpty()) {
            return List.of();
        }
        return library.read("searching", c -> {
            List<SearchHit> hits = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT s.kind, s.document_id, s.ref,
                           (SELECT title FROM document_versions WHERE document_id = s.document_id
                                ORDER BY id DESC LIMIT 1),
                           snippet(search_index, 1, char(2), char(3), '…', 16), bm25(search_index) AS rank
                    FROM search_index s WHERE search_index MATCH ? ORDER BY rank LIMIT ?""")) {
                ps.setString(1, match);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        boolean note = "note".equals(rs.getString(1));
                        String marked = rs.getString(5);
                        StringBuilder plain = new StringBuilder(marked.length());
                        List<Span> highlights = new ArrayList<>();
                        int open = -1;
                        for (int i = 0; i < marked.length(); i++) {
                            char ch = marked.charAt(i);
                            if (ch == MARK_START) {
                                open = plain.length();
                            } else if (ch == MARK_END && open >= 0) {
                                highlights.add(new Span(open, plain.length()));
                                open = -1;
                            } else {
                                plain.append(ch);
                            }
                        }
                        hits.add(new SearchHit(note ? SearchHit.Kind.NOTE : SearchHit.Kind.TEXT, rs.getLong(2),
                                rs.getString(4), note ? rs.getString(3) : "", plain.toString(), highlights,
                                rs.getDouble(6)));
                    }
                }
            }
            return hits;
        });
    }

    /** Plain words to an FTS5 query: each word quoted (so operators and quotes in input are inert), all required. */
    static String ftsQuery(String query) {
        StringBuilder out = new StringBuilder();
        for (String word : query.trim().split("\\s+")) {
            boolean prefix = word.endsWith("*");
            String w = (prefix ? word.substring(0, word.length() - 1) : word).replace("\"", "");
            if (w.isBlank()) {
                continue;
            }
            out.append(out.length() == 0 ? "" : " ").append('"').append(w).append('"').append(prefix ? "*" : "");
        }
        return out.toString();
    }

    /** Only the latest version of a document is searchable: hits in superseded text would mislead. */
    static void indexText(Connection c, long documentId, long versionId, Document d) throws SQLException {
        // Text rows use the version id as rowid (notes the negated annotation id): deletes by rowid are lookups,
        // where a filter on an UNINDEXED column would read every indexed text.
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM search_index WHERE rowid IN (SELECT id FROM document_versions WHERE document_id = ?)")) {
            ps.setLong(1, documentId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO search_index(rowid, title, body, kind, document_id, ref)"
                        + " VALUES (?, ?, ?, 'text', ?, ?)")) {
            ps.setLong(1, versionId);
            ps.setString(2, d.title());
            ps.setString(3, d.text());
            ps.setLong(4, documentId);
            ps.setString(5, Long.toString(versionId));
            ps.executeUpdate();
        }
    }
}

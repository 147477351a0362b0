package org.lector.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lector.model.AnchorSelector;
import org.lector.model.Reanchor;
import org.lector.model.Span;

/**
 * Moves the reader's records (annotations and actions) from one version of a document to another, inside the
 * transaction that makes the version: each passage is found again by its quote selector ({@link Reanchor}), and one
 * that cannot be found is kept as an orphan with the words it had.
 */
final class RecordMover {

    private final Library library;

    RecordMover(Library library) {
        this.library = library;
    }

    /**
     * Moves every user annotation and action of the document to the new version, in the import's transaction.
     * Orphans from earlier versions get another chance: the new text may have the passage back.
     */
    ReanchorReport reanchor(Connection c, long documentId, long oldVersion, long newVersion, String oldText,
            String newText, Locator reanchor) throws SQLException {
        int[] counts = new int[Reanchor.Method.values().length];
        for (String table : new String[] {"annotations", "user_actions"}) {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, span_start, span_end, exact, prefix, suffix,"
                    + " payload FROM " + table + " WHERE document_id = ?"
                    + ("annotations".equals(table) ? " AND deleted = 0" : ""))) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(2);
                        boolean noSpan = rs.wasNull();
                        rows.add(new Object[] {rs.getLong(1), noSpan ? null : new Span(rs.getInt(2), rs.getInt(3)),
                                new AnchorSelector(rs.getString(4) == null ? "" : rs.getString(4), rs.getString(5),
                                        rs.getString(6)), rs.getString(7)});
                    }
                }
            }
            try (PreparedStatement moved = c.prepareStatement("UPDATE " + table + " SET version_id = ?,"
                    + " span_start = ?, span_end = ?, exact = ?, prefix = ?, suffix = ?, payload = ?, orphan = 0"
                    + " WHERE id = ?");
                    PreparedStatement orphaned = c.prepareStatement(
                            "UPDATE " + table + " SET version_id = ?, orphan = 1 WHERE id = ?");
                    PreparedStatement whole = c.prepareStatement(
                            "UPDATE " + table + " SET version_id = ? WHERE id = ?")) {
                for (Object[] row : rows) {
                    long id = (Long) row[0];
                    Span span = (Span) row[1];
                    if (span == null) {
                        whole.setLong(1, newVersion);
                        whole.setLong(2, id);
                        whole.executeUpdate();
                        continue;
                    }
                    Reanchor.Result r = reanchor.locate((AnchorSelector) row[2], span);
                    counts[r.method().ordinal()]++;
                    if (r.isOrphan()) {
                        // The old span and selector stay as they were: they describe the passage for the user.
                        orphaned.setLong(1, newVersion);
                        orphaned.setLong(2, id);
                        orphaned.executeUpdate();
                        continue;
                    }
                    AnchorSelector now = AnchorSelector.of(newText, r.span());
                    moved.setLong(1, newVersion);
                    moved.setInt(2, r.span().start());
                    moved.setInt(3, r.span().end());
                    moved.setString(4, now.exact());
                    moved.setString(5, now.prefix());
                    moved.setString(6, now.suffix());
                    moved.setString(7, movePayloadSpans((String) row[3], oldText, reanchor));
                    moved.setLong(8, id);
                    moved.executeUpdate();
                }
            }
        }
        library.forgetText(oldVersion);
        return new ReanchorReport(counts[Reanchor.Method.POSITION.ordinal()],
                counts[Reanchor.Method.EXACT_QUOTE.ordinal()], counts[Reanchor.Method.FUZZY.ordinal()],
                counts[Reanchor.Method.ORPHAN.ordinal()]);
    }

    /**
     * Payloads hold secondary spans (a quote's cue, the mention whose cluster a mention joins, a merge target).
     * Each is re-anchored on its own; one that is lost is dropped, which loses a link but never misplaces it.
     */
    private static String movePayloadSpans(String payload, String oldText, Locator reanchor) {
        JsonNode node = AnalysisJson.parse(payload);
        if (!(node instanceof ObjectNode object)) {
            return payload;
        }
        boolean changed = false;
        List<String> lost = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode v = field.getValue();
            if (!v.isObject() || !v.has("start") || !v.has("end")) {
                continue;
            }
            Span old = AnalysisJson.span(v);
            if (old.end() > oldText.length()) {
                lost.add(field.getKey());
                continue;
            }
            Reanchor.Result r = reanchor.locate(AnchorSelector.of(oldText, old), old);
            changed = true;
            if (r.isOrphan()) {
                lost.add(field.getKey());
            } else {
                AnalysisJson.span((ObjectNode) v, r.span());
            }
        }
        lost.forEach(object::remove);
        return changed || !lost.isEmpty() ? AnalysisJson.toString(object) : payload;
    }

    /** Where a passage of the old text is in the new one: {@link Reanchor#locate(AnchorSelector, Span)}. */
    @FunctionalInterface
    interface Locator {
        Reanchor.Result locate(AnchorSelector selector, Span oldSpan);
    }
}

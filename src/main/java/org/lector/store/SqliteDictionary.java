package org.lector.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@link Dictionary} in the {@code dictionary} table. */
final class SqliteDictionary implements Dictionary {

    private final Library library;

    SqliteDictionary(Library library) {
        this.library = library;
    }

    @Override
    public List<DictionaryEntry> list() {
        return library.read("reading the dictionary", c -> {
            List<DictionaryEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT text, type, action FROM dictionary ORDER BY text, type");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DictionaryEntry(rs.getString(1), rs.getString(2),
                            DictionaryAction.fromId(rs.getString(3))));
                }
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<Void> put(DictionaryEntry e) {
        return library.write("saving a dictionary entry", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO dictionary(text, type, action, created) VALUES (?, ?, ?, ?)
                    ON CONFLICT(text, type) DO UPDATE SET action = excluded.action""")) {
                ps.setString(1, e.text());
                ps.setString(2, e.type());
                ps.setString(3, e.action().id());
                ps.setString(4, Instant.now().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> delete(String text, String type) {
        return library.write("deleting a dictionary entry", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM dictionary WHERE text = ? AND type = ?")) {
                ps.setString(1, text);
                ps.setString(2, type);
                ps.executeUpdate();
            }
            return null;
        });
    }
}

package org.lector.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.lector.model.DictionaryAction;
import org.lector.model.DictionaryEntry;

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
                    "SELECT text, type, action, created FROM dictionary ORDER BY text, type");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(entry(rs));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<DictionaryEntry> find(String text, String type) {
        return library.read("reading the dictionary", c -> find(c, text, type));
    }

    @Override
    public CompletableFuture<Void> put(DictionaryEntry e) {
        return library.write("saving a dictionary entry", c -> {
            upsert(c, e);
            return null;
        });
    }

    @Override
    public CompletableFuture<Optional<DictionaryEntry>> replace(DictionaryEntry e) {
        return library.write("saving a dictionary entry", c -> {
            Optional<DictionaryEntry> before = find(c, e.text(), e.type());
            upsert(c, e);
            return before;
        });
    }

    @Override
    public CompletableFuture<Void> update(DictionaryEntry old, DictionaryEntry changed) {
        return library.write("changing a dictionary entry", c -> {
            delete(c, old.text(), old.type());
            upsert(c, changed);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> delete(String text, String type) {
        return library.write("deleting a dictionary entry", c -> {
            delete(c, text, type);
            return null;
        });
    }

    private static Optional<DictionaryEntry> find(Connection c, String text, String type) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT text, type, action, created FROM dictionary WHERE text = ? AND type = ?")) {
            ps.setString(1, text);
            ps.setString(2, type);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
            }
        }
    }

    private static void upsert(Connection c, DictionaryEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO dictionary(text, type, action, created) VALUES (?, ?, ?, ?)
                ON CONFLICT(text, type) DO UPDATE SET action = excluded.action, created = excluded.created""")) {
            ps.setString(1, e.text());
            ps.setString(2, e.type());
            ps.setString(3, e.action().id());
            ps.setString(4, e.created().toString());
            ps.executeUpdate();
        }
    }

    private static void delete(Connection c, String text, String type) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM dictionary WHERE text = ? AND type = ?")) {
            ps.setString(1, text);
            ps.setString(2, type);
            ps.executeUpdate();
        }
    }

    private static DictionaryEntry entry(ResultSet rs) throws SQLException {
        return new DictionaryEntry(rs.getString(1), rs.getString(2), DictionaryAction.fromId(rs.getString(3)),
                Instant.parse(rs.getString(4)));
    }
}

package org.lector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.DictionaryAction;
import org.lector.model.DictionaryEntry;

class LibraryTest {

    @TempDir
    Path dir;

    @Test
    void defaultPathFollowsXdgDataHome() {
        Path home = Path.of("/home/ann");
        assertThat(Library.defaultPath(Map.of("XDG_DATA_HOME", "/data"), home))
                .isEqualTo(Path.of("/data/lector/library.db"));
        assertThat(Library.defaultPath(Map.of(), home)).isEqualTo(Path.of("/home/ann/.local/share/lector/library.db"));
        // The spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        assertThat(Library.defaultPath(Map.of("XDG_DATA_HOME", "rel"), home))
                .isEqualTo(Path.of("/home/ann/.local/share/lector/library.db"));
    }

    @Test
    void newLibraryUsesWalForeignKeysAndTheCurrentSchema() throws Exception {
        Path file = dir.resolve("sub/library.db");
        try (Library lib = Library.open(file)) {
            assertThat(lib.schemaVersion()).isEqualTo(Migrations.standard().latestVersion());
            assertThat(lib.integrityCheck()).isEqualTo("ok");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            assertThat(s.executeQuery("PRAGMA journal_mode").getString(1)).isEqualTo("wal");
            assertThat(s.executeQuery("PRAGMA application_id").getInt(1)).isEqualTo(Migrations.APPLICATION_ID);
            assertThat(s.executeQuery("SELECT count(*) FROM sqlite_schema WHERE name = 'search_index'").getInt(1))
                    .as("FTS5 is available in the bundled SQLite").isEqualTo(1);
        }
    }

    @Test
    void dataSurvivesCloseAndReopen() {
        Path file = dir.resolve("library.db");
        try (Library lib = Library.open(file)) {
            lib.settings().put("theme", "dark").join();
        }
        try (Library lib = Library.open(file)) {
            assertThat(lib.settings().get("theme")).contains("dark");
        }
    }

    @Test
    void migrationBacksUpAnExistingFileFirst() throws Exception {
        Path file = dir.resolve("library.db");
        List<Migrations.Step> steps = new ArrayList<>(List.of(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t(x)");
                s.execute("INSERT INTO t VALUES (42)");
            }
        }));
        Library.open(file, Library.Durability.NORMAL, new Migrations(steps)).close();
        assertThat(dir.resolve("library.db.bak-v0")).doesNotExist();

        steps.add(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE t ADD COLUMN y");
            }
        });
        try (Library lib = Library.open(file, Library.Durability.NORMAL, new Migrations(steps))) {
            assertThat(lib.schemaVersion()).isEqualTo(2);
        }
        Path backup = dir.resolve("library.db.bak-v1");
        assertThat(backup).exists();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup);
                PreparedStatement ps = c.prepareStatement("SELECT x FROM t");
                ResultSet rs = ps.executeQuery()) {
            assertThat(rs.getInt(1)).isEqualTo(42);
            assertThat(Migrations.userVersion(c)).isEqualTo(1);
        }
    }

    @Test
    void failedMigrationLeavesTheFileAtItsOldVersion() {
        Path file = dir.resolve("library.db");
        List<Migrations.Step> steps = new ArrayList<>(List.of(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t(x)");
            }
        }));
        Library.open(file, Library.Durability.NORMAL, new Migrations(steps)).close();
        steps.add(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE u(x)");
                s.execute("THIS IS NOT SQL");
            }
        });
        assertThatThrownBy(() -> Library.open(file, Library.Durability.NORMAL, new Migrations(steps)))
                .isInstanceOf(StoreException.class);
        try (Library lib = Library.open(file, Library.Durability.NORMAL, new Migrations(steps.subList(0, 1)))) {
            assertThat(lib.schemaVersion()).isEqualTo(1);
        }
    }

    @Test
    void writesAfterCloseFailWithAClearMessage() {
        Library lib = Library.open(dir.resolve("library.db"));
        lib.close();
        assertThatThrownBy(() -> lib.settings().put("k", "v").join())
                .hasCauseInstanceOf(StoreException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void settingsAndDictionaryRoundTrip() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            lib.settings().put("a", "1").join();
            lib.settings().put("a", "2").join();
            lib.settings().put("b", "3").join();
            lib.settings().remove("b").join();
            assertThat(lib.settings().all()).containsExactly(Map.entry("a", "2"));

            lib.dictionary().put(new DictionaryEntry("Élysée Palace", "PLACE", DictionaryAction.ACCEPT)).join();
            lib.dictionary().put(new DictionaryEntry("Thursday", "PERSON", DictionaryAction.REJECT)).join();
            lib.dictionary().put(new DictionaryEntry("Thursday", "PERSON", DictionaryAction.ACCEPT)).join();
            lib.dictionary().delete("Élysée Palace", "PLACE").join();
            assertThat(lib.dictionary().list()).extracting(DictionaryEntry::text, DictionaryEntry::type,
                    DictionaryEntry::action).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Thursday", "PERSON", DictionaryAction.ACCEPT));
        }
    }

    @Test
    void closingSavesEditsStillInTheQueue() {
        Path file = dir.resolve("library.db");
        try (Library lib = Library.open(file)) {
            for (int i = 0; i < 200; i++) {
                lib.settings().put("k" + i, "v" + i); // not joined: close() must drain the queue
            }
        }
        try (Library lib = Library.open(file)) {
            assertThat(lib.settings().all()).hasSize(200);
        }
        assertThat(Files.exists(dir.resolve("library.db-wal")) ? dir.resolve("library.db-wal").toFile().length() : 0)
                .as("close checkpoints the WAL").isZero();
    }
}

package org.lector.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write-ahead log left by a crash: intact it is SQLite's to recover, damaged mid-way it is copied and said. */
class WalCheckTest {

    @TempDir
    Path dir;

    /** A library whose last three commits are only in its WAL, as a killed process leaves it. */
    private Path crashedLibrary(String name) throws Exception {
        Path made = dir.resolve("making-" + name);
        Files.createDirectories(made);
        Path db = made.resolve("library.db");
        Library.open(db).close();
        Path crashed = dir.resolve(name);
        Files.createDirectories(crashed);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA wal_autocheckpoint=0");
            s.execute("CREATE TABLE scratch(x TEXT)");
            for (int i = 0; i < 3; i++) {
                s.execute("INSERT INTO scratch VALUES ('" + "row".repeat(400) + i + "')");
            }
            // The files as a crash leaves them: the database without the commits, the log with them.
            Files.copy(db, crashed.resolve("library.db"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(made.resolve("library.db-wal"), crashed.resolve("library.db-wal"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        return crashed.resolve("library.db");
    }

    @Test
    void anIntactLogFromACrashIsRecoveredWithoutANotice() throws Exception {
        Path db = crashedLibrary("intact");
        WalCheck.Result log = WalCheck.inspect(db.resolveSibling("library.db-wal"));
        assertThat(log.validCommits()).isGreaterThanOrEqualTo(4);
        assertThat(log.damaged()).isFalse();
        try (Library library = Library.open(db)) {
            assertThat(library.notice()).isEmpty();
        }
    }

    @Test
    void aLogDamagedBeforeItsLastCommitsIsCopiedAndSaid() throws Exception {
        Path db = crashedLibrary("damaged");
        Path wal = db.resolveSibling("library.db-wal");
        byte[] bytes = Files.readAllBytes(wal);
        int pageSize = java.nio.ByteBuffer.wrap(bytes, 8, 4).getInt();
        // A byte in the page of the second frame: every commit after it breaks the checksum chain.
        bytes[32 + (24 + pageSize) + 24 + 100] ^= 0x55;
        Files.write(wal, bytes);
        WalCheck.Result log = WalCheck.inspect(wal);
        assertThat(log.damaged()).isTrue();

        try (Library library = Library.open(db)) {
            assertThat(library.notice()).hasValueSatisfying(n -> assertThat(n)
                    .contains("not closed cleanly").contains("a copy of the journal is kept"));
        }
        try (Stream<Path> files = Files.list(db.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("library.db-wal.damaged-"));
        }
    }
}

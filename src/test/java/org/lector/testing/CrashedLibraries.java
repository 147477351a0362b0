package org.lector.testing;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.lector.store.Library;

/** Libraries as a crash leaves them: the last commits only in the write-ahead log, intact or damaged after. */
public final class CrashedLibraries {

    private CrashedLibraries() {
    }

    /** A library in {@code dir}/{@code name} whose last three commits are only in its WAL, as a crash leaves it. */
    public static Path crashed(Path dir, String name) throws Exception {
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

    /**
     * As {@link #crashed}, and then a byte of the log's second frame flipped (a bad disk): every commit after it
     * breaks the checksum chain, so SQLite would drop them without a word.
     */
    public static Path damagedJournal(Path dir, String name) throws Exception {
        Path db = crashed(dir, name);
        Path wal = db.resolveSibling("library.db-wal");
        byte[] bytes = Files.readAllBytes(wal);
        int pageSize = ByteBuffer.wrap(bytes, 8, 4).getInt();
        bytes[32 + (24 + pageSize) + 24 + 100] ^= 0x55;
        Files.write(wal, bytes);
        return db;
    }
}

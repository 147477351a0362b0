package org.lector.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.testing.CrashedLibraries;

/** A write-ahead log left by a crash: intact it is SQLite's to recover, damaged mid-way it is copied and said. */
class WalCheckTest {

    @TempDir
    Path dir;

    @Test
    void anIntactLogFromACrashIsRecoveredWithoutANotice() throws Exception {
        Path db = CrashedLibraries.crashed(dir, "intact");
        WalCheck.Result log = WalCheck.inspect(db.resolveSibling("library.db-wal"));
        assertThat(log.validCommits()).isGreaterThanOrEqualTo(4);
        assertThat(log.damaged()).isFalse();
        try (Library library = Library.open(db)) {
            assertThat(library.notice()).isEmpty();
        }
    }

    @Test
    void aLogDamagedBeforeItsLastCommitsIsCopiedAndSaid() throws Exception {
        Path db = CrashedLibraries.damagedJournal(dir, "damaged");
        Path wal = db.resolveSibling("library.db-wal");
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

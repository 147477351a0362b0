package org.lector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.Analysis;
import org.lector.model.Span;
import org.lector.testing.Fixtures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Each fault gives a clear message naming the file, loses nothing saved, and leaves the process running. */
class FaultsTest {

    private static final Logger LOG = LoggerFactory.getLogger(FaultsTest.class);

    @TempDir
    Path dir;

    private Path libraryWithANote(Path file) {
        try (Library lib = Library.open(file)) {
            long v = lib.documents().importDocument(Fixtures.doc("/a.txt", Fixtures.TEXT)).join().versionId();
            lib.annotations().addNote(v, new Span(0, 6), "saved before the fault").join();
        }
        return file;
    }

    private static List<String> notes(Library lib) {
        long v = lib.documents().findBySource("/a.txt").orElseThrow().versionId();
        return Fixtures.effective(lib, v, Analysis.empty()).notes().stream().map(n -> n.text()).toList();
    }

    @Test
    void garbageOverTheHeaderIsReportedAsCorruptAndLeftUntouched() throws Exception {
        Path file = libraryWithANote(dir.resolve("library.db"));
        byte[] garbage = new byte[100];
        new Random(7).nextBytes(garbage);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(garbage);
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = catchThrowableOfType(StoreException.class, () -> Library.open(file));
        assertThat(e.kind()).isEqualTo(StoreException.Kind.CORRUPT);
        assertThat(e.getMessage()).contains(file.toString()).contains("damaged");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        // the process carries on: another library opens fine
        try (Library other = Library.open(dir.resolve("other.db"))) {
            assertThat(other.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void nonSqliteFileIsCorruptNotOverwritten() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "my precious notes, not a database");
        assertThatThrownBy(() -> Library.open(file)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.CORRUPT));
        assertThat(Files.readString(file)).isEqualTo("my precious notes, not a database");
    }

    @Test
    void newerSchemaIsRefusedAndNotDowngraded() throws Exception {
        Path file = libraryWithANote(dir.resolve("library.db"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        StoreException e = catchThrowableOfType(StoreException.class, () -> Library.open(file));
        assertThat(e.kind()).isEqualTo(StoreException.Kind.NEWER_SCHEMA);
        assertThat(e.getMessage()).contains(file.toString()).contains("newer Lector");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(Migrations.userVersion(c)).isEqualTo(99);
        }
        assertThat(dir.resolve("library.db.bak-v99")).doesNotExist();
    }

    @Test
    void secondOpenInTheSameProcessIsLocked() {
        Path file = dir.resolve("library.db");
        try (Library first = Library.open(file)) {
            StoreException e = catchThrowableOfType(StoreException.class, () -> Library.open(file));
            assertThat(e.kind()).isEqualTo(StoreException.Kind.LOCKED);
            first.settings().put("still", "works").join();
        }
    }

    @Test
    void libraryHeldByAnotherProcessIsLockedUntilItCloses() throws Exception {
        Path file = libraryWithANote(dir.resolve("library.db"));
        Process child = CrashDurabilityTest.startChild("hold", file);
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("READY");
            StoreException e = catchThrowableOfType(StoreException.class, () -> Library.open(file));
            assertThat(e.kind()).isEqualTo(StoreException.Kind.LOCKED);
            assertThat(e.getMessage()).contains(file.toString()).contains("another Lector");
            child.getOutputStream().close(); // the child closes the library and exits
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        try (Library lib = Library.open(file)) {
            assertThat(notes(lib)).containsExactly("saved before the fault");
        }
    }

    @Test
    void readOnlyFileIsReportedAndLeftUntouched() throws Exception {
        Path file = libraryWithANote(dir.resolve("library.db"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try {
            Assumptions.assumeFalse(Files.isWritable(file),
                    "SKIPPED LOUDLY: running as root, permission bits do not stop writes here;"
                            + " readOnlyMountIsReported covers the read-only case with a read-only mount");
            StoreException e = catchThrowableOfType(StoreException.class, () -> Library.open(file));
            assertThat(e.kind()).isEqualTo(StoreException.Kind.READ_ONLY);
            assertThat(e.getMessage()).contains(file.toString());
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void readOnlyMountIsReported() throws Exception {
        try (TmpfsMount mount = TmpfsMount.tryMount(dir.resolve("mnt"), "4m")) {
            Path file = libraryWithANote(mount.dir().resolve("library.db"));
            byte[] before = Files.readAllBytes(file);
            mount.remountReadOnly();
            StoreException e = catchThrowableOfType(StoreException.class, () -> Library.open(file));
            assertThat(e.kind()).isEqualTo(StoreException.Kind.READ_ONLY);
            assertThat(e.getMessage()).contains(file.toString()).contains("cannot be written");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
    }

    @Test
    void diskFullDuringAWriteRollsBackAndKeepsWhatWasSaved() throws Exception {
        try (TmpfsMount mount = TmpfsMount.tryMount(dir.resolve("mnt"), "1m")) {
            Path file = libraryWithANote(mount.dir().resolve("library.db"));
            try (Library lib = Library.open(file)) {
                String big = "All work and no play makes Jack a dull boy. ".repeat(60_000); // ~2.6 MB
                CompletionException failure = catchThrowableOfType(CompletionException.class,
                        () -> lib.documents().importDocument(Fixtures.doc("/big.txt", big)).join());
                assertThat(failure.getCause()).isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.DISK_FULL);
                    assertThat(e.getMessage()).contains(file.toString()).contains("full");
                });
                assertThat(notes(lib)).containsExactly("saved before the fault");
                assertThat(lib.documents().findBySource("/big.txt")).isEmpty();
                // the writer thread survives and the next small edit is a proper transaction again
                lib.settings().put("after", "full").join();
            }
            try (Library lib = Library.open(file)) {
                assertThat(lib.integrityCheck()).isEqualTo("ok");
                assertThat(notes(lib)).containsExactly("saved before the fault");
                assertThat(lib.settings().get("after")).contains("full");
            }
        }
    }

    @Test
    void aDiskAlreadyFullWhenOpeningIsDiskFullNotAnIoError() throws Exception {
        try (TmpfsMount mount = TmpfsMount.tryMount(dir.resolve("mnt"), "1m")) {
            Path file = libraryWithANote(mount.dir().resolve("library.db"));
            fill(mount.dir().resolve("filler"));
            StoreException e = catchThrowableOfType(StoreException.class, () -> {
                try (Library lib = Library.open(file)) {
                    // the open may still succeed on a full disk; the first write cannot
                    lib.documents().importDocument(Fixtures.doc("/b.txt", Fixtures.TEXT + "more")).join();
                } catch (CompletionException c) {
                    throw c.getCause();
                }
            });
            assertThat(e.kind()).isEqualTo(StoreException.Kind.DISK_FULL);
            assertThat(e.getMessage()).contains(file.toString()).contains("is full").doesNotContain("SQLITE");
            Files.delete(mount.dir().resolve("filler"));
            try (Library lib = Library.open(file)) {
                assertThat(notes(lib)).containsExactly("saved before the fault");
            }
        }
    }

    private static void fill(Path filler) {
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (java.io.IOException expected) {
            // No space left on device: the file system is full, which is the point.
        }
    }

    /** A small tmpfs for faults only a real file system can produce; aborts the test loudly where mount fails. */
    record TmpfsMount(Path dir) implements AutoCloseable {

        static TmpfsMount tryMount(Path dir, String size) throws Exception {
            Files.createDirectories(dir);
            int rc = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString());
            if (rc != 0) {
                LOG.warn("SKIPPED LOUDLY: cannot mount a tmpfs here (needs root); fault test not run");
            }
            Assumptions.assumeTrue(rc == 0,
                    "SKIPPED LOUDLY: cannot mount a tmpfs at " + dir + " (needs root); fault test not run");
            return new TmpfsMount(dir);
        }

        void remountReadOnly() throws Exception {
            assertThat(run("mount", "-o", "remount,ro", dir.toString())).isZero();
        }

        @Override
        public void close() throws Exception {
            if (run("umount", dir.toString()) != 0) {
                run("umount", "-l", dir.toString());
            }
        }

        private static int run(String... command) throws Exception {
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return p.waitFor(20, TimeUnit.SECONDS) ? p.exitValue() : -1;
            } catch (java.io.IOException e) {
                return -1;
            }
        }
    }
}

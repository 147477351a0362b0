package org.lector.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.Analysis;
import org.lector.model.Span;
import org.lector.testing.Fixtures;

/**
 * What the window relies on: a library has no thread of its own choosing. It is opened on a background thread,
 * edited from another (the FX thread only chains on futures), and closed on yet another at exit, and the edits
 * queued just before the close are saved.
 */
class LibraryThreadsTest {

    @TempDir
    Path dir;

    @Test
    void openedOnOneThreadEditedFromAnotherAndClosedOnAThirdKeepsEveryQueuedEdit() throws Exception {
        Path file = dir.resolve("library.db");
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Library lib = CompletableFuture.supplyAsync(() -> Library.open(file), background).get(20, TimeUnit.SECONDS);
            long v = lib.documents().importDocument(Fixtures.doc("/a.txt", Fixtures.TEXT)).join().versionId();
            Thread editor = new Thread(() -> {
                for (int i = 0; i < 20; i++) {
                    // not joined: edits still queued when the library is closed must be saved by close()
                    lib.annotations().addNote(v, new Span(i, i + 3), "note " + i);
                }
            });
            editor.start();
            editor.join();
            Thread exit = new Thread(lib::close, "exit");
            exit.start();
            exit.join(30_000);
            assertThat(exit.isAlive()).isFalse();
        } finally {
            background.shutdownNow();
        }
        try (Library lib = Library.open(file)) {
            long v = lib.documents().findBySource("/a.txt").orElseThrow().versionId();
            assertThat(Fixtures.effective(lib, v, Analysis.empty()).notes()).hasSize(20);
        }
    }

    @Test
    void systemExitWithEditsStillQueuedCommitsThemFirst() throws Exception {
        Path file = dir.resolve("library.db");
        Process child = CrashDurabilityTest.startChild("exit", file);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
        try (Library lib = Library.open(file)) {
            long v = lib.documents().findBySource("/crash.txt").orElseThrow().versionId();
            assertThat(Fixtures.effective(lib, v, Analysis.empty()).notes()).hasSize(StoreChild.QUEUED);
        }
    }
}

package org.lector.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.lector.model.Span;
import org.lector.testing.Fixtures;

/**
 * A separate Lector process for tests that need one: {@code edits FILE} applies notes through the real store
 * API and prints each note id once its commit has returned; {@code hold FILE} opens the library, prints READY and
 * keeps it open until stdin closes; {@code exit FILE} queues {@value #QUEUED} notes without waiting for them and
 * calls {@code System.exit}.
 */
public final class StoreChild {

    static final int QUEUED = 200;

    private StoreChild() {
    }

    public static void main(String[] args) throws Exception {
        // This is a test process talking to its parent through stdout, not application code.
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        Path file = Path.of(args[1]);
        try (Library lib = Library.open(file)) {
            if ("hold".equals(args[0])) {
                out.println("READY");
                while (System.in.read() >= 0) {
                    // wait for the parent to close our stdin
                }
                return;
            }
            long version = lib.documents().importDocument(Fixtures.doc("/crash.txt", Fixtures.TEXT)).join()
                    .versionId();
            if ("exit".equals(args[0])) {
                for (int i = 0; i < QUEUED; i++) {
                    lib.annotations().addNote(version, new Span(i % 50, i % 50 + 5), "queued " + i);
                }
                System.exit(0);
            }
            for (int i = 0; ; i++) {
                int start = i % 50;
                String id = lib.annotations().addNote(version, new Span(start, start + 5), "edit " + i).join();
                out.println(id);
            }
        }
    }
}

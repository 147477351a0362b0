package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lector.cli.hostile.HostileCorpus;
import org.lector.ingest.DocumentLoader;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.nlp.AnalysisProgress;
import org.lector.nlp.CancellationToken;
import picocli.CommandLine;

/** The command line under hostile input: one sentence per bad file, the others done, nothing raw on a terminal. */
class HostileCliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(AnalyzeCommand.Analyzer analyzer, PrintWriter stdout, String... args) {
        CommandLine cl = LectorCommand.commandLine((path, document, url, db) -> 0, new DocumentLoader(),
                new AnalyzeCommand(new DocumentLoader(), () -> analyzer));
        cl.setOut(stdout);
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private int run(AnalyzeCommand.Analyzer analyzer, String... args) {
        return run(analyzer, new PrintWriter(out), args);
    }

    private static Analysis empty() {
        return new Analysis("test", List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private Path article(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void everyFailureOfTheAnalysisIsOneSentenceAndTheNextFileIsStillDone() throws Exception {
        Path overflow = article("overflow.txt", "Deep\n\nThis one overflows the stack.");
        Path memory = article("memory.txt", "Big\n\nThis one runs out of memory.");
        Path broken = article("broken.txt", "Broken\n\nThis one hits a bug.");
        Path fine = article("fine.txt", "Fine\n\nThis one is analysed.");
        AnalyzeCommand.Analyzer analyzer = d -> {
            if (d.source().endsWith("overflow.txt")) {
                throw new StackOverflowError();
            }
            if (d.source().endsWith("memory.txt")) {
                throw new OutOfMemoryError("Java heap space");
            }
            if (d.source().endsWith("broken.txt")) {
                throw new IllegalStateException("a bug");
            }
            return empty();
        };

        int exit = run(analyzer, "analyze", "--format", "jsonl", overflow.toString(), memory.toString(),
                broken.toString(), fine.toString());

        assertThat(exit).isEqualTo(2);
        String[] lines = err.toString().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("overflow.txt").contains("nested too deeply");
        assertThat(lines[1]).contains("memory.txt").contains("more memory than Lector may use");
        assertThat(lines[2]).contains("broken.txt").contains("the details are in the log");
        assertThat(err.toString()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Error");
        assertThat(out.toString().strip().split("\n")).hasSize(1).allMatch(l -> l.contains("fine.txt"));
    }

    @Test
    void aFileNamedWithEscapeSequencesNeverReachesTheTerminalRaw() throws Exception {
        Path ansi = dir.resolve(HostileCorpus.ansiFileName());
        Files.write(ansi, new byte[] {0, 1, 2, 3, 0, 0});
        Path good = article("good.txt", "Good\n\nSome text.");

        int exit = run(d -> empty(), "analyze", ansi.toString(), good.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("\u001B").contains("\\x1B[2J\\x1B[31mred-alert");
    }

    @Test
    void aFullDiskOnStdoutIsAnErrorNotASilentSuccess() throws Exception {
        Path good = article("good.txt", "Good\n\nSome text.");
        PrintWriter full = new PrintWriter(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        });

        int exit = run(d -> empty(), full, "analyze", good.toString());

        assertThat(exit).isEqualTo(Failures.EXIT_OUTPUT);
        assertThat(err.toString()).contains("the output could not be written");
    }

    /**
     * The same through the process's real stdout, which the test above stands in for: picocli's default writer goes
     * through {@code System.out}, whose PrintStream swallowed the error, and the run ended with exit code 0.
     */
    @Test
    void aFullDiskOnTheProcessesStdoutIsAnError() throws Exception {
        Path devFull = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(devFull), "a system with /dev/full");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder command = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.lector.app.Main", "bench", "hostile", "--out", dir.resolve("corpus").toString(), "--only",
                "random-bytes", "--scale", "0.01")
                .redirectOutput(devFull.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        command.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        command.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        Process p = command.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(Failures.EXIT_OUTPUT);
        assertThat(Files.readString(dir.resolve("stderr.txt"))).contains("the output could not be written");
    }

    @Test
    void devNullIsNotALibrary() throws Exception {
        Path good = article("good.txt", "Good\n\nSome text.");
        int exit = run(d -> empty(), "analyze", "--db", "/dev/null", good.toString());
        assertThat(exit).isEqualTo(LibraryOption.EXIT_LIBRARY);
        assertThat(err.toString()).contains("/dev/null").contains("not a regular file");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a FIFO used to block forever
    void aNamedPipeIsNotALibraryAndDoesNotHang() throws Exception {
        Path fifo = dir.resolve("pipe.db");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Path good = article("good.txt", "Good\n\nSome text.");
        assertThat(run(d -> empty(), "analyze", "--db", fifo.toString(), good.toString()))
                .isEqualTo(LibraryOption.EXIT_LIBRARY);
        assertThat(Files.exists(dir.resolve("pipe.db.lock"))).isFalse();
    }

    @Test
    void aDamagedLibraryIsExitThreeForExportAndImport() throws Exception {
        Path library = dir.resolve("damaged.db");
        Files.write(library, "SQLite format 3\0 and then garbage".getBytes(StandardCharsets.ISO_8859_1));
        Path good = article("good.txt", "Good\n\nSome text.");
        Path ann = article("good.ann", "T1\tPERSON 0 4\tGood\n");
        assertThat(run(d -> empty(), "export", good.toString(), "--format", "md", "--db", library.toString()))
                .isEqualTo(LibraryOption.EXIT_LIBRARY);
        assertThat(run(d -> empty(), "import", ann.toString(), "--text", good.toString(), "--db",
                library.toString())).isEqualTo(LibraryOption.EXIT_LIBRARY);
    }

    @Test
    void progressIsPrintedOnlyForLongWorkWithItsRate() {
        AtomicLong now = new AtomicLong();
        StringWriter lines = new StringWriter();
        try (LongRun run = LongRun.forTest("analyze", new PrintWriter(lines), now::get)) {
            AnalysisProgress quick = run.progress("quick.txt");
            quick.advanced(1, 2, 100);
            quick.advanced(2, 2, 200);
            assertThat(lines.toString()).isEmpty();

            AnalysisProgress slow = run.progress("slow\u001B[31m.txt");
            slow.advanced(1, 100, 1_000);
            now.addAndGet(TimeUnit.SECONDS.toNanos(LongRun.EVERY_SECONDS));
            slow.advanced(2, 100, 3_000);
            assertThat(lines.toString()).contains("2 of 100 parts (2%)").contains("3,000 tokens")
                    .contains("400 tokens/s").contains("\\x1B[31m").doesNotContain("\u001B");
        }
    }

    @Test
    void stoppingCancelsTheAnalysisInProgressAndTheOnesAfter() {
        try (LongRun run = LongRun.forTest("analyze", new PrintWriter(new StringWriter()), System::nanoTime)) {
            CancellationToken token = run.nextToken();
            Thread stopper = new Thread(run::stop);
            stopper.start();
            while (!token.isCancelled()) {
                Thread.onSpinWait();
            }
            assertThat(run.stopped()).isTrue();
            assertThat(run.nextToken().isCancelled()).isTrue();
        }
    }

    @Test
    void aCancelledAnalysisWithoutAStopIsAFailedFileAndTheOthersAreKept() throws Exception {
        Path first = article("first.txt", "First\n\nDone before the stop.");
        Path second = article("second.txt", "Second\n\nStopped half way.");
        AnalyzeCommand.Analyzer analyzer = new AnalyzeCommand.Analyzer() {
            @Override
            public Analysis analyze(Document document) {
                return empty();
            }

            @Override
            public Analysis analyze(Document document, CancellationToken cancel, AnalysisProgress progress) {
                if (document.source().endsWith("second.txt")) {
                    // What the shutdown hook does on SIGINT, seen from the analysis: its token is cancelled.
                    cancel.cancel();
                    stopRequested = true;
                    throw new CancellationException("analysis cancelled");
                }
                return empty();
            }
        };
        int exit = run(analyzer, "analyze", "--format", "jsonl", first.toString(), second.toString());
        // Without the hook having run, a cancelled analysis is a failed file, not a stop.
        assertThat(stopRequested).isTrue();
        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).contains("first.txt");
    }

    private volatile boolean stopRequested;
}

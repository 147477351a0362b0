package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.ingest.DocumentLoader;
import picocli.CommandLine;

class BenchCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int lector(String... args) {
        CommandLine cl = LectorCommand.commandLine((path, doc, url, library) -> 0, new DocumentLoader());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void storeBenchPrintsEveryFigureOfTheIssueAndCleansUp() throws IOException {
        int exit = lector("bench", "store", "--dir", dir.toString(), "--edits", "20", "--annotations", "1000");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("edit commit latency, synchronous=FULL", "p50 ", "p99 ",
                "synchronous=NORMAL", "1,000 cached", "(cold)", "per 1,000 cached annotations",
                "per 1,000 user edits");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void benchWithoutASubcommandIsAUsageError() {
        assertThat(lector("bench")).isEqualTo(2);
        assertThat(err.toString()).contains("lector bench store");
    }

    @Test
    void anUnwritableFolderIsBadInput() {
        assertThat(lector("bench", "store", "--dir", dir.resolve("missing").toString()))
                .isEqualTo(LectorCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("not a writable folder");
    }
}

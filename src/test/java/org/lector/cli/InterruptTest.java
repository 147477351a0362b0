package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.lector.store.Library;

/**
 * Ctrl+C during {@code lector analyze --db}: a real SIGINT to a real process. The process must end with exit code
 * 130 and one sentence naming the file it did not finish, keep what it finished before, never start the files
 * after it, and leave the library closed cleanly (no journal left to replay, nothing for the next open to warn
 * about).
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class InterruptTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void ctrlCStopsTheAnalysisWithExit130AndLeavesTheLibraryClosedCleanly() throws Exception {
        Path first = write("first.txt", "First article\n\nMaria Lopez said on Monday that the bridge would open.");
        Path slow = write("slow.txt", "Slow article\n\nThis one is still being analysed when Ctrl+C comes.");
        Path third = write("third.txt", "Third article\n\nThis one is never started.");
        Path db = dir.resolve("library.db");
        Path home = Files.createDirectories(dir.resolve("home"));

        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoppableAnalyzeMain.class.getName(),
                "analyze", "--db", db.toString(), "--format", "jsonl",
                first.toString(), slow.toString(), third.toString());
        pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        pb.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        pb.redirectOutput(dir.resolve("stdout.txt").toFile());
        Process process = pb.start();
        List<String> errLines = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null && !line.equals(StoppableAnalyzeMain.STARTED)) {
                errLines.add(line);
            }
            assertThat(line).as("the slow analysis started; stderr so far: %s", errLines).isNotNull();
            // What the terminal sends on Ctrl+C.
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
            assertThat(kill.waitFor()).isZero();
            while ((line = err.readLine()) != null) {
                errLines.add(line);
            }
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process ended after SIGINT").isTrue();

        String stderr = String.join("\n", errLines);
        assertThat(process.exitValue()).as("exit code; stderr: %s", stderr).isEqualTo(130);
        assertThat(errLines).anyMatch(l -> l.startsWith("lector analyze: stopped: ") && l.contains("slow.txt")
                && l.contains("was not finished"));
        assertThat(stderr).doesNotContain("Exception").doesNotContainPattern("\\tat [a-z]");
        String stdout = Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8);
        assertThat(stdout).contains("first.txt").doesNotContain("slow.txt").doesNotContain("third.txt");

        // Closed cleanly: the journal was checkpointed into the file, so reopening finds nothing to recover.
        Path wal = dir.resolve("library.db-wal");
        assertThat(!Files.exists(wal) || Files.size(wal) == 0).as("no write-ahead log left to replay").isTrue();
        try (Library library = Library.open(db)) {
            assertThat(library.notice()).isEmpty();
            assertThat(library.integrityCheck()).isEqualTo("ok");
            assertThat(library.documents().findBySource(first.toRealPath().toString())).isPresent();
            assertThat(library.documents().findBySource(third.toRealPath().toString())).isEmpty();
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}

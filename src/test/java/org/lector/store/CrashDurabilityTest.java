package org.lector.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.Analysis;
import org.lector.model.Note;
import org.lector.testing.Fixtures;

/** Every edit whose commit returned survives a SIGKILL of the process, and the file stays sound. */
class CrashDurabilityTest {

    private static final int ROUNDS = 4;

    @TempDir
    Path dir;

    static Process startChild(String mode, Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", StoreChild.class.getName(), mode, file.toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    @Test
    void everyAcknowledgedEditSurvivesSigkill() throws Exception {
        Path file = dir.resolve("library.db");
        Random random = new Random();
        Set<String> acknowledged = Collections.synchronizedSet(new HashSet<>());
        for (int round = 0; round < ROUNDS; round++) {
            Process child = startChild("edits", file);
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        lines.add(line);
                    }
                } catch (java.io.IOException e) {
                    // the pipe breaks when the child dies: expected
                }
            });
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (lines.isEmpty() && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(5);
            }
            assertThat(lines).as("child started editing in round %d", round).isNotEmpty();
            Thread.sleep(50 + random.nextInt(700));
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close()
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            reader.join(5_000);
            // A line cut by the kill is not an acknowledgement.
            synchronized (lines) {
                lines.stream().filter(l -> l.matches("u-\\d+")).forEach(acknowledged::add);
            }

            try (Library lib = Library.open(file)) {
                assertThat(lib.integrityCheck()).isEqualTo("ok");
                long version = lib.documents().findBySource("/crash.txt").orElseThrow().versionId();
                Set<String> present = new HashSet<>();
                Analysis eff = Fixtures.effective(lib, version, Analysis.empty());
                eff.notes().stream().map(Note::id).forEach(present::add);
                assertThat(present).as("round %d", round).containsAll(acknowledged);
            }
        }
        assertThat(acknowledged.size()).isGreaterThan(ROUNDS);
    }
}

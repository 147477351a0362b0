package org.lector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs Lector's real entry point in a separate JVM, as a user's shell would, and reads its exit and output. */
class MainProcessTest {

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    private Result lector(String... args) throws IOException, InterruptedException {
        return lectorOn(null, args);
    }

    /** Lector with {@code display} as its DISPLAY, or none when it is null. */
    private Result lectorOn(String display, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // The shipped logging set-up (LogSetup), so not the tests' classes with their logback-test.xml,
                // which prints to stderr.
                "-cp", Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                        .filter(entry -> !entry.endsWith("test-classes"))
                        .collect(Collectors.joining(File.pathSeparator)),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        // No display and private XDG folders: nothing of the developer's desktop or settings is touched.
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        if (display != null) {
            pb.environment().put("DISPLAY", display);
        }
        pb.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("lector exited").isTrue();
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")));
    }

    private static void assertOneCleanLine(String err) {
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).startsWith("lector: ").doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("WARNING");
    }

    @Test
    void versionPrintsTheVersionAndExitsZero() throws Exception {
        Result r = lector("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Lector 0.");
    }

    @Test
    void missingFileExitsTwoWithOneLine() throws Exception {
        Result r = lector(dir.resolve("missing.txt").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertOneCleanLine(r.err());
        assertThat(r.err()).contains("missing.txt");
    }

    @Test
    void binaryFileExitsTwoWithOneLine() throws Exception {
        Path zip = Files.write(dir.resolve("archive.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 8, 0, 0, 0});
        Result r = lector(zip.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertOneCleanLine(r.err());
    }

    @Test
    void directoryExitsTwoWithOneLine() throws Exception {
        Result r = lector(dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertOneCleanLine(r.err());
    }

    @Test
    void withADisplaySetTheToolkitsEarlyStartAddsNothingToTheOneLine() throws Exception {
        // A display is set (one no server answers at), so the window's toolkit starts while the file is read, and
        // logs as it starts: stderr still holds only Lector's sentence.
        Result missing = lectorOn(":64999", dir.resolve("missing.txt").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertOneCleanLine(missing.err());
        assertThat(missing.err()).contains("missing.txt");
        Path article = Files.writeString(dir.resolve("a.txt"), "A headline\n\nSome text.\n", StandardCharsets.UTF_8);
        Result readable = lectorOn(":64999", article.toString());
        assertThat(readable.exit()).isEqualTo(1);
        assertOneCleanLine(readable.err());
        assertThat(readable.err()).contains("cannot open a window");
    }

    @Test
    void withoutADisplayAReadableFileSaysSoInsteadOfCrashing() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "A headline\n\nSome text.\n", StandardCharsets.UTF_8);
        Result r = lector(article.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertOneCleanLine(r.err());
        assertThat(r.err()).contains("cannot open a window");
    }

    @Test
    void aDamagedLibraryExitsThreeWithOneLineAndNoAnalysis() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "A headline\n\nSome text.\n", StandardCharsets.UTF_8);
        Path db = Files.writeString(dir.resolve("lib.db"), "garbage", StandardCharsets.UTF_8);
        Result r = lector("analyze", "--db", db.toString(), article.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertOneCleanLine(r.err());
        assertThat(r.err()).contains("lib.db is damaged");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(db)).isEqualTo("garbage");
    }
}

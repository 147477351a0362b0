package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.ingest.DocumentLoader;
import org.lector.model.Document;
import picocli.CommandLine;

class LectorCommandTest {

    @TempDir
    Path dir;

    private final List<Object[]> launches = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private final List<Path> libraries = new ArrayList<>();

    /** Runs {@code args} through the command line the process builds for them. */
    private int run(String... args) {
        CommandLine cl = commandLineFor(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private CommandLine commandLineFor(String... args) {
        return LectorCommand.forArguments((path, document, url, library) -> {
            launches.add(new Object[] {path, document, url});
            libraries.add(library);
            return 0;
        }, new DocumentLoader(), args);
    }

    @Test
    void argumentsThatOpenTheWindowBuildNoSubcommands() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Title line\n\nBody text here.\n");
        assertThat(commandLineFor().getSubcommands()).isEmpty();
        assertThat(commandLineFor("--db", dir.resolve("x.db").toString(), file.toString()).getSubcommands())
                .isEmpty();
        assertThat(commandLineFor("analyze", file.toString()).getSubcommands()).containsKey("analyze");
    }

    @Test
    void refusedArgumentsAreRefusedWithTheWholeUsage() {
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("--no-such-option", "analyze", "export");
        assertThat(launches).isEmpty();
    }

    @Test
    void combinedHelpAndVersionFlagsPrintTheWholeUsage() {
        assertThat(run("-hV")).isZero();
        assertThat(out.toString()).contains("Usage: lector", "analyze", "export");
        assertThat(launches).isEmpty();
    }

    @Test
    void versionNamesTheProgramAndItsVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Lector ").contains(VersionProvider.version());
        assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(launches).isEmpty();
    }

    @Test
    void helpDescribesUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: lector", "[FILE|URL]", "--version");
    }

    @Test
    void noFileOpensTheWindowOnTheSample() {
        assertThat(run()).isZero();
        assertThat(launches).hasSize(1);
        assertThat(launches.get(0)).containsExactly(null, null, null);
    }

    @Test
    void aReadableFileIsReadOnceAndHandedToTheWindow() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Title line\n\nBody text here.\n");
        assertThat(run(file.toString())).isZero();
        assertThat(launches).hasSize(1);
        assertThat(((Document) launches.get(0)[1]).text()).contains("Body text here.");
    }

    @Test
    void aWebAddressGoesToTheWindowToFetchWithItsProgress() {
        assertThat(run(" https://news.example/storm ")).isZero();
        assertThat(launches).hasSize(1);
        assertThat(launches.get(0)).containsExactly(null, null, "https://news.example/storm");
    }

    @Test
    void aWebAddressWithoutAHostIsOneLineAndExitTwoWithoutAWindow() {
        assertThat(run("http://:80/x")).isEqualTo(LectorCommand.EXIT_BAD_INPUT);
        assertThat(launches).isEmpty();
        assertThat(err.toString().strip()).startsWith("lector: ").contains("http://:80/x").doesNotContain("\n");
    }

    @Test
    void aMissingFileIsOneLineOnStderrAndExitTwoWithoutAWindow() {
        int code = run(dir.resolve("nope.txt").toString());
        assertThat(code).isEqualTo(LectorCommand.EXIT_BAD_INPUT);
        assertThat(launches).isEmpty();
        assertThat(err.toString().strip()).startsWith("lector: ").contains("nope.txt").doesNotContain("\n")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aRelativePathReachesTheWindowAbsoluteSoTheLibraryKnowsTheArticleByOneName() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Title line\n\nBody text here.\n");
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("a.txt"));
        assertThat(run(relative.toString())).isZero();
        assertThat(launches.get(0)[0]).isEqualTo(dir.resolve("a.txt").toAbsolutePath().normalize());
        assertThat(((Document) launches.get(0)[1]).source()).isEqualTo(dir.resolve("a.txt").toString());
    }

    @Test
    void theWindowGetsTheDbLibraryElseNoneSoItReopensTheOneUsedLast() {
        Path db = dir.resolve("mine.db");
        assertThat(run("--db", db.toString())).isZero();
        assertThat(run()).isZero();
        assertThat(libraries).containsExactly(db, null);
        assertThat(db).doesNotExist(); // the window opens it, off the FX thread, not the command line
    }

    @Test
    void helpOfEveryCommandListsDbAndExitCodeThree() {
        for (String[] args : new String[][] {{"--help"}, {"analyze", "--help"}}) {
            out.getBuffer().setLength(0);
            assertThat(run(args)).isZero();
            assertThat(out.toString()).contains("--db=PATH").contains("3 the library");
        }
    }

    @Test
    void unknownOptionsAreReportedWithUsage() {
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--bogus'");
    }
}

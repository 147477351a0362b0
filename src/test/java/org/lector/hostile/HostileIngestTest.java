package org.lector.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lector.cli.hostile.HostileCorpus;
import org.lector.ingest.DocumentLoader;
import org.lector.ingest.IngestException;
import org.lector.model.Document;

/**
 * Issue 21's hostile inputs through ingest: every file of the table ends with a {@link Document} or an
 * {@link IngestException} (one sentence naming the file), nothing else, and the rows whose format Lector reads
 * itself end with a document. Structure rows (deep nesting) are at full depth; size rows at a twentieth, which
 * meets the same code paths in CI time. The timeouts guard against a hang; they are not speed targets.
 */
class HostileIngestTest {

    static final double SCALE = 0.05;

    @TempDir
    static Path dir;

    private final DocumentLoader loader = new DocumentLoader();

    static Stream<HostileCorpus.Row> rows() {
        return HostileCorpus.rows().stream().filter(r -> !r.name().startsWith("txt-49mb")
                && !r.name().startsWith("txt-50mib"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyHostileFileGivesADocumentOrOneSentence(HostileCorpus.Row row) throws Exception {
        Path file = row.write(dir, SCALE);
        try {
            Document d = loader.load(file);
            assertThat(d.text()).isNotBlank();
            assertThat(d.title()).doesNotContain("\u001B");
        } catch (IngestException e) {
            assertThat(row.expect()).as("%s may not be refused: %s", row.name(), e.getMessage())
                    .isEqualTo(HostileCorpus.Expect.RESULT_OR_REFUSAL);
            assertThat(e.getMessage()).contains(row.fileName()).doesNotContain("\n").doesNotContain("Exception");
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void nestedMarkdownIsReadWithItsInnermostText() throws Exception {
        for (String name : new String[] {"md-quote-50k", "md-list-markers-50k", "md-list-items-3k"}) {
            Document d = loader.load(HostileCorpus.row(name).write(dir, 1.0));
            assertThat(d.text()).as(name).containsAnyOf("The innermost quote.", "the item", "item 2999");
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void emphasisNestedAsDeepAsTheLineIsLongKeepsItsWord() throws Exception {
        Path file = dir.resolve("deep-emphasis.md");
        Files.writeString(file, "*".repeat(60_000) + "deep" + "*".repeat(60_000) + "\n");
        assertThat(loader.load(file).text()).contains("deep");
    }

    @Test
    void marksWithNoBaseLetterAreReadInLinearTime() throws Exception {
        // At full size: this is the file that hung before the models loaded.
        Document d = loader.load(HostileCorpus.row("txt-marks-no-base").write(dir, 1.0));
        assertThat(d.text()).contains("\u034F");
    }

    @Test
    void aFileNamedWithEscapeSequencesIsNamedEscaped() throws Exception {
        Path file = dir.resolve(HostileCorpus.ansiFileName());
        Files.write(file, new byte[] {'a', 0, 1, 2, 3, 0});
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(IngestException.class)
                .hasMessageContaining("\\x1B[2J\\x1B[31mred-alert")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001B"));
        Path text = dir.resolve("\u001B]0;owned\u0007title.txt");
        Files.writeString(text, "just some words of text without a headline.", StandardCharsets.UTF_8);
        assertThat(loader.load(text).title()).doesNotContain("\u001B").doesNotContain("\u0007")
                .contains("\\x1B]0;owned\\x07");
    }

    @Test
    void aSymbolicLinkLoopIsNotCalledMissing() throws Exception {
        Path a = dir.resolve("loop-a.txt");
        Path b = dir.resolve("loop-b.txt");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThatThrownBy(() -> loader.load(a)).isInstanceOf(IngestException.class)
                .hasMessageContaining("symbolic link").hasMessageContaining("loop")
                .hasMessageNotContaining("does not exist");
        Path dangling = dir.resolve("dangling.txt");
        Files.createSymbolicLink(dangling, dir.resolve("gone.txt"));
        assertThatThrownBy(() -> loader.load(dangling)).hasMessageContaining("symbolic link")
                .hasMessageContaining("does not exist");
    }

    @Test
    void aNameTheSystemCouldNotDecodeIsSaidSo() {
        assertThatThrownBy(() -> loader.load(dir.resolve("bad\uFFFD\uFFFDname.txt")))
                .isInstanceOf(IngestException.class).hasMessageContaining("not valid in the system's file-name encoding");
    }
}

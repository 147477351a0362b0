package org.lector.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lector.cli.hostile.RandomMarkup;
import org.lector.ingest.DocumentLoader;
import org.lector.ingest.IngestException;
import org.lector.ingest.TextNormalizer;
import org.lector.model.Document;
import org.lector.testing.RandomInput;
import org.lector.testing.Seeds;

/**
 * Properties of ingest over generated input: any bytes, under any of the extensions Lector reads, give a
 * {@link Document} whose text is normalized or an {@link IngestException} of one line, never anything else; the
 * same holds for random text and for random Markdown and HTML from a grammar (deep, unbalanced, with stray
 * delimiters and entities). Each case is one seed ({@link Seeds}): the input and the extension are drawn from it, so
 * a failing seed reproduces the failing file.
 */
class IngestPropertiesTest {

    private static final String[] EXTENSIONS = {"txt", "md", "html", "xhtml", ""};

    @TempDir
    static Path dir;

    private final DocumentLoader loader = new DocumentLoader();

    static LongStream bytesSeeds() {
        return Seeds.of("bytes", 300);
    }

    static LongStream textSeeds() {
        return Seeds.of("text", 200);
    }

    static LongStream markdownSeeds() {
        return Seeds.of("markdown", 60);
    }

    static LongStream htmlSeeds() {
        return Seeds.of("html", 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("bytesSeeds")
    void anyBytesGiveADocumentOrAnIngestException(long seed) {
        Seeds.check(seed, () -> {
            Random r = new Random(seed);
            check(RandomInput.bytes(r, 4096), EXTENSIONS[r.nextInt(EXTENSIONS.length)]);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("textSeeds")
    void anyTextGivesADocumentOrAnIngestException(long seed) {
        Seeds.check(seed, () -> {
            Random r = new Random(seed);
            String text = RandomInput.text(r, 2000);
            check(text.getBytes(StandardCharsets.UTF_8), EXTENSIONS[r.nextInt(EXTENSIONS.length)]);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("markdownSeeds")
    void randomMarkdownGivesADocumentOrAnIngestException(long seed) {
        Seeds.check(seed, () -> check(RandomMarkup.markdown(new Random(seed), 20_000)
                .getBytes(StandardCharsets.UTF_8), "md"));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("htmlSeeds")
    void randomHtmlGivesADocumentOrAnIngestException(long seed) {
        Seeds.check(seed, () -> check(RandomMarkup.html(new Random(seed), 20_000)
                .getBytes(StandardCharsets.UTF_8), "html"));
    }

    private void check(byte[] bytes, String extension) throws IOException {
        Path file = Files.createTempFile(dir, "prop", extension.isEmpty() ? "" : "." + extension);
        Files.write(file, bytes);
        try {
            Document d = loader.load(file);
            assertThat(TextNormalizer.normalize(d.text())).isEqualTo(d.text());
            assertThat(d.text()).isNotBlank();
        } catch (IngestException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
        } finally {
            Files.delete(file);
        }
    }
}

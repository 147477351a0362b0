package org.lector.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.lector.cli.hostile.RandomMarkup;
import org.lector.ingest.DocumentLoader;
import org.lector.ingest.IngestException;
import org.lector.ingest.TextNormalizer;
import org.lector.model.Document;

/**
 * Properties of ingest over generated input: any bytes, under any of the extensions Lector reads, give a
 * {@link Document} whose text is normalized or an {@link IngestException}, never anything else; the same holds for
 * random Markdown and HTML from a grammar (deep, unbalanced, with stray delimiters and entities).
 */
class IngestPropertiesTest {

    private static Path dir;
    private final DocumentLoader loader = new DocumentLoader();

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("lector-properties");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 300)
    void anyBytesGiveADocumentOrAnIngestException(@ForAll @Size(max = 4096) byte[] bytes,
                                                  @ForAll("extensions") String extension) throws IOException {
        check(bytes, extension);
    }

    @Property(tries = 200)
    void anyTextGivesADocumentOrAnIngestException(@ForAll @Size(max = 2000) String text,
                                                  @ForAll("extensions") String extension) throws IOException {
        check(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), extension);
    }

    @Property(tries = 60)
    void randomMarkdownGivesADocumentOrAnIngestException(@ForAll("seeds") long seed) throws IOException {
        check(RandomMarkup.markdown(new Random(seed), 20_000).getBytes(java.nio.charset.StandardCharsets.UTF_8), "md");
    }

    @Property(tries = 60)
    void randomHtmlGivesADocumentOrAnIngestException(@ForAll("seeds") long seed) throws IOException {
        check(RandomMarkup.html(new Random(seed), 20_000).getBytes(java.nio.charset.StandardCharsets.UTF_8), "html");
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of("txt", "md", "html", "xhtml", "");
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
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

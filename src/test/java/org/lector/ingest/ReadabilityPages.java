package org.lector.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;

/**
 * The 130 saved pages of {@code ../shared/corpus/html/readability}: each page's {@code source.html} and the text of
 * its reference extraction ({@code expected.html}, Readability's output). Read at test time only: the pages are
 * copies of public sites and never copied into the project.
 */
final class ReadabilityPages {

    /** One page: its folder name, its source file and the reference text. */
    record Page(String name, Path source, String expectedText) {

        byte[] bytes() {
            try {
                return Files.readAllBytes(source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private ReadabilityPages() {
    }

    static Path root() {
        return TestCorpus.root().resolve("html/readability");
    }

    /** Every page, in name order. */
    static List<Page> all() throws IOException {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("source.html")))
                    .sorted()
                    .map(ReadabilityPages::page)
                    .toList();
        }
    }

    private static Page page(Path dir) {
        try {
            String expected = Files.readString(dir.resolve("expected.html"), StandardCharsets.UTF_8);
            return new Page(dir.getFileName().toString(), dir.resolve("source.html"),
                    Jsoup.parse(expected).body().text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article body of a Lector document's text: the text after the title paragraph. */
    static String body(String documentText) {
        int cut = documentText.indexOf("\n\n");
        return cut < 0 ? "" : documentText.substring(cut + 2);
    }
}

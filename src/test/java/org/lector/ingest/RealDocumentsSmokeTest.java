package org.lector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lector.model.Document;

/**
 * Opens real PDFs and EPUBs from Debian's documentation packages (bench/ingest.sh fetches them into the folder
 * {@code -Dlector.realdocs} names; skipped without it, so CI does not download them). Each must open, or be
 * refused with one sentence; an opened one of some length must read as English (bench/ingest.sh picks English ones): most of its words
 * known to the word list.
 */
class RealDocumentsSmokeTest {

    @Test
    void opensEveryRealDocumentOrSaysWhyNotInOneSentence() throws IOException {
        String dir = System.getProperty("lector.realdocs");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "SKIPPED: set -Dlector.realdocs to a folder of PDF and EPUB files (bench/ingest.sh does)");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(dir))) {
            files = walk.filter(p -> p.toString().matches(".*\\.(pdf|epub|docx)$")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        DocumentLoader loader = new DocumentLoader();
        EnglishWords words = EnglishWords.get();
        for (Path f : files) {
            long t0 = System.nanoTime();
            try {
                Document d = loader.load(f);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                List<String> ws = WordSimilarity.words(d.text());
                long known = ws.stream().filter(words::known).count();
                double share = ws.isEmpty() ? 0 : (double) known / ws.size();
                int repairs = RepairFinder.find(d.text()).size();
                System.out.printf(Locale.ROOT, "%s: %s, \"%s\", %d characters, %d words, %.0f%% known, %d repair"
                                + " suggestions, %d ms; author %s%n", f.getFileName(), d.format().id(), d.title(),
                        d.length(), ws.size(), 100 * share, repairs, ms, d.metadata().author());
                if (ws.size() > 200) {
                    assertThat(share).as(f + " reads as English").isGreaterThan(0.6);
                }
            } catch (IngestException e) {
                System.out.printf(Locale.ROOT, "%s: refused: %s%n", f.getFileName(), e.getMessage());
                assertThat(e.getMessage()).doesNotContain("\n").endsWith(".").contains(f.getFileName().toString());
            }
        }
    }
}

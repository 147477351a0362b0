package org.lector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lector.model.Document;

/**
 * The 40 Wikinews articles made into PDF, EPUB and DOCX by real producers ({@link Producers}), read back by
 * Lector and compared word by word with the source: every file must keep at least 97 % of the word sequence
 * ({@link WordSimilarity}). Each producer's figures are written to {@code target/produced/<producer>/report.txt}
 * and printed; bench/ingest.sh runs this with every producer and collects them.
 */
class ProducedDocumentsTest {

    static List<String> producers() {
        return Producers.ALL.stream().map(Producers.Producer::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("producers")
    void everyArticleKeepsNinetySevenPercentOfItsWordsInOrder(String id) throws IOException, InterruptedException {
        Producers.Producer producer = Producers.ALL.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        Assumptions.assumeTrue(Producers.available(producer),
                () -> "SKIPPED: " + id + " needs " + producer.tools() + (producer.heavy() ? " and -Dlector.producers=all" : ""));
        List<Producers.Article> articles = Producers.articles();
        Assumptions.assumeTrue(!articles.isEmpty(), "SKIPPED: no corpus articles");
        Path out = Path.of("target", "produced", id);
        Map<String, Path> files = Producers.produce(producer, articles, out);

        DocumentLoader loader = new DocumentLoader();
        List<String> lines = new ArrayList<>();
        double min = 1;
        double sum = 0;
        String worst = "";
        for (Producers.Article a : articles) {
            Document d;
            try {
                d = loader.load(files.get(a.name()));
            } catch (IngestException e) {
                throw new AssertionError(id + ": " + a.name() + ": " + e.getMessage(), e);
            }
            double r = WordSimilarity.ratio(a.text(), d.text());
            lines.add(String.format(Locale.ROOT, "%s\t%s\t%.4f\t%s", id, a.name(), r, d.title()));
            sum += r;
            if (r < min) {
                min = r;
                worst = a.name();
            }
        }
        String summary = String.format(Locale.ROOT, "%s: %d files, word-sequence similarity min %.4f (%s), mean %.4f",
                id, articles.size(), min, worst, sum / articles.size());
        lines.add(summary);
        Files.write(out.resolve("report.txt"), lines, StandardCharsets.UTF_8);
        System.out.println(summary);
        assertThat(min).as(summary).isGreaterThanOrEqualTo(0.97);
    }
}

package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lector.cli.hostile.HostileCorpus;
import org.lector.ingest.DocumentLoader;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.EntityMention;
import org.lector.model.Quote;

/**
 * The engine on the hostile texts of issue 21, at a size CI runs in a minute: each is analysed to the end (no
 * token or sentence CoreNLP cannot take), and every span the analysis returns is a span of the text whose words
 * are what it says, so the cuts made for the engine are invisible in offsets. The timeout guards against a hang.
 */
class HostileAnalysisTest {

    private static AnalysisEngine engine;

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() {
        engine = new AnalysisEngine(EngineOptions.defaults());
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"txt-word-25k", "txt-marks-20k", "txt-mixed-word-1mb", "txt-lines-200k",
        "txt-line-10mb", "txt-line-10mb-nopunct", "txt-marks-no-base", "md-front-matter-open"})
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aHostileTextIsAnalysedToTheEndWithSpansThatFitTheText(String name) throws Exception {
        HostileCorpus.Row row = HostileCorpus.row(name);
        Document d = new DocumentLoader().load(row.write(dir, 0.002));
        AtomicInteger parts = new AtomicInteger();
        Analysis a = engine.analyze(d, CancellationToken.none(), names -> { }, (done, total, tokens) -> {
            assertThat(done).isLessThanOrEqualTo(total);
            parts.set(total);
        });
        assertThat(parts.get()).isPositive();
        String text = d.text();
        for (EntityMention m : a.entities()) {
            assertThat(m.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(m.span().of(text)).isEqualTo(m.text());
        }
        for (Quote q : a.quotes()) {
            assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
        }
        assertThat(engine.tokens(d, CancellationToken.none())).allSatisfy(t -> {
            assertThat(t.start()).isLessThan(t.end());
            assertThat(t.end()).isLessThanOrEqualTo(text.length());
        });
    }

    @org.junit.jupiter.api.Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void namesInsideAnOverlongLineAreFoundAtTheirOwnOffsets() throws Exception {
        String sentence = "Maria Lopez flew to Berlin on Monday ";
        String line = (sentence.repeat(80)).strip();
        Path file = dir.resolve("names-in-a-long-line.txt");
        Files.writeString(file, line, StandardCharsets.UTF_8);
        Document d = new DocumentLoader().load(file);
        Analysis a = engine.analyze(d, CancellationToken.none());
        assertThat(a.entities()).filteredOn(m -> m.text().equals("Berlin")).hasSizeGreaterThan(40)
                .allSatisfy(m -> assertThat(d.text().substring(m.span().start(), m.span().end())).isEqualTo("Berlin"));
    }

    @org.junit.jupiter.api.Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aTextLongerThanAVolumeIsAnalysedInVolumesWithOffsetsIntoTheWholeText() {
        int volume = 3_000;
        String paragraph = "Maria Lopez said in Berlin on Monday that the council would meet.\n\n";
        // Just over one volume: the engine cuts it at a blank line and merges the two analyses.
        String text = paragraph.repeat(2 * volume / paragraph.length() + 10);
        Document d = new Document("Volumes", text, "volumes.txt", org.lector.model.DocumentFormat.TEXT, "UTF-8",
                "x", null);
        assertThat(EngineText.chunk(text, volume)).hasSize(2);
        try (AnalysisEngine small = new AnalysisEngine(EngineOptions.defaults(), volume)) {
            Analysis a = small.analyze(d, CancellationToken.none());
            assertThat(a.entities()).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.span().of(text)).isEqualTo(m.text()));
            assertThat(a.entities().get(a.entities().size() - 1).span().start()).isGreaterThan(volume);
            assertThat(a.clusters()).filteredOn(c -> c.name().equals("Maria Lopez")).hasSize(1);
        }
    }
}

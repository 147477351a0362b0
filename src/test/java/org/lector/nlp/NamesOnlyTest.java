package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.EntityMention;
import org.lector.testing.Corpus;

/**
 * The names-only analysis the command line gives a text past its budget (docs/decisions/0018): over a text of
 * several volumes it is the names tier of each volume, moved to where the volume starts, with nothing else.
 */
class NamesOnlyTest {

    @Test
    void aTextOfSeveralVolumesGetsEachVolumesNamesTierAndNothingElse() throws IOException {
        String sample = Files.readString(Corpus.file("sample/paris-summit.txt")).strip();
        String text = String.join("\n\n", sample, sample, sample) + "\n";
        int volume = sample.length() - 100;
        List<int[]> volumes = EngineText.chunk(text, volume);
        assertThat(volumes).hasSize(3);
        try (AnalysisEngine engine = new AnalysisEngine(EngineOptions.defaults(), volume)) {
            AtomicLong tokens = new AtomicLong();
            Analysis names = engine.analyzeNamesOnly(doc(text), CancellationToken.none(),
                    (done, total, t) -> tokens.set(t));

            List<String> expected = new ArrayList<>();
            for (int[] v : volumes) {
                Analysis tier1 = engine.analyzeNames(doc(text.substring(v[0], v[1])), CancellationToken.none());
                for (EntityMention m : tier1.entities()) {
                    expected.add(describe(m, v[0]));
                }
            }
            assertThat(names.entities()).isNotEmpty();
            assertThat(names.entities().stream().map(m -> describe(m, 0)).toList()).isEqualTo(expected);
            assertThat(names.entities()).allSatisfy(m -> assertThat(text.substring(m.span().start(), m.span().end()))
                    .isEqualTo(m.text()));
            assertThat(names.clusters()).isEmpty();
            assertThat(names.quotes()).isEmpty();
            assertThat(names.facts()).isEmpty();
            assertThat(names.pipelineVersion()).isEqualTo(AnalysisEngine.pipelineVersion() + AnalysisEngine.NAMES_ONLY);
            assertThat(tokens.get()).isGreaterThan(3L * 600);
        } finally {
            StanfordCoreNLP.clearAnnotatorPool();
        }
    }

    private static String describe(EntityMention m, int offset) {
        return (m.span().start() + offset) + "-" + (m.span().end() + offset) + " " + m.text() + " " + m.type() + " "
                + m.subtype() + " " + m.form();
    }

    private static Document doc(String text) {
        return new Document("t", text, "test", DocumentFormat.TEXT, "UTF-8", "0", null);
    }
}

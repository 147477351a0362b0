package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lector.nlp.eval.Counts;
import org.lector.nlp.eval.EvalSpan;
import org.lector.nlp.eval.Labels;
import org.lector.testing.Corpus;

class GoldCorpusTest {

    private final Path gold = Corpus.root().resolve("gold");

    @Test
    void meantimeScoresNamesOnlyAndOnlyWhereItAnnotated() throws Exception {
        GoldCorpus.Doc d = GoldCorpus.meantime(gold, 1).get(0);
        assertThat(d.names()).contains(new EvalSpan(0, 16, Labels.ORG)); // "Northrop Grumman"
        assertThat(d.names()).extracting(EvalSpan::label).allMatch(Labels.NAMES::contains);
        assertThat(d.unscored()).isNotEmpty();
        assertThat(d.annotatedEnd()).isLessThan(d.text().length());
        assertThat(d.names()).allMatch(s -> s.end() <= d.annotatedEnd());
        assertThat(d.dates()).allMatch(s -> !s.value().isEmpty());
    }

    @Test
    void gumQuotesAreQuotedSpeechOnly() throws Exception {
        List<GoldCorpus.Doc> docs = GoldCorpus.gum(gold, 2);
        assertThat(docs).hasSize(2);
        GoldCorpus.Doc d = docs.get(0);
        assertThat(d.quotes()).isNotEmpty();
        // The first document's 'courageous achievement' is a scare quote (tag q): not counted.
        assertThat(d.quotes()).noneMatch(q -> d.text().substring(q.start(), q.end()).contains("courageous"));
        assertThat(d.annotatedEnd()).isEqualTo(d.text().length());
    }

    @Test
    void tableLeavesRecallRowsWithoutPrecisionAndMarksUnmeasuredRows() {
        Map<String, QualityEvaluation.Row> lector = new LinkedHashMap<>();
        lector.put("GUM PER|exact", new QualityEvaluation.Row("GUM PER", "exact", QualityEvaluation.Kind.F1,
                new Counts(3, 1, 1)));
        lector.put("GUM quotes|overlap", new QualityEvaluation.Row("GUM quotes", "overlap",
                QualityEvaluation.Kind.RECALL, new Counts(1, 0, 1)));
        Map<String, QualityEvaluation.Row> plain = new LinkedHashMap<>();
        plain.put("GUM PER|exact", new QualityEvaluation.Row("GUM PER", "exact", QualityEvaluation.Kind.F1,
                new Counts(1, 1, 3)));
        StringWriter w = new StringWriter();
        EvalCommand.printTable(new PrintWriter(w, true), List.of("Lector", "CoreNLP"), List.of(lector, plain));
        String[] lines = w.toString().split("\n");
        assertThat(lines[2]).contains("75.0 | 75.0 | 75.0").contains("50.0 | 25.0 | 33.3");
        assertThat(lines[3]).contains("| 50.0 |").contains("—");
    }
}

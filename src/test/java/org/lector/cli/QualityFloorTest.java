package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lector.nlp.eval.Counts;
import org.lector.testing.Corpus;

/**
 * Quality floors: the engine on a fixed subset of the gold corpus (the first {@value #DOCS} documents of GUM news
 * and of MEANTIME, as {@code lector eval --limit 4} runs it), held a few points below what it reached when the
 * floors were set (docs/quality.md). A change that loses quality fails here; one that gains should raise them.
 */
class QualityFloorTest {

    static final int DOCS = 4;

    // Reached when set (docs/quality.md, subset of 4 + 4): GUM exact F1 66.9, GUM PER 69.0, MEANTIME overlap 94.8,
    // quotes 100 (10 spans), money 100 (7), dates 85.7 (7), date values 85.7.
    private static final double GUM_EXACT_F1 = 0.62;
    private static final double GUM_PER_F1 = 0.64;
    private static final double MEANTIME_OVERLAP_F1 = 0.90;
    private static final double QUOTE_RECALL = 0.90;
    private static final double MONEY_RECALL = 0.85;
    private static final double DATE_RECALL = 0.80;
    private static final double DATE_VALUE = 0.80;

    private static Map<String, QualityEvaluation.Row> rows;

    @BeforeAll
    static void evaluate() throws Exception {
        Path gold = Corpus.root().resolve("gold");
        List<GoldCorpus.Doc> docs = new ArrayList<>(GoldCorpus.gum(gold, DOCS));
        docs.addAll(GoldCorpus.meantime(gold, DOCS));
        rows = EvalCommand.evaluateLector(docs, line -> { });
    }

    private static Counts row(String measure, String match) {
        QualityEvaluation.Row r = rows.get(measure + "|" + match);
        assertThat(r).as(measure + " " + match).isNotNull();
        return r.counts();
    }

    @Test
    void gumNamesExactF1StaysAboveFloor() {
        assertThat(row("GUM PER+LOC+ORG", "exact").f1()).isGreaterThanOrEqualTo(GUM_EXACT_F1);
    }

    @Test
    void gumPersonExactF1StaysAboveFloor() {
        assertThat(row("GUM PER", "exact").f1()).isGreaterThanOrEqualTo(GUM_PER_F1);
    }

    @Test
    void meantimeNamesOverlapF1StaysAboveFloor() {
        assertThat(row("MEANTIME PER+LOC+ORG", "overlap").f1()).isGreaterThanOrEqualTo(MEANTIME_OVERLAP_F1);
    }

    @Test
    void quotedSpeechIsFound() {
        assertThat(row("GUM quotes", "overlap").recall()).isGreaterThanOrEqualTo(QUOTE_RECALL);
    }

    @Test
    void moneyAndDatesAreFoundAndDatesNormalized() {
        assertThat(row("MEANTIME MONEY", "overlap").recall()).isGreaterThanOrEqualTo(MONEY_RECALL);
        assertThat(row("MEANTIME DATE", "overlap").recall()).isGreaterThanOrEqualTo(DATE_RECALL);
        assertThat(row("MEANTIME DATE value = TIMEX3", "overlap").recall()).isGreaterThanOrEqualTo(DATE_VALUE);
    }
}

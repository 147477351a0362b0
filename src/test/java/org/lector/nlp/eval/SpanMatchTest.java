package org.lector.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.nlp.NamedSpan;
import org.lector.nlp.eval.SpanMatch.Mode;

class SpanMatchTest {

    private static EvalSpan s(int start, int end, String label) {
        return new EvalSpan(start, end, label);
    }

    @Test
    void exactMatchNeedsSameBoundsAndLabel() {
        List<EvalSpan> gold = List.of(s(0, 6, "PER"), s(10, 16, "LOC"), s(20, 25, "ORG"));
        List<EvalSpan> pred = List.of(s(0, 6, "PER"), s(10, 15, "LOC"), s(20, 25, "PER"));
        SpanMatch.Result r = SpanMatch.score(gold, pred, Labels.NAMES, Mode.EXACT, List.of());
        assertThat(r.byLabel().get("PER")).isEqualTo(new Counts(1, 1, 0));
        assertThat(r.byLabel().get("LOC")).isEqualTo(new Counts(0, 1, 1));
        assertThat(r.byLabel().get("ORG")).isEqualTo(new Counts(0, 0, 1));
        assertThat(r.total()).isEqualTo(new Counts(1, 2, 2));
    }

    @Test
    void duplicatePredictionsCountOnce() {
        SpanMatch.Result r = SpanMatch.score(List.of(s(0, 6, "PER")), List.of(s(0, 6, "PER"), s(0, 6, "PER")),
                Set.of("PER"), Mode.EXACT, List.of());
        assertThat(r.total()).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void overlapLetsOneNameCoverNestedGoldPhrases() {
        // MEANTIME: "Airbus parent EADS" [0,18) holds "Airbus" [0,6) and "EADS" [14,18).
        List<EvalSpan> gold = List.of(s(0, 18, "ORG"), s(0, 6, "ORG"), s(14, 18, "ORG"));
        List<EvalSpan> pred = List.of(s(0, 6, "ORG"), s(14, 18, "ORG"));
        assertThat(SpanMatch.score(gold, pred, Labels.NAMES, Mode.OVERLAP, List.of()).total())
                .isEqualTo(new Counts(3, 0, 0));
        assertThat(SpanMatch.score(gold, pred, Labels.NAMES, Mode.EXACT, List.of()).total())
                .isEqualTo(new Counts(2, 0, 1));
    }

    @Test
    void predictionOnUnscoredGoldMentionIsNeitherRightNorWrong() {
        List<EvalSpan> unscored = List.of(s(30, 40, "-"));
        SpanMatch.Result r = SpanMatch.score(List.of(), List.of(s(32, 36, "ORG"), s(50, 55, "ORG")), Labels.NAMES,
                Mode.EXACT, unscored);
        assertThat(r.total()).isEqualTo(new Counts(0, 1, 0));
    }

    @Test
    void recallIgnoresExtraPredictions() {
        Counts c = SpanMatch.recall(List.of(s(0, 10, "QUOTE"), s(20, 30, "QUOTE")),
                List.of(s(0, 10, "QUOTE"), s(40, 50, "QUOTE")), "QUOTE", Mode.EXACT);
        assertThat(c).isEqualTo(new Counts(1, 0, 1));
        assertThat(c.recall()).isEqualTo(0.5);
    }

    @Test
    void dateValueCountsOnlyEqualValuesOverAllValuedGoldDates() {
        List<EvalSpan> gold = List.of(new EvalSpan(0, 14, "DATE", "2008-03-01"),
                new EvalSpan(20, 28, "DATE", "2008-02-29"), new EvalSpan(30, 35, "DATE", "2008"));
        List<EvalSpan> pred = List.of(new EvalSpan(0, 14, "DATE", "2008-03-01"),
                new EvalSpan(20, 28, "DATE", "XXXX-02-29"));
        assertThat(SpanMatch.sameValue(gold, pred, "DATE")).isEqualTo(new Counts(1, 0, 2));
    }

    @Test
    void f1OfNothingIsZeroNotNaN() {
        assertThat(Counts.ZERO.f1()).isZero();
        assertThat(new Counts(3, 1, 1).f1()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void onlyNamesOfScoredFamiliesGetLabels() {
        NamedSpan person = new NamedSpan(0, 6, "Macron", EntityType.PERSON, "PERSON", MentionForm.NAME, "");
        NamedSpan pronoun = new NamedSpan(7, 9, "he", EntityType.PERSON, "PRONOUN", MentionForm.PRONOUN, "");
        NamedSpan city = new NamedSpan(10, 15, "Paris", EntityType.PLACE, "CITY", MentionForm.NAME, "");
        NamedSpan percent = new NamedSpan(16, 19, "5 %", EntityType.QUANTITY, "PERCENT", MentionForm.NAME, "0.05");
        NamedSpan number = new NamedSpan(20, 21, "3", EntityType.QUANTITY, "NUMBER", MentionForm.NAME, "3.0");
        NamedSpan title = new NamedSpan(22, 31, "president", EntityType.TITLE, "TITLE", MentionForm.NAME, "");
        assertThat(Labels.predicted(List.of(person, pronoun, city, percent, number, title)))
                .extracting(EvalSpan::label).containsExactly("PER", "LOC", "PERCENT");
    }
}

package org.lector.nlp.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Matches predicted spans against gold spans of one document (the rules are in the package documentation).
 */
public final class SpanMatch {

    private SpanMatch() {
    }

    /** How a gold span and a prediction with the same label must lie to count as a match. */
    public enum Mode {
        EXACT((g, p) -> g.start() == p.start() && g.end() == p.end()),
        OVERLAP(EvalSpan::overlaps);

        private final BiPredicate<EvalSpan, EvalSpan> test;

        Mode(BiPredicate<EvalSpan, EvalSpan> test) {
            this.test = test;
        }
    }

    /** One gold span and the prediction matched to it. */
    public record Pair(EvalSpan gold, EvalSpan predicted) {
    }

    /** The outcome for one document. */
    public record Result(Map<String, Counts> byLabel, List<Pair> matched) {

        public Counts total() {
            return byLabel.values().stream().reduce(Counts.ZERO, Counts::plus);
        }
    }

    /**
     * Scores {@code predicted} against {@code gold} for the labels in {@code labels} only. EXACT pairs spans
     * one-to-one. OVERLAP counts a gold span found when a prediction of its label overlaps it, and a prediction
     * right when it overlaps a gold span of its label; precision and recall are then counted on different sides,
     * so {@code tp} is the found gold spans and {@code fp} the predictions that overlap none.
     * A prediction that matches no gold span counts as a false positive unless it overlaps one of
     * {@code ignored}: spans the gold marks but does not score (MEANTIME's non-name mentions), where the gold
     * says neither yes nor no. Duplicate predictions (same span and label) count once.
     */
    public static Result score(List<EvalSpan> gold, List<EvalSpan> predicted, Set<String> labels, Mode mode,
                               List<EvalSpan> ignored) {
        List<EvalSpan> g = sorted(gold.stream().filter(s -> labels.contains(s.label())).toList());
        List<EvalSpan> p = sorted(new ArrayList<>(new java.util.LinkedHashSet<>(
                predicted.stream().filter(s -> labels.contains(s.label())).toList())));
        boolean[] used = new boolean[p.size()];
        Map<String, int[]> c = new LinkedHashMap<>(); // label -> tp, fp, fn
        labels.forEach(l -> c.put(l, new int[3]));
        List<Pair> matched = new ArrayList<>();
        for (EvalSpan gs : g) {
            int hit = -1;
            for (int i = 0; i < p.size(); i++) {
                // EXACT is one-to-one; OVERLAP lets one prediction cover nested gold spans ("Airbus" inside
                // "Airbus parent EADS"), so nesting in the gold does not count against anyone.
                if ((mode == Mode.OVERLAP || !used[i]) && p.get(i).label().equals(gs.label())
                        && mode.test.test(gs, p.get(i))) {
                    hit = i;
                    break;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                c.get(gs.label())[0]++;
                matched.add(new Pair(gs, p.get(hit)));
            } else {
                c.get(gs.label())[2]++;
            }
        }
        for (int i = 0; i < p.size(); i++) {
            EvalSpan ps = p.get(i);
            boolean right = used[i] || mode == Mode.OVERLAP && g.stream()
                    .anyMatch(gs -> gs.label().equals(ps.label()) && gs.overlaps(ps));
            if (!right && ignored.stream().noneMatch(ps::overlaps)) {
                c.get(ps.label())[1]++;
            }
        }
        Map<String, Counts> out = new LinkedHashMap<>();
        c.forEach((l, n) -> out.put(l, new Counts(n[0], n[1], n[2])));
        return new Result(out, matched);
    }

    /** Recall only: how many gold spans some prediction matches (quotes, money, dates). */
    public static Counts recall(List<EvalSpan> gold, List<EvalSpan> predicted, String label, Mode mode) {
        Counts c = score(gold, predicted, Set.of(label), mode, List.of()).byLabel().get(label);
        return new Counts(c.tp(), 0, c.fn());
    }

    /**
     * Of the gold spans that carry a value, how many are matched (overlap) by a prediction with the same value.
     * Returned as {@code tp} = equal values, {@code fn} = the rest (missed, or found with another value).
     */
    public static Counts sameValue(List<EvalSpan> gold, List<EvalSpan> predicted, String label) {
        List<EvalSpan> valued = gold.stream().filter(s -> !s.value().isEmpty()).toList();
        Result r = score(valued, predicted, Set.of(label), Mode.OVERLAP, List.of());
        int equal = 0;
        for (Pair pair : r.matched()) {
            if (Labels.sameTimeValue(pair.gold().value(), pair.predicted().value())) {
                equal++;
            }
        }
        int n = (int) valued.stream().filter(s -> s.label().equals(label)).count();
        return new Counts(equal, 0, n - equal);
    }

    private static List<EvalSpan> sorted(List<EvalSpan> spans) {
        List<EvalSpan> s = new ArrayList<>(spans);
        s.sort(Comparator.comparingInt(EvalSpan::start).thenComparingInt(EvalSpan::end));
        return s;
    }

}

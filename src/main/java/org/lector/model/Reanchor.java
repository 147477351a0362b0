package org.lector.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds where an annotation of an old version of a text belongs in a new version, from its quote selector: the
 * library uses it when an article's file changes, an import when the annotations it reads were made on other text.
 *
 * <ol>
 * <li><b>Position</b>: the old span, or the old span shifted by the one edited region the two texts differ in,
 * if the text there still equals {@code exact} and its surroundings still match the selector's context.</li>
 * <li><b>Exact quote</b>: every occurrence of {@code exact}, scored by how well its surroundings match
 * {@code prefix}/{@code suffix} and by closeness to the expected position; weak context is refused.</li>
 * <li><b>Fuzzy</b>: the best window by edit distance, between the surviving context or near the expected
 * position; it must resemble {@code exact}, sit in matching context, and beat every other window clearly.</li>
 * <li><b>Orphan</b>: none of the above. The annotation is kept and listed, never moved onto a lookalike.</li>
 * </ol>
 *
 * <p>Position is checked with a strict context test because a duplicated paragraph can put an identical
 * passage exactly where the old one was; the exact-quote step then picks the copy whose context matches.
 */
public final class Reanchor {

    /** How a span was found. */
    public enum Method {
        POSITION,
        EXACT_QUOTE,
        FUZZY,
        ORPHAN
    }

    /** Where an annotation went; {@code span} is null for an orphan. */
    public record Result(Method method, Span span, double score) {

        public boolean isOrphan() {
            return method == Method.ORPHAN;
        }

        static Result orphan() {
            return new Result(Method.ORPHAN, null, 0);
        }
    }

    /** Context similarity at the old position above which a matching {@code exact} is taken as is. */
    static final double POSITION_CONTEXT = 0.9;
    /** Context similarity below which an occurrence of {@code exact} is a lookalike, not the passage. */
    static final double MIN_CONTEXT = 0.5;
    /** Similarity to {@code exact} a fuzzy window needs. */
    static final double MIN_FUZZY_TEXT = 0.7;
    /** A fuzzy winner must beat the runner-up (elsewhere) by this much, or the match is ambiguous. */
    static final double FUZZY_MARGIN = 0.05;
    private static final int MAX_OCCURRENCES = 50_000;
    private static final int RESCORED = 16;
    private static final int MAX_FUZZY_PATTERN = 2_000;

    private final String newText;
    private final int editStart;
    private final int oldEditEnd;
    private final int delta;

    /**
     * Prepares re-anchoring from {@code oldText} to {@code newText}. The old text is used only to find the region
     * the two differ in, which predicts where unchanged passages moved.
     */
    public Reanchor(String oldText, String newText) {
        this.newText = Objects.requireNonNull(newText, "newText");
        int max = Math.min(oldText.length(), newText.length());
        int p = 0;
        while (p < max && oldText.charAt(p) == newText.charAt(p)) {
            p++;
        }
        int s = 0;
        while (s < max - p && oldText.charAt(oldText.length() - 1 - s) == newText.charAt(newText.length() - 1 - s)) {
            s++;
        }
        this.editStart = p;
        this.oldEditEnd = oldText.length() - s;
        this.delta = newText.length() - oldText.length();
    }

    /** Re-anchors without the old text: the old span itself is the expected position. */
    public static Result locate(String newText, AnchorSelector selector, Span oldSpan) {
        Reanchor r = new Reanchor(newText, newText);
        return r.locate(selector, oldSpan);
    }

    /** Where the annotation with {@code selector}, formerly at {@code oldSpan}, belongs in the new text. */
    public Result locate(AnchorSelector selector, Span oldSpan) {
        String exact = selector.exact();
        if (exact.isEmpty()) {
            return Result.orphan();
        }
        int expected = expectedStart(oldSpan);
        for (int start : new int[] {oldSpan.start(), expected}) {
            if (start >= 0 && start + exact.length() <= newText.length()
                    && newText.startsWith(exact, start)) {
                double context = context(selector, start, start + exact.length());
                if (context >= POSITION_CONTEXT) {
                    return new Result(Method.POSITION, new Span(start, start + exact.length()), context);
                }
            }
        }
        Result quote = exactQuote(selector, expected);
        if (quote != null) {
            return quote;
        }
        Result fuzzy = fuzzy(selector, expected);
        return fuzzy != null ? fuzzy : Result.orphan();
    }

    /** The old start mapped through the single edited region: unchanged before it, shifted after it. */
    int expectedStart(Span old) {
        if (old.end() <= editStart) {
            return old.start();
        }
        if (old.start() >= oldEditEnd) {
            return old.start() + delta;
        }
        return Math.max(0, Math.min(newText.length(), old.start()));
    }

    private Result exactQuote(AnchorSelector sel, int expected) {
        String exact = sel.exact();
        List<int[]> occurrences = new ArrayList<>();
        for (int i = newText.indexOf(exact); i >= 0 && occurrences.size() < MAX_OCCURRENCES;
                i = newText.indexOf(exact, i + 1)) {
            occurrences.add(new int[] {i});
        }
        if (occurrences.isEmpty()) {
            return null;
        }
        // A cheap score first (how many context characters next to the passage agree), then the real one for few.
        List<Candidate> quick = new ArrayList<>(occurrences.size());
        for (int[] o : occurrences) {
            int start = o[0];
            int end = start + exact.length();
            quick.add(new Candidate(start, end, 0.85 * quickContext(sel, start, end) + 0.15 * closeness(start,
                    expected)));
        }
        quick.sort(Comparator.comparingDouble(Candidate::score).reversed());
        Candidate best = null;
        double bestContext = 0;
        for (Candidate c : quick.subList(0, Math.min(RESCORED, quick.size()))) {
            double context = context(sel, c.start, c.end);
            double score = 0.85 * context + 0.15 * closeness(c.start, expected);
            if (best == null || score > best.score) {
                best = new Candidate(c.start, c.end, score);
                bestContext = context;
            }
        }
        if (best == null || bestContext < MIN_CONTEXT) {
            return null;
        }
        return new Result(Method.EXACT_QUOTE, new Span(best.start, best.end), best.score);
    }

    private Result fuzzy(AnchorSelector sel, int expected) {
        String exact = sel.exact();
        List<Candidate> windows = new ArrayList<>();
        bracketCandidates(sel, windows);
        if (exact.length() <= MAX_FUZZY_PATTERN) {
            int radius = 256 + 2 * exact.length();
            int from = Math.max(0, expected - radius);
            int to = Math.min(newText.length(), expected + exact.length() + radius);
            windows.addAll(approximateMatches(exact, from, to));
        }
        Candidate best = null;
        List<Candidate> scored = new ArrayList<>();
        for (Candidate w : windows) {
            if (w.end <= w.start) {
                continue;
            }
            double textSim = similarity(exact, newText.substring(w.start, w.end));
            double context = context(sel, w.start, w.end);
            // Short passages look like many others: demand more of their surroundings.
            double minContext = exact.length() < 8 ? 0.75 : MIN_CONTEXT;
            if (textSim < MIN_FUZZY_TEXT || context < minContext) {
                continue;
            }
            Candidate c = new Candidate(w.start, w.end, 0.6 * textSim + 0.4 * context);
            scored.add(c);
            if (best == null || c.score > best.score) {
                best = c;
            }
        }
        if (best == null) {
            return null;
        }
        for (Candidate c : scored) {
            boolean elsewhere = c.end <= best.start || c.start >= best.end;
            if (elsewhere && best.score - c.score < FUZZY_MARGIN) {
                return null; // two places fit about equally: refuse to guess
            }
        }
        return new Result(Method.FUZZY, new Span(best.start, best.end), best.score);
    }

    /** Windows between a surviving end of the prefix and a surviving start of the suffix. */
    private void bracketCandidates(AnchorSelector sel, List<Candidate> out) {
        int maxLength = 2 * sel.exact().length() + 16;
        String head = sel.prefix().substring(Math.max(0, sel.prefix().length() - 16));
        String tail = sel.suffix().substring(0, Math.min(16, sel.suffix().length()));
        if (head.length() < 8 || tail.length() < 8) {
            return;
        }
        List<Integer> starts = occurrences(head, 100);
        for (int s0 : starts) {
            int start = s0 + head.length();
            int end = newText.indexOf(tail, start);
            if (end >= 0 && end - start <= maxLength) {
                out.add(new Candidate(start, end, 0));
            }
        }
    }

    private List<Integer> occurrences(String needle, int max) {
        List<Integer> found = new ArrayList<>();
        for (int i = newText.indexOf(needle); i >= 0 && found.size() < max; i = newText.indexOf(needle, i + 1)) {
            found.add(i);
        }
        return found;
    }

    /**
     * Sellers' approximate string matching of {@code pattern} in {@code newText[from, to)}: for each end position
     * the cheapest alignment of the whole pattern with a substring ending there; local minima become windows.
     */
    private List<Candidate> approximateMatches(String pattern, int from, int to) {
        int m = pattern.length();
        int[] cost = new int[m + 1];
        int[] start = new int[m + 1];
        int[] prevCost = new int[m + 1];
        int[] prevStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            prevCost[i] = i;
            prevStart[i] = from;
        }
        List<Candidate> out = new ArrayList<>();
        int threshold = (int) Math.floor(m * (1 - MIN_FUZZY_TEXT));
        // Within a run of good end positions keep the cheapest: one window per place, not one per character.
        int runCost = Integer.MAX_VALUE;
        int runEnd = -1;
        int runStart = -1;
        for (int j = from; j < to; j++) {
            char c = newText.charAt(j);
            cost[0] = 0;
            start[0] = j + 1;
            for (int i = 1; i <= m; i++) {
                int sub = prevCost[i - 1] + (pattern.charAt(i - 1) == c ? 0 : 1);
                int del = prevCost[i] + 1;
                int ins = cost[i - 1] + 1;
                if (sub <= del && sub <= ins) {
                    cost[i] = sub;
                    start[i] = prevStart[i - 1];
                } else if (del <= ins) {
                    cost[i] = del;
                    start[i] = prevStart[i];
                } else {
                    cost[i] = ins;
                    start[i] = start[i - 1];
                }
            }
            if (cost[m] <= threshold) {
                if (runEnd < 0 || cost[m] < runCost) {
                    runCost = cost[m];
                    runEnd = j + 1;
                    runStart = start[m];
                }
            } else if (runEnd >= 0) {
                out.add(new Candidate(runStart, runEnd, 0));
                runEnd = -1;
                runCost = Integer.MAX_VALUE;
            }
            int[] t = prevCost;
            prevCost = cost;
            cost = t;
            t = prevStart;
            prevStart = start;
            start = t;
        }
        if (runEnd >= 0) {
            out.add(new Candidate(runStart, runEnd, 0));
        }
        return out;
    }

    /** How well the text around {@code [start, end)} matches the selector's prefix and suffix, in [0, 1]. */
    double context(AnchorSelector sel, int start, int end) {
        double sum = 0;
        int sides = 0;
        if (!sel.prefix().isEmpty()) {
            String actual = newText.substring(Math.max(0, start - sel.prefix().length()), start);
            sum += similarity(sel.prefix(), actual);
            sides++;
        } else if (start == 0) {
            sum += 1;
            sides++;
        }
        if (!sel.suffix().isEmpty()) {
            String actual = newText.substring(end, Math.min(newText.length(), end + sel.suffix().length()));
            sum += similarity(sel.suffix(), actual);
            sides++;
        } else if (end == newText.length()) {
            sum += 1;
            sides++;
        }
        return sides == 0 ? 1 : sum / sides;
    }

    private double quickContext(AnchorSelector sel, int start, int end) {
        double sum = 0;
        int sides = 0;
        String prefix = sel.prefix();
        if (!prefix.isEmpty()) {
            int n = 0;
            while (n < prefix.length() && start - 1 - n >= 0
                    && prefix.charAt(prefix.length() - 1 - n) == newText.charAt(start - 1 - n)) {
                n++;
            }
            sum += (double) n / prefix.length();
            sides++;
        }
        String suffix = sel.suffix();
        if (!suffix.isEmpty()) {
            int n = 0;
            while (n < suffix.length() && end + n < newText.length() && suffix.charAt(n) == newText.charAt(end + n)) {
                n++;
            }
            sum += (double) n / suffix.length();
            sides++;
        }
        return sides == 0 ? 1 : sum / sides;
    }

    private double closeness(int start, int expected) {
        double scale = Math.max(64, newText.length() / 4.0);
        return 1 - Math.min(1, Math.abs(start - expected) / scale);
    }

    /** 1 minus the normalized Levenshtein distance. */
    static double similarity(String a, String b) {
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1 : 1 - (double) levenshtein(a, b) / max;
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private record Candidate(int start, int end, double score) {
    }
}

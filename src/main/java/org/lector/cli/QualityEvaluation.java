package org.lector.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lector.nlp.NamedSpan;
import org.lector.nlp.eval.Counts;
import org.lector.nlp.eval.EvalSpan;
import org.lector.nlp.eval.Labels;
import org.lector.nlp.eval.QuoteScore;
import org.lector.nlp.eval.SpanMatch;
import org.lector.nlp.eval.SpanMatch.Mode;

/**
 * Runs one system over the gold documents and adds up its scores, row by row. The rows are the measures of
 * {@code docs/quality.md}; the {@code eval} command prints them and {@code QualityFloorTest} holds floors on them.
 */
public final class QualityEvaluation {

    /** What a system found in one text: typed spans, and quote spans (null when the system finds no quotes). */
    public record Output(List<NamedSpan> names, List<EvalSpan> quotes) {
    }

    /** A system's quotes in one PolNeAR text. */
    @FunctionalInterface
    public interface QuoteTagger {
        List<QuoteScore.Predicted> quotes(GoldCorpus.QuoteDoc doc);
    }

    /** Scores {@code tagger}'s quotes and speakers on {@code docs} as {@code score.py quotes} does. */
    public static QuoteScore quotes(QuoteTagger tagger, List<GoldCorpus.QuoteDoc> docs) {
        QuoteScore score = new QuoteScore();
        for (GoldCorpus.QuoteDoc d : docs) {
            score.add(d.text(), d.attributions(), tagger.quotes(d));
        }
        return score;
    }

    /** A system under evaluation. */
    @FunctionalInterface
    public interface Tagger {
        Output tag(GoldCorpus.Doc doc);
    }

    /** What a row reports: F1 (with precision and recall) or recall alone. */
    public enum Kind { F1, RECALL }

    /** One row of the table. */
    public record Row(String measure, String match, Kind kind, Counts counts) {
    }

    private QualityEvaluation() {
    }

    /** Scores {@code tagger} on {@code docs}; rows come out in table order. */
    public static Map<String, Row> run(Tagger tagger, List<GoldCorpus.Doc> docs) {
        return run(tagger, docs, line -> { });
    }

    /**
     * As {@link #run(Tagger, List)}, and hands {@code errors} one line per name the system missed or got wrong
     * (exact match), for looking at what to improve.
     */
    public static Map<String, Row> run(Tagger tagger, List<GoldCorpus.Doc> docs,
                                       java.util.function.Consumer<String> errors) {
        Map<String, Row> rows = new LinkedHashMap<>();
        boolean quotesMeasured = false;
        for (GoldCorpus.Doc d : docs) {
            Output o = tagger.tag(d);
            List<EvalSpan> pred = Labels.predicted(o.names()).stream()
                    .filter(s -> s.start() < d.annotatedEnd()).toList();
            String c = d.corpus();
            reportErrors(d, pred, errors);
            if (o.quotes() != null) {
                for (EvalSpan q : d.quotes()) {
                    if (!o.quotes().contains(q)) {
                        errors.accept(c + " " + d.id() + " quote missed '" + show(d, q) + "'"
                                + o.quotes().stream().filter(q::overlaps).map(x -> " got '" + show(d, x) + "'")
                                .reduce("", String::concat));
                    }
                }
            }
            for (Mode mode : Mode.values()) {
                SpanMatch.Result r = SpanMatch.score(d.names(), pred, Labels.NAMES, mode, d.unscored());
                for (String l : List.of(Labels.PER, Labels.LOC, Labels.ORG)) {
                    add(rows, c + " " + l, mode, Kind.F1, r.byLabel().get(l));
                }
                add(rows, c + " PER+LOC+ORG", mode, Kind.F1, r.total());
            }
            if (c.equals("GUM") && o.quotes() != null) {
                quotesMeasured = true;
                for (Mode mode : Mode.values()) {
                    add(rows, "GUM quotes", mode, Kind.RECALL, SpanMatch.recall(d.quotes(), o.quotes(),
                            Labels.QUOTE, mode));
                }
            }
            if (c.equals("MEANTIME")) {
                for (String l : List.of(Labels.MONEY, Labels.PERCENT)) {
                    add(rows, c + " " + l, Mode.OVERLAP, Kind.RECALL, SpanMatch.recall(d.numbers(), pred, l,
                            Mode.OVERLAP));
                }
                add(rows, c + " DATE", Mode.OVERLAP, Kind.RECALL,
                        SpanMatch.recall(d.dates(), pred, Labels.DATE, Mode.OVERLAP));
                add(rows, c + " DATE value = TIMEX3", Mode.OVERLAP, Kind.RECALL,
                        SpanMatch.sameValue(d.dates(), pred, Labels.DATE));
            }
        }
        if (!quotesMeasured) {
            rows.keySet().removeIf(k -> k.startsWith("GUM quotes"));
        }
        return rows;
    }

    private static void reportErrors(GoldCorpus.Doc d, List<EvalSpan> pred,
                                     java.util.function.Consumer<String> errors) {
        List<EvalSpan> p = pred.stream().filter(s -> Labels.NAMES.contains(s.label())).toList();
        for (EvalSpan g : d.names()) {
            if (!p.contains(g)) {
                errors.accept(d.corpus() + " " + d.id() + " missed " + g.label() + " '" + show(d, g) + "'"
                        + p.stream().filter(g::overlaps).map(x -> " got " + x.label() + " '" + show(d, x) + "'")
                        .reduce("", String::concat));
            }
        }
        for (EvalSpan x : p) {
            if (d.names().stream().noneMatch(x::overlaps) && d.unscored().stream().noneMatch(x::overlaps)) {
                errors.accept(d.corpus() + " " + d.id() + " spurious " + x.label() + " '" + show(d, x) + "'");
            }
        }
    }

    private static String show(GoldCorpus.Doc d, EvalSpan s) {
        return d.text().substring(s.start(), s.end()).replace('\n', ' ');
    }

    private static void add(Map<String, Row> rows, String measure, Mode mode, Kind kind, Counts c) {
        String match = mode.name().toLowerCase(java.util.Locale.ROOT);
        rows.merge(measure + "|" + match, new Row(measure, match, kind, c),
                (a, b) -> new Row(a.measure(), a.match(), a.kind(), a.counts().plus(b.counts())));
    }

    /** The row keys in table order, for a table that compares several systems. */
    public static List<String> keys(List<Map<String, Row>> results) {
        List<String> keys = new ArrayList<>();
        for (Map<String, Row> r : results) {
            for (String k : r.keySet()) {
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            }
        }
        return keys;
    }
}

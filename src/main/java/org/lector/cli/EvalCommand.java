package org.lector.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.nlp.AnalysisEngine;
import org.lector.nlp.CancellationToken;
import org.lector.nlp.EngineOptions;
import org.lector.nlp.PlainCoreNlp;
import org.lector.nlp.eval.EvalSpan;
import org.lector.nlp.eval.Labels;
import org.lector.nlp.eval.QuoteScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lector eval [--gold DIR] [--baseline] [--limit N]}: scores the engine against the shared gold corpus and
 * prints two tables (what each row means: {@code docs/quality.md}): names, numbers and dates on GUM news, MEANTIME
 * and CoNLL-2003 dev; quotes and speakers on PolNeAR dev, by the measures of {@code ../shared/eval/score.py
 * quotes}. With {@code --baseline} plain CoreNLP runs on the same documents in the same run: its default
 * {@code tokenize,ssplit,pos,lemma,ner} for names, and its {@code quote} annotator with the coref-free
 * attribution sieves for quotes; it needs the full CoreNLP models jar on the class path.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the engine on the gold corpus (GUM news, MEANTIME, CoNLL-2003 dev, PolNeAR dev) and "
                + "print the tables.")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "../shared/corpus/gold",
            description = "Folder with gum-news.jsonl, meantime-dev.jsonl, conll2003-dev.docs.jsonl and "
                    + "polnear-dev.quotes.jsonl (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--baseline", description = "Also run plain CoreNLP (default ner) in the same run.")
    boolean baseline;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Only the first N documents of each corpus (0 = all).")
    int limit;

    @Option(names = "--errors", description = "Print Lector's missed and spurious names (exact match) on stderr.")
    boolean errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<GoldCorpus.Doc> docs = new ArrayList<>(GoldCorpus.gum(gold, limit));
        docs.addAll(GoldCorpus.meantime(gold, limit));
        docs.addAll(GoldCorpus.conll(gold, limit));
        List<GoldCorpus.QuoteDoc> quoteDocs = GoldCorpus.polnear(gold, GoldCorpus.POLNEAR_DEV, limit);
        List<String> systems = new ArrayList<>();
        List<Map<String, QualityEvaluation.Row>> results = new ArrayList<>();
        List<QuoteScore> quotes = new ArrayList<>();
        long t0 = System.nanoTime();
        systems.add("Lector");
        PrintWriter err = spec.commandLine().getErr();
        LectorResults lector = evaluateLector(docs, quoteDocs, errors ? err::println : line -> { });
        results.add(lector.names());
        quotes.add(lector.quotes());
        err.flush();
        long lectorMs = (System.nanoTime() - t0) / 1_000_000;
        if (baseline) {
            long t1 = System.nanoTime();
            systems.add("CoreNLP");
            results.add(plainNames(docs)); // its models are dropped before the quote pipeline loads
            PlainCoreNlp plainQuotes = PlainCoreNlp.quotesAndSpeakers();
            quotes.add(QualityEvaluation.quotes(d -> plainQuotes.annotate(d.text(), null).quotes().stream()
                    .map(q -> new QuoteScore.Predicted(q.start(), q.end(), false,
                            q.speaker().isEmpty() ? null : q.speaker())).toList(), quoteDocs));
            out.printf(Locale.ROOT, "plain CoreNLP: %d ms (both loads included)%n", (System.nanoTime() - t1) / 1_000_000);
        }
        out.printf(Locale.ROOT, "Lector: %d ms (load included); %d documents for names, %d for quotes%n%n", lectorMs,
                docs.size(), quoteDocs.size());
        printTable(out, systems, results);
        out.println();
        printQuoteTable(out, systems, quotes);
        out.flush();
        return 0;
    }

    private static Map<String, QualityEvaluation.Row> plainNames(List<GoldCorpus.Doc> docs) {
        PlainCoreNlp plain = PlainCoreNlp.defaultNer();
        return QualityEvaluation.run(d -> new QualityEvaluation.Output(plain.annotate(d.text(), null).names(), null),
                docs);
    }

    /** Lector's scores: the names table's rows and the PolNeAR quote measures. */
    public record LectorResults(Map<String, QualityEvaluation.Row> names, QuoteScore quotes) {
    }

    /** Lector's engine as the {@code analyze} command runs it; no metadata date, as for a plain text file. */
    public static Map<String, QualityEvaluation.Row> evaluateLector(List<GoldCorpus.Doc> docs,
                                                                    java.util.function.Consumer<String> errors) {
        return evaluateLector(docs, List.of(), errors).names();
    }

    /** As {@link #evaluateLector(List, java.util.function.Consumer)}, and the quotes of {@code quoteDocs}. */
    public static LectorResults evaluateLector(List<GoldCorpus.Doc> docs, List<GoldCorpus.QuoteDoc> quoteDocs,
                                               java.util.function.Consumer<String> errors) {
        try (AnalysisEngine engine = new AnalysisEngine(EngineOptions.defaults())) {
            Map<String, QualityEvaluation.Row> names = QualityEvaluation.run(d -> {
                Document doc = document(d.id(), d.text());
                Analysis a = engine.analyze(doc, CancellationToken.none());
                List<EvalSpan> quotes = new ArrayList<>();
                for (Quote q : a.quotes()) {
                    quotes.add(new EvalSpan(q.span().start(), q.span().end(), Labels.QUOTE));
                }
                return new QualityEvaluation.Output(engine.names(doc, CancellationToken.none()), quotes);
            }, docs, errors);
            QuoteScore quotes = QualityEvaluation.quotes(d -> {
                Analysis a = engine.analyze(document(d.id(), d.text()), CancellationToken.none());
                return a.quotes().stream().map(q -> new QuoteScore.Predicted(q.span().start(), q.span().end(),
                        q.kind() == QuoteKind.SCARE, q.speakerId() == null ? null : q.speakerName())).toList();
            }, quoteDocs);
            return new LectorResults(names, quotes);
        }
    }

    private static Document document(String id, String text) {
        return new Document(id, text, "gold:" + id, DocumentFormat.TEXT, "UTF-8", "0", null);
    }

    /** The PolNeAR table: one column per system, the measures of {@code score.py quotes} as rows. */
    static void printQuoteTable(PrintWriter out, List<String> systems, List<QuoteScore> scores) {
        QuoteScore first = scores.get(0);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "| %-52s |",
                "PolNeAR dev quotes (" + first.goldQuotes() + " quoted attributions)"));
        StringBuilder rule = new StringBuilder("|------------------------------------------------------|");
        for (String s : systems) {
            head.append(String.format(Locale.ROOT, " %9s |", s));
            rule.append("----------:|");
        }
        out.println(head);
        out.println(rule);
        quoteRow(out, "quoted-part F1", scores, s -> pct(s.quotedPartF1()));
        quoteRow(out, "quoted-part recall", scores, s -> pct(s.quotedPartRecall()));
        quoteRow(out, "precision (non-scare quotes inside an attribution)", scores, s -> pct(s.precision()));
        quoteRow(out, "named-speaker accuracy (quotes found)", scores, s -> pct(s.namedSpeakerAccuracy()));
        quoteRow(out, "named speaker end to end", scores, s -> pct(s.namedSpeakerEndToEnd()));
        quoteRow(out, "quotes found whose speaker is given", scores, s -> pct(s.anySpeakerShare()));
        quoteRow(out, "scare predictions on gold attributions", scores,
                s -> s.scare() == 0 ? "—" : s.scareOnGold() + " of " + s.scare());
    }

    private static void quoteRow(PrintWriter out, String measure, List<QuoteScore> scores,
                                 java.util.function.Function<QuoteScore, String> cell) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %-52s |", measure));
        for (QuoteScore s : scores) {
            line.append(String.format(Locale.ROOT, " %9s |", cell.apply(s)));
        }
        out.println(line);
    }

    static void printTable(PrintWriter out, List<String> systems, List<Map<String, QualityEvaluation.Row>> results) {
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "| %-30s | %-7s | %5s |", "measure",
                "match", "gold"));
        StringBuilder rule = new StringBuilder("|--------------------------------|---------|------:|");
        for (String s : systems) {
            head.append(String.format(Locale.ROOT, " %-7s P | R | F1 |", s));
            rule.append("----------:|----:|----:|");
        }
        out.println(head);
        out.println(rule);
        for (String key : QualityEvaluation.keys(results)) {
            QualityEvaluation.Row any = results.stream().filter(r -> r.containsKey(key)).findFirst().get().get(key);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %-30s | %-7s | %5d |",
                    any.measure(), any.match(), any.counts().gold()));
            for (Map<String, QualityEvaluation.Row> r : results) {
                QualityEvaluation.Row row = r.get(key);
                if (row == null) {
                    line.append(String.format(Locale.ROOT, " %9s | %3s | %3s |", "—", "—", "—"));
                } else if (row.kind() == QualityEvaluation.Kind.RECALL) {
                    line.append(String.format(Locale.ROOT, " %9s | %3s | %3s |", "", pct(row.counts().recall()), ""));
                } else {
                    line.append(String.format(Locale.ROOT, " %9s | %3s | %3s |", pct(row.counts().precision()),
                            pct(row.counts().recall()), pct(row.counts().f1())));
                }
            }
            out.println(line);
        }
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f", 100 * v);
    }
}

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
import org.lector.nlp.AnalysisEngine;
import org.lector.nlp.CancellationToken;
import org.lector.nlp.EngineOptions;
import org.lector.nlp.PlainCoreNlp;
import org.lector.nlp.eval.EvalSpan;
import org.lector.nlp.eval.Labels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lector eval [--gold DIR] [--baseline] [--limit N]}: scores the engine against the shared gold corpus and
 * prints a table (what each row means: {@code docs/quality.md}). With {@code --baseline} plain CoreNLP's default
 * {@code tokenize,ssplit,pos,lemma,ner} runs on the same documents in the same run; it needs the full CoreNLP
 * models jar on the class path.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the engine on the gold corpus (GUM news, MEANTIME) and print a table.")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "../shared/corpus/gold",
            description = "Folder with gum-news.jsonl and meantime-dev.jsonl (default: ${DEFAULT-VALUE}).")
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
        List<String> systems = new ArrayList<>();
        List<Map<String, QualityEvaluation.Row>> results = new ArrayList<>();
        long t0 = System.nanoTime();
        systems.add("Lector");
        PrintWriter err = spec.commandLine().getErr();
        results.add(evaluateLector(docs, errors ? err::println : line -> { }));
        err.flush();
        long lectorMs = (System.nanoTime() - t0) / 1_000_000;
        if (baseline) {
            long t1 = System.nanoTime();
            PlainCoreNlp plain = PlainCoreNlp.defaultNer();
            systems.add("CoreNLP");
            results.add(QualityEvaluation.run(d -> new QualityEvaluation.Output(
                    plain.annotate(d.text(), null).names(), null), docs));
            out.printf(Locale.ROOT, "plain CoreNLP: %d ms (load included)%n", (System.nanoTime() - t1) / 1_000_000);
        }
        out.printf(Locale.ROOT, "Lector: %d ms (load included); %d documents%n%n", lectorMs, docs.size());
        printTable(out, systems, results);
        out.flush();
        return 0;
    }

    /** Lector's engine as the {@code analyze} command runs it; no metadata date, as for a plain text file. */
    public static Map<String, QualityEvaluation.Row> evaluateLector(List<GoldCorpus.Doc> docs,
                                                                    java.util.function.Consumer<String> errors) {
        try (AnalysisEngine engine = new AnalysisEngine(EngineOptions.defaults())) {
            return QualityEvaluation.run(d -> {
                Document doc = new Document(d.id(), d.text(), "gold:" + d.id(), DocumentFormat.TEXT, "UTF-8", "0",
                        null);
                Analysis a = engine.analyze(doc, CancellationToken.none());
                List<EvalSpan> quotes = new ArrayList<>();
                for (Quote q : a.quotes()) {
                    quotes.add(new EvalSpan(q.span().start(), q.span().end(), Labels.QUOTE));
                }
                return new QualityEvaluation.Output(engine.names(doc, CancellationToken.none()), quotes);
            }, docs, errors);
        }
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

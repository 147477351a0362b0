package org.lector.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.lector.ingest.DocumentLoader;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.nlp.AnalysisEngine;
import org.lector.nlp.CancellationToken;
import org.lector.nlp.EngineOptions;
import org.lector.nlp.PlainCoreNlp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lector bench nlp}: the engine's speed and memory, with plain single-threaded CoreNLP (the same annotators
 * and model files, one call per text) measured in the same run. In order: launch to the names pipeline loaded, to tier-1
 * names, to the full pipeline loaded and to tier 2 on the sample (from JVM start, the models loading on their own
 * thread as the app loads them), the two pipelines' load times, warm analysis of the sample (median), throughput
 * on a long text for Lector's chunked full pipeline and for plain CoreNLP (a warm-up round, then each measured
 * round, the medians and the lowest round's ratio), then peak heap and peak RSS.
 *
 * <p>Both sides run in this JVM, so both run Lector's copy of CoreNLP's TokensRegex matcher
 * (docs/decisions/0033-tokensregex-matcher-allocation.md): CoreNLP as shipped is an earlier build's plain side, which
 * {@code bench/nlp.sh} runs in turn with this one.
 *
 * <p>Run it in a fresh JVM: launch times count from JVM start. {@code --stock} measures the engine as it was before
 * the names tier and the flat model format (one pipeline from CoreNLP's files), the baseline {@code bench/tiers.sh}
 * alternates with it; {@code --launch-only} stops after the launch figures.
 */
@Command(name = "nlp", mixinStandardHelpOptions = true,
        description = "Benchmark the analysis engine against plain CoreNLP (load, latency, throughput, memory).")
public final class NlpBenchCommand implements Callable<Integer> {

    @Option(names = "--sample", paramLabel = "FILE", defaultValue = "../shared/corpus/sample/paris-summit.txt",
            description = "The article for latency (default: ${DEFAULT-VALUE}).")
    Path sample;

    @Option(names = "--long", paramLabel = "FILE", defaultValue = "../shared/corpus/long/2600-0.txt",
            description = "The long text for throughput (default: ${DEFAULT-VALUE}).")
    Path longText;

    @Option(names = "--chars", paramLabel = "N", defaultValue = "120000",
            description = "Use the first N characters of the long text, cut at a paragraph (0 = all; default "
                    + "${DEFAULT-VALUE}).")
    int chars;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Warm analyses of the sample; the median is reported (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Measured throughput rounds, after one warm-up round; medians are reported (default "
                    + "${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--no-baseline", description = "Skip plain CoreNLP (throughput of Lector only).")
    boolean noBaseline;

    @Option(names = "--stock", description = "The engine as before the names tier: one full pipeline loaded from"
            + " CoreNLP's own model files (the baseline of bench/tiers.sh).")
    boolean stock;

    @Option(names = "--launch-only", description = "Stop after the launch figures.")
    boolean launchOnly;

    @Spec
    CommandSpec spec;

    private final DocumentLoader loader;

    public NlpBenchCommand() {
        this(new DocumentLoader());
    }

    public NlpBenchCommand(DocumentLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Document doc = loader.load(sample);
        if (stock && !PlainCoreNlp.stockModelsPresent()) {
            spec.commandLine().getErr().println("--stock needs CoreNLP's own NER model files, which are in the build"
                    + " tree's target/lib, not in an installed Lector.");
            return 2;
        }
        EngineOptions options = stock ? EngineOptions.defaults().withStockModels() : EngineOptions.defaults();
        try (AnalysisEngine engine = new AnalysisEngine(options)) {
            // As the app does: the models load on a thread of their own from launch while the article is opened.
            double[] namesLoaded = new double[2];
            double[] fullLoaded = new double[2];
            double[] tier1 = new double[1];
            CompletableFuture<Void> full = engine.warmUp();
            engine.namesReady().thenRun(() -> mark(namesLoaded, engine));
            full.thenRun(() -> mark(fullLoaded, engine));
            engine.analyze(doc, CancellationToken.none(), a -> tier1[0] = sinceLaunchMs());
            double tier2 = sinceLaunchMs();
            full.join();
            row(out, "launch to names pipeline loaded", namesLoaded[0], "ms");
            row(out, "launch to tier 1 (sample)", tier1[0], "ms");
            row(out, "launch to full pipeline loaded", fullLoaded[0], "ms");
            row(out, "launch to tier 2 (sample)", tier2, "ms");
            row(out, "names pipeline load, CPU of the loading threads", namesLoaded[1], "ms");
            row(out, "names and full pipeline load, CPU of the loading threads", fullLoaded[1], "ms");
            if (launchOnly) {
                memory(out);
                out.flush();
                return 0;
            }

            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < Math.max(1, runs); i++) {
                // A different text each time, so the engine's one-entry cache cannot answer.
                Document d = withText(doc, doc.text() + "\n".repeat(i + 1));
                long s = System.nanoTime();
                engine.analyze(d, CancellationToken.none());
                warm.add((System.nanoTime() - s) / 1e6);
            }
            row(out, "warm analysis of the sample (median of " + warm.size() + ")", median(warm), "ms");
            List<Double> warmNames = new ArrayList<>();
            for (int i = 0; i < Math.max(1, runs); i++) {
                long s = System.nanoTime();
                engine.analyzeNames(doc, CancellationToken.none());
                warmNames.add((System.nanoTime() - s) / 1e6);
            }
            row(out, "warm tier 1 of the sample (median of " + warmNames.size() + ")", median(warmNames), "ms");

            String text = longText(longText, chars);
            PlainCoreNlp plain = noBaseline ? null : PlainCoreNlp.lectorAnnotators();
            row(out, "long text: characters", text.length(), "chars");
            throughput(out, engine, plain, doc, text);
        }
        memory(out);
        out.flush();
        return 0;
    }

    /**
     * Lector's chunked engine against plain CoreNLP on {@code text}, round by round, both on the same text. Round 0
     * warms both up (the JIT compiles the same CoreNLP code for both) and is not counted; the medians and the
     * lowest ratio of the measured rounds are reported, as the goal holds for every round, not only the median.
     *
     * <p>Each side starts from a collected heap, and the two take turns at going first: otherwise the second run of
     * a round meets the garbage the first left in the old generation, which G1 then marks concurrently, on the core
     * that plain CoreNLP leaves idle but Lector's second worker needs.
     */
    private void throughput(PrintWriter out, AnalysisEngine engine, PlainCoreNlp plain, Document doc, String text) {
        List<Double> lectorRates = new ArrayList<>();
        List<Double> plainRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        int tokens = plain == null ? text.split("\\s+").length : -1; // rough: no tokenizer without the baseline
        int measured = Math.max(1, rounds);
        for (int round = 0; round <= measured; round++) {
            // A different text each round, so the engine's one-entry cache cannot answer.
            Document d = withText(doc, text + "\n".repeat(round + 1));
            double plainS = Double.NaN;
            double lectorS = Double.NaN;
            double[] lectorCpu = new double[2];
            double[] plainCpu = new double[2];
            if (round % 2 == 1) {
                lectorS = timeLector(engine, d, lectorCpu);
            }
            if (plain != null) {
                System.gc();
                double[] cpu0 = cpu();
                long s = System.nanoTime();
                tokens = plain.annotate(text, null).tokens();
                plainS = (System.nanoTime() - s) / 1e9;
                double[] cpu1 = cpu();
                plainCpu = new double[] {cpu1[0] - cpu0[0], cpu1[1] - cpu0[1]};
            }
            if (round % 2 == 0) {
                lectorS = timeLector(engine, d, lectorCpu);
            }
            String which = (round == 0 ? "warm-up round" : "round " + round)
                    + (round % 2 == 1 ? " (Lector first)" : "");
            row(out, which + ": Lector", tokens / lectorS, "tokens/s");
            if (plain != null) {
                row(out, which + ": plain CoreNLP", tokens / plainS, "tokens/s");
                ratioRow(out, which + ": ratio Lector / plain", plainS / lectorS);
                // CPU seconds, which a busy machine inflates far less than wall time: the analysing threads' own
                // (Lector's workers and calling thread, plain's one thread), and the whole process's (with the JIT
                // and the collector). Equal analysing CPU means Lector does no more work per token than plain.
                row(out, which + ": analysing threads' CPU, Lector / plain",
                        lectorCpu[0], "s / " + String.format(Locale.ROOT, "%.1f s", plainCpu[0]));
                row(out, which + ": process CPU, Lector / plain",
                        lectorCpu[1], "s / " + String.format(Locale.ROOT, "%.1f s", plainCpu[1]));
            }
            if (round > 0) {
                lectorRates.add(tokens / lectorS);
                plainRates.add(tokens / plainS);
                ratios.add(plainS / lectorS);
            }
        }
        String of = ", median of " + measured;
        row(out, "long text: tokens", tokens, "tokens");
        row(out, "throughput Lector, full pipeline, " + EngineOptions.defaults().workers() + " workers" + of,
                median(lectorRates), "tokens/s");
        if (plain != null) {
            row(out, "throughput plain CoreNLP, 1 thread" + of, median(plainRates), "tokens/s");
            ratioRow(out, "ratio Lector / plain" + of, median(ratios));
            ratioRow(out, "ratio Lector / plain, lowest of " + measured, Collections.min(ratios));
        }
    }

    /**
     * Seconds the engine takes over {@code d}'s names, from a collected heap; sets {@code cpu} to the CPU seconds of
     * the analysing threads and of the process meanwhile.
     */
    private static double timeLector(AnalysisEngine engine, Document d, double[] cpu) {
        System.gc();
        double[] cpu0 = cpu();
        long s = System.nanoTime();
        engine.names(d, CancellationToken.none());
        double wall = (System.nanoTime() - s) / 1e9;
        double[] cpu1 = cpu();
        cpu[0] = cpu1[0] - cpu0[0];
        cpu[1] = cpu1[1] - cpu0[1];
        return wall;
    }

    /**
     * CPU seconds so far: of the threads that analyse (this one and the engine's workers, "lector-nlp-N"), and of
     * the whole process; NaN where the JVM does not tell.
     */
    private static double[] cpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = threads.getCurrentThreadCpuTime();
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && t.getThreadName().startsWith("lector-nlp-")) {
                nanos += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
            }
        }
        double process = ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1e9 : Double.NaN;
        return new double[] {nanos / 1e9, process};
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static Document withText(Document d, String text) {
        return new Document(d.title(), text, d.source(), DocumentFormat.TEXT, d.charset(), "bench", d.date());
    }

    /** The first {@code chars} characters (BOM stripped), ending at a blank line so no paragraph is cut. */
    static String longText(Path file, int chars) throws IOException {
        String t = Files.readString(file).replace("\r\n", "\n");
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
            t = t.substring(1);
        }
        if (chars <= 0 || chars >= t.length()) {
            return t;
        }
        int cut = t.indexOf("\n\n", chars);
        return cut < 0 ? t : t.substring(0, cut);
    }

    /** Sets {@code at} to the time since launch and the CPU time the engine's model loading took so far, in ms. */
    private static void mark(double[] at, AnalysisEngine engine) {
        at[0] = sinceLaunchMs();
        at[1] = engine.modelLoadCpuMillis();
    }

    private static double sinceLaunchMs() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static void memory(PrintWriter out) {
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        row(out, "peak heap (sum of pool peaks)", peakHeap / 1e6, "MB");
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    row(out, "peak RSS (VmHWM)", kb / 1e3, "MB");
                }
            }
        } catch (IOException | RuntimeException e) {
            out.println("peak RSS: not available on this system");
        }
    }

    private static void ratioRow(PrintWriter out, String what, double ratio) {
        out.printf(Locale.ROOT, "%-58s %12.2f x%n", what, ratio);
    }

    private static void row(PrintWriter out, String what, double value, String unit) {
        out.printf(Locale.ROOT, "%-58s %12.1f %s%n", what, value, unit);
    }
}

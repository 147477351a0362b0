package org.lector.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lector.reading.bench.StoreBenchmark;
import org.lector.store.Library;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lector bench SUBCOMMAND}: measurements for issues and decision records, printed as tables. Timings on a
 * shared machine are figures to report, not pass/fail facts, so nothing here has a threshold that fails.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchCommand.Store.class,
        description = "Benchmarks, printed as tables.",
        footer = {"", LibraryOption.EXIT_CODES})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'lector bench store'.");
    }

    /** {@code lector bench store}: the figures issue "Store" asks for, in throwaway libraries. */
    @Command(name = "store", mixinStandardHelpOptions = true,
            description = {"Library benchmark: edit commit latency (p50, p99; goal p99 <= 10 ms), time to load a"
                    + " document with 50,000 annotations, library size per 1,000 annotations.",
                    "Works in throwaway libraries under --dir, deleted afterwards; --db is not used."},
            footer = {"", "Put --dir on the disk you care about: a tmpfs hides the cost of fsync.", "",
                    LibraryOption.EXIT_CODES})
    static final class Store implements Callable<Integer> {

        @Mixin
        WorkDirOption workDir;

        @Option(names = "--edits", paramLabel = "N", defaultValue = "2000",
                description = "Edits timed per durability setting (default: ${DEFAULT-VALUE}).")
        int edits;

        @Option(names = "--annotations", paramLabel = "N", defaultValue = "50000",
                description = "Cached annotations on the large document; a tenth as many user edits are added"
                        + " (default: ${DEFAULT-VALUE}).")
        int annotations;

        @Option(names = "--text", paramLabel = "FILE",
                description = "A long UTF-8 text for the large document, such as War and Peace (default: a"
                        + " generated 3.1 million-character text).")
        Path text;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (edits < 10 || annotations < 1_000) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--edits must be at least 10 and --annotations at least 1000.");
            }
            Path work = workDir.folder();
            if (!Files.isDirectory(work) || !Files.isWritable(work)) {
                spec.commandLine().getErr().println("lector bench store: " + work + " is not a writable folder.");
                return LectorCommand.EXIT_BAD_INPUT;
            }
            if (text != null && !Files.isReadable(text)) {
                spec.commandLine().getErr().println("lector bench store: cannot read " + text + ".");
                return LectorCommand.EXIT_BAD_INPUT;
            }
            out.println("Running the store benchmark in " + work + " (about a minute with the defaults)...");
            out.flush();
            StoreBenchmark.Report r = new StoreBenchmark(work, text, edits, annotations).run();
            print(r, out);
            out.flush();
            return 0;
        }

        static void print(StoreBenchmark.Report r, PrintWriter out) {
            List<String[]> rows = new ArrayList<>();
            for (StoreBenchmark.Latency l : r.latencies()) {
                String goal = l.durability() != Library.Durability.FULL ? ""
                        : l.p99Ms() <= 10 ? "  (goal p99 <= 10 ms: met)" : "  (goal p99 <= 10 ms: missed)";
                rows.add(new String[] {
                    f("edit commit latency, synchronous=%s%s, %,d edits", l.durability(),
                            l.durability() == Library.Durability.FULL ? " (default)" : "", l.edits()),
                    f("p50 %.2f ms, p99 %.2f ms, max %.1f ms%s", l.p50Ms(), l.p99Ms(), l.maxMs(), goal)});
            }
            rows.add(new String[] {
                f("reopen an article (%,d chars, %d annotations), cold JVM", r.reopenLength(), r.reopenAnnotations()),
                f("%.0f ms, open to effective analysis", r.reopenMs())});
            for (StoreBenchmark.Load l : r.loads()) {
                rows.add(new String[] {
                    f("load %,d chars + %,d cached + %,d user annotations (%s)", r.documentLength(),
                            r.cachedAnnotations(), r.userEdits(), l.run()),
                    f("%.0f ms (open %.0f, text %.0f, cache %.0f, user edits %.0f)", l.totalMs(), l.openMs(),
                            l.textMs(), l.cacheMs(), l.applyMs())});
            }
            rows.add(new String[] {f("%,d user edits queued and committed (NORMAL)", r.userEdits()),
                f("%.1f s", r.userEditSeconds())});
            rows.add(new String[] {"library size: the large document alone (text + FTS)", kb(r.documentBytes())});
            rows.add(new String[] {"library size per 1,000 cached annotations", kb(r.bytesPer1000Cached())});
            rows.add(new String[] {"library size per 1,000 user edits", kb(r.bytesPer1000User())});
            int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(10);
            String format = "%-" + width + "s  %s%n";
            out.printf(format, "Measure", "Result");
            out.printf(format, "-".repeat(width), "-".repeat(40));
            rows.forEach(row -> out.printf(format, row[0], row[1]));
        }

        private static String f(String format, Object... args) {
            return String.format(Locale.ROOT, format, args);
        }

        private static String kb(long bytes) {
            return String.format(Locale.ROOT, "%,d KB", Math.round(bytes / 1024.0));
        }
    }
}

package org.lector.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.lector.export.SimpleTokenizer;
import org.lector.ingest.DocumentLoader;
import org.lector.ingest.IngestException;
import org.lector.library.Claims;
import org.lector.library.Digest;
import org.lector.library.Identities;
import org.lector.library.People;
import org.lector.library.Person;
import org.lector.model.Analysis;
import org.lector.model.ArticleFact;
import org.lector.model.ArticleQuote;
import org.lector.model.Document;
import org.lector.model.NamedEntity;
import org.lector.nlp.AnalysisEngine;
import org.lector.nlp.CancellationToken;
import org.lector.nlp.EngineOptions;
import org.lector.reading.BatchFiling;
import org.lector.reading.LibraryViews;
import org.lector.store.Library;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lector bench library}: libraries of real articles (the PolNeAR train texts and the Wikinews articles, read
 * from the shared corpus at run time and written to a throwaway folder, never into the project), filed as
 * {@code analyze --db LIB DIR} files them, at each size asked for (texts repeated past the corpus, as new
 * documents with the engine's analysis reused). Reports batch filing time and the engine's tokens per second; the
 * People view's open, a dossier and claims grouping (medians), each with a baseline measured in the same run:
 * the same view built by parsing every article's cached analysis instead of reading the library's rows; the
 * library's size per article; and how each grows from one size to the next.
 */
@Command(name = "library", mixinStandardHelpOptions = true,
        description = {"Library benchmark: batch filing, People view, dossier, claims grouping and size, at 1,000 and"
                + " 10,000 articles (or --sizes), with the growth rate.",
                "Works in throwaway libraries under --dir, deleted afterwards; --db is not used."},
        footer = {"", "Give it the JVM options of the run command (the engine analyses every distinct text once).", "",
                LibraryOption.EXIT_CODES})
public final class LibraryBenchCommand implements Callable<Integer> {

    @Mixin
    WorkDirOption workDir;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus",
            description = "The shared corpus (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--sizes", paramLabel = "N,N", split = ",", defaultValue = "1000,10000",
            description = "Library sizes in articles, smallest first (default: ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--texts", paramLabel = "N", defaultValue = "0",
            description = "Use only the first N distinct texts (default: all of them).")
    int texts;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Timed rounds per view; the median is reported (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--analyses", paramLabel = "LIB",
            description = {"A library whose cached analyses (of this engine version, else its latest) stand in for the"
                    + " engine, such as"
                    + " one filed beforehand with analyze --db LIB DIR: the texts it holds are not analysed again,"
                    + " so the run measures the library; the engine's throughput is then measured only on the texts"
                    + " it lacks."})
    Path analyses;

    @Spec
    CommandSpec spec;

    private final Supplier<Function<Document, Analysis>> engines;
    private final String pipeline;

    /** With Lector's engine. */
    public LibraryBenchCommand() {
        this(LibraryBenchCommand::realEngine, AnalysisEngine.pipelineVersion());
    }

    /** With another engine, so tests measure the library rather than the language models. */
    LibraryBenchCommand(Supplier<Function<Document, Analysis>> engines, String pipeline) {
        this.engines = engines;
        this.pipeline = pipeline;
    }

    private static Function<Document, Analysis> realEngine() {
        AnalysisEngine engine = new AnalysisEngine(EngineOptions.defaults());
        return d -> engine.analyze(d, CancellationToken.none());
    }

    /**
     * The figures of one library size.
     *
     * @param peopleRowsMs     the People view worked out from every row at once (the index before it kept identities)
     * @param indexSeconds     the first opening after batch filing: the identities of every family worked out
     * @param peopleAfterOneMs the People view opened after one more article is filed
     * @param rebuildSeconds   every row and identity built again from the analyses (a library of an older version)
     */
    record Round(int articles, double fileSeconds, double engineSeconds, long engineTokens, int analysed,
            double peopleMs, double peopleRowsMs, double peopleBaselineMs, double dossierMs, double claimsMs,
            double claimsRowsMs, double claimsBaselineMs, long bytes, int people, int claimGroups, int disputed,
            String dossierOf, int dossierQuotes, double indexSeconds, double peopleAfterOneMs,
            double rebuildSeconds) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path work = workDir.folder();
        if (!Files.isDirectory(work) || !Files.isWritable(work)) {
            err.println("lector bench library: " + work + " is not a writable folder.");
            return LectorCommand.EXIT_BAD_INPUT;
        }
        Path polnear = corpus.resolve("gold/polnear-train.quotes.jsonl");
        Path wikinews = corpus.resolve("articles");
        if (!Files.isReadable(polnear) || !Files.isDirectory(wikinews)) {
            err.println("lector bench library: the shared corpus is not at " + corpus + " (it needs "
                    + "gold/polnear-train.quotes.jsonl and articles/).");
            return LectorCommand.EXIT_BAD_INPUT;
        }
        if (sizes.length == 0 || Arrays.stream(sizes).anyMatch(n -> n < 1) || rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sizes and --rounds must be positive.");
        }
        Path scratch = Files.createTempDirectory(work, "lector-bench-library-");
        try {
            List<Path> files = writeTexts(polnear, wikinews, scratch.resolve("texts"));
            if (texts > 0 && texts < files.size()) {
                files = files.subList(0, texts);
            }
            out.printf(Locale.ROOT, "Filing libraries of %s articles from %,d distinct texts in %s...%n",
                    Arrays.toString(sizes), files.size(), scratch);
            out.flush();
            List<Document> documents = new ArrayList<>();
            DocumentLoader loader = new DocumentLoader();
            for (Path f : files) {
                try {
                    documents.add(loader.load(f));
                } catch (IngestException e) {
                    err.println("lector bench library: skipped " + f.getFileName() + ": " + e.getMessage());
                }
            }
            Map<String, Analysis> analysed = new HashMap<>();
            if (analyses != null) {
                if (!Files.isRegularFile(analyses)) {
                    err.println("lector bench library: " + analyses + " is not a Lector library.");
                    return LectorCommand.EXIT_BAD_INPUT;
                }
                analysed.putAll(cachedAnalyses(analyses, documents));
                out.printf(Locale.ROOT, "%,d of the texts' analyses taken from %s%n", analysed.size(), analyses);
            }
            Function<Document, Analysis> engine = null;
            List<Round> results = new ArrayList<>();
            for (int size : sizes) {
                Path db = scratch.resolve("library-" + size + ".db");
                if (engine == null && analysed.size() < Math.min(size, documents.size())) {
                    long t0 = System.nanoTime();
                    engine = engines.get();
                    // The models load on the first analysis: one short text first, so throughput is the engine's.
                    engine.apply(documents.get(0));
                    out.printf(Locale.ROOT, "engine loaded and warmed up in %.1f s%n", (System.nanoTime() - t0) / 1e9);
                    out.flush();
                }
                Round r = run(db, size, documents, analysed, engine, out);
                results.add(r);
                print(List.of(r), out);
                out.flush();
            }
            out.println();
            print(results, out);
            growth(results, out);
            out.flush();
            return 0;
        } finally {
            deleteTree(scratch);
        }
    }

    /** The analyses {@code db} holds of these documents' texts, by the texts' sha256. */
    private Map<String, Analysis> cachedAnalyses(Path db, List<Document> documents) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        documents.forEach(d -> wanted.add(d.sha256()));
        Map<String, Analysis> out = new HashMap<>();
        try (Library lib = Library.open(db, Library.Durability.NORMAL)) {
            for (var entry : lib.documents().list()) {
                var stored = lib.documents().version(entry.versionId()).orElseThrow();
                String sha = stored.document().sha256();
                if (wanted.contains(sha) && !out.containsKey(sha)) {
                    // This engine's analysis, else the latest one's: the run measures the library, not the engine.
                    lib.analysisCache().cached(entry.versionId(), pipeline)
                            .or(() -> lib.analysisCache().latest(entry.versionId()))
                            .ifPresent(a -> out.put(sha, a));
                }
            }
        }
        return out;
    }

    /** The corpus texts as files, as a reader would keep them: PolNeAR's article texts and the Wikinews articles. */
    static List<Path> writeTexts(Path polnear, Path wikinews, Path into) throws IOException {
        Files.createDirectories(into);
        List<Path> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(polnear, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = AnalysisJson.mapper().readTree(line);
                Path f = into.resolve(String.format(Locale.ROOT, "polnear-%04d.txt", n++));
                Files.writeString(f, doc.path("text").asText(), StandardCharsets.UTF_8);
                out.add(f);
            }
        }
        try (Stream<Path> s = Files.list(wikinews)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Path f = into.resolve("wikinews-" + p.getFileName());
                Files.copy(p, f);
                out.add(f);
            }
        }
        return out;
    }

    private Round run(Path db, int size, List<Document> documents, Map<String, Analysis> analysed,
            Function<Document, Analysis> engine, PrintWriter out) throws IOException {
        double[] engineSeconds = {0};
        long tokens = 0;
        int ran = 0;
        Function<Document, Analysis> timed = d -> {
            long t = System.nanoTime();
            Analysis a = engine.apply(d);
            engineSeconds[0] += (System.nanoTime() - t) / 1e9;
            return a;
        };
        long t0 = System.nanoTime();
        try (Library lib = Library.open(db, Library.Durability.NORMAL)) {
            BatchFiling filing = new BatchFiling(lib, timed, pipeline);
            for (int i = 0; i < size; i++) {
                Document original = documents.get(i % documents.size());
                int copy = i / documents.size();
                Document d = copy == 0 ? original : new Document(original.title(), original.text(),
                        original.source() + "#copy-" + copy, original.format(), original.charset(),
                        original.sha256(), original.date(), original.metadata());
                BatchFiling.Filed filed = filing.file(d, false, analysed.get(original.sha256()));
                if (filed.engineRan()) {
                    ran++;
                    tokens += SimpleTokenizer.tokenize(d.text()).size();
                    analysed.put(original.sha256(), lib.analysisCache().cached(filed.ref().versionId(), pipeline)
                            .orElseThrow());
                }
                if ((i + 1) % 100 == 0 || i + 1 == size) {
                    spec.commandLine().getErr().printf(Locale.ROOT, "\rfiled %,d of %,d", i + 1, size);
                    spec.commandLine().getErr().flush();
                }
            }
            spec.commandLine().getErr().println();
            lib.flush().join();
            double fileSeconds = (System.nanoTime() - t0) / 1e9;

            LibraryViews views = new LibraryViews(lib, pipeline);
            // The index: the first opening after batch filing works out the identities of every family.
            long tIndex = System.nanoTime();
            views.refresh(null);
            double indexSeconds = (System.nanoTime() - tIndex) / 1e9;
            Identities[] people = new Identities[1];
            double peopleMs = median(() -> people[0] = views.people());
            double peopleRowsMs = median(views::peopleFromRows);
            double peopleBaselineMs = median(() -> fromAnalyses(lib));
            Person top = people[0].all().isEmpty() ? null : people[0].all().get(0);
            double dossierMs = top == null ? 0 : median(() -> people[0].dossier(top.key()));
            Claims[] claims = new Claims[1];
            double claimsMs = median(() -> claims[0] = views.claims(people[0]));
            double claimsRowsMs = median(() -> views.claimsFromRows(people[0]));
            double claimsBaselineMs = median(() -> claimsFromAnalyses(lib, people[0]));
            int dossierQuotes = top == null ? 0 : people[0].dossier(top.key()).orElseThrow().quotes().size();
            // One more article filed, then the People view opened: the identities of its families only are
            // worked out again.
            BatchFiling more = new BatchFiling(lib, timed, pipeline);
            int[] extra = {0};
            double peopleAfterOneMs = median(() -> {
                Document original = documents.get(extra[0] % documents.size());
                Document d = new Document(original.title(), original.text(),
                        original.source() + "#more-" + extra[0]++, original.format(), original.charset(),
                        original.sha256(), original.date(), original.metadata());
                more.file(d, false, analysed.get(original.sha256()));
                views.people();
            });
            // A library of an older version, or rows of other rules: everything built again from the analyses.
            long tRebuild = System.nanoTime();
            views.rebuild(null);
            double rebuildSeconds = (System.nanoTime() - tRebuild) / 1e9;
            lib.close();
            return new Round(size, fileSeconds, engineSeconds[0], tokens, ran, peopleMs, peopleRowsMs,
                    peopleBaselineMs, dossierMs, claimsMs, claimsRowsMs, claimsBaselineMs, Files.size(db),
                    people[0].all().size(), claims[0].groups().size(), claims[0].disagreements().size(),
                    top == null ? "" : top.name(), dossierQuotes, indexSeconds, peopleAfterOneMs, rebuildSeconds);
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".lock"));
        }
    }

    /** The baseline: People built by parsing every article's cached analysis, without the library's rows. */
    private People fromAnalyses(Library lib) {
        List<NamedEntity> entities = new ArrayList<>();
        List<ArticleQuote> quotes = new ArrayList<>();
        for (var article : lib.index().articles()) {
            String text = lib.documents().version(article.versionId()).orElseThrow().document().text();
            Analysis a = lib.analysisCache().cached(article.versionId(), pipeline).orElseThrow();
            Digest d = Digest.of(article.documentId(), text, a);
            entities.addAll(d.entities());
            quotes.addAll(d.quotes());
        }
        return People.resolve(lib.index().articles(), entities, quotes, lib.index().identityEdits());
    }

    private Claims claimsFromAnalyses(Library lib, Identities people) {
        List<ArticleFact> facts = new ArrayList<>();
        for (var article : lib.index().articles()) {
            Analysis a = lib.analysisCache().cached(article.versionId(), pipeline).orElseThrow();
            a.facts().forEach(f -> facts.add(new ArticleFact(article.documentId(), f)));
        }
        return Claims.group(lib.index().articles(), facts, people);
    }

    private double median(Runnable r) {
        r.run(); // a warm-up round: the first call of a JVM loads classes and fills caches
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[rounds / 2];
    }

    static void print(List<Round> rounds, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        for (Round r : rounds) {
            String at = f("%,d articles", r.articles());
            rows.add(new String[] {at + ": batch filing",
                f("%.1f s (%.1f ms per article; engine %.1f s for %,d distinct texts, store %.1f s)", r.fileSeconds(),
                        1000 * r.fileSeconds() / r.articles(), r.engineSeconds(), r.analysed(),
                        r.fileSeconds() - r.engineSeconds())});
            if (r.analysed() > 0) {
                rows.add(new String[] {at + ": engine throughput",
                    f("%,.0f tokens/s (%,d tokens)", r.engineTokens() / r.engineSeconds(), r.engineTokens())});
            }
            rows.add(new String[] {at + ": index build (first opening after filing)",
                f("%.1f s, %.2f ms per article", r.indexSeconds(), 1000 * r.indexSeconds() / r.articles())});
            rows.add(new String[] {at + ": People view open (goal <= 300 ms)",
                f("%.1f ms, %,d identities; from every row: %.0f ms (ratio %.3f); every analysis parsed: %.0f ms"
                        + " (ratio %.3f)", r.peopleMs(), r.people(), r.peopleRowsMs(), r.peopleMs() / r.peopleRowsMs(),
                        r.peopleBaselineMs(), r.peopleMs() / r.peopleBaselineMs())});
            rows.add(new String[] {at + ": People view open after one more article",
                f("%.1f ms (ratio %.3f to every row)", r.peopleAfterOneMs(), r.peopleAfterOneMs() / r.peopleRowsMs())});
            rows.add(new String[] {at + ": dossier (goal <= 100 ms)",
                f("%.1f ms (%s, %,d quotes); ratio %.3f to the People view from every row", r.dossierMs(),
                        r.dossierOf(), r.dossierQuotes(), r.dossierMs() / r.peopleRowsMs())});
            rows.add(new String[] {at + ": claims grouping (goal <= 1 s)",
                f("%.0f ms, %,d claims, %,d disputed; from every row: %.0f ms (ratio %.3f); every analysis parsed:"
                        + " %.0f ms (ratio %.3f)", r.claimsMs(), r.claimGroups(), r.disputed(), r.claimsRowsMs(),
                        r.claimsMs() / r.claimsRowsMs(), r.claimsBaselineMs(), r.claimsMs() / r.claimsBaselineMs())});
            rows.add(new String[] {at + ": rebuild from the analyses (older library)",
                f("%.1f s, %.2f ms per article", r.rebuildSeconds(), 1000 * r.rebuildSeconds() / r.articles())});
            rows.add(new String[] {at + ": library size",
                f("%,.1f MB, %,.1f KB per article", r.bytes() / 1e6, r.bytes() / 1024.0 / r.articles())});
        }
        table(rows, out);
    }

    /** Each figure at the largest size over the one before, as an exponent of the size ratio, and at 100,000. */
    static void growth(List<Round> rounds, PrintWriter out) {
        if (rounds.size() < 2) {
            return;
        }
        List<String[]> rows = new ArrayList<>();
        Round a = rounds.get(rounds.size() - 2);
        Round b = rounds.get(rounds.size() - 1);
        double sizeRatio = (double) b.articles() / a.articles();
        double toHundredK = 100_000.0 / b.articles();
        addGrowth(rows, "store filing time per article", 1000 * (a.fileSeconds() - a.engineSeconds()),
                1000 * (b.fileSeconds() - b.engineSeconds()), a.articles(), b.articles(), "ms per article",
                sizeRatio, toHundredK);
        addGrowth(rows, "index build per article", 1000 * a.indexSeconds(), 1000 * b.indexSeconds(), a.articles(),
                b.articles(), "ms per article", sizeRatio, toHundredK);
        addGrowth(rows, "People view open", a.peopleMs(), b.peopleMs(), 1, 1, "ms", sizeRatio, toHundredK);
        addGrowth(rows, "People view open after one more article", a.peopleAfterOneMs(), b.peopleAfterOneMs(), 1, 1,
                "ms", sizeRatio, toHundredK);
        addGrowth(rows, "dossier", a.dossierMs(), b.dossierMs(), 1, 1, "ms", sizeRatio, toHundredK);
        addGrowth(rows, "claims grouping", a.claimsMs(), b.claimsMs(), 1, 1, "ms", sizeRatio, toHundredK);
        addGrowth(rows, "library size", a.bytes() / 1e6, b.bytes() / 1e6, 1, 1, "MB", sizeRatio, toHundredK);
        out.println();
        out.printf(Locale.ROOT, "Growth from %,d to %,d articles (x%.0f), projected to 100,000 at the same rate:%n",
                a.articles(), b.articles(), sizeRatio);
        table(rows, out);
    }

    private static void addGrowth(List<String[]> rows, String what, double at, double bt, int an, int bn,
            String unit, double sizeRatio, double toHundredK) {
        double x = at / an;
        double y = bt / bn;
        if (x <= 0 || y <= 0) {
            return;
        }
        double exponent = Math.log(y / x) / Math.log(sizeRatio);
        double projected = y * Math.pow(toHundredK, exponent);
        rows.add(new String[] {what, f("x%.2f (size^%.2f); at 100,000 about %,.1f %s", y / x, exponent, projected,
                unit)});
    }

    private static void table(List<String[]> rows, PrintWriter out) {
        int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(10);
        String format = "%-" + width + "s  %s%n";
        out.printf(format, "Measure", "Result");
        out.printf(format, "-".repeat(width), "-".repeat(40));
        rows.forEach(row -> out.printf(format, row[0], row[1]));
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package org.lector.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.lector.ingest.DocumentLoader;
import org.lector.ingest.IngestException;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.Span;
import org.lector.nlp.AnalysisEngine;
import org.lector.nlp.AnalysisProgress;
import org.lector.nlp.CancellationToken;
import org.lector.reading.Article;
import org.lector.reading.CoreNlpEngine;
import org.lector.reading.Engine;
import org.lector.reading.LibraryViews;
import org.lector.reading.Reading;
import org.lector.store.Library;
import org.lector.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lector analyze FILE... [--format json|jsonl] [--db PATH]}: prints the analysis JSON of each file
 * (DESIGN.md). One file gives one JSON object; several give JSON Lines unless {@code --format json} asks for an
 * array. A file that cannot be read is reported on stderr and skipped; the others are still analysed; the exit
 * code is then 2.
 *
 * <p>With {@code --db} each file is read as {@link Reading} reads it, as the window and {@code export} do: imported
 * into that library (same source and sha256: the same version), the cached analysis of the current pipeline used
 * when there is one, a fresh one cached otherwise, and the output is the effective analysis: the user's dictionary
 * and edits applied (mentions from the dictionary have
 * provenance {@code dictionary}) and notes included. Without {@code --db} nothing is
 * written anywhere, not even to the default library, so scripts never change the user's library by accident.
 * A library fault ends the run with one line on stderr and exit code 3.
 *
 * <p>A folder stands for every article in it and its subfolders; filing folders shows a progress line on stderr and
 * a summary at the end. With {@code --db}, each article's rows for the views across the library are built as it is
 * filed, and {@code document.version} and {@code document.changes} say which version of its document it is and what
 * changed since the one before.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse articles: entities, clusters, quotes and facts, as JSON.",
        footer = {"",
                "Without --db nothing is stored, not even in the default library. With --db PATH each file is"
                        + " imported into that library, its cached analysis is reused (or the new one cached), and"
                        + " the JSON includes the user's edits and notes; document.source is then the absolute path.",
                "", LibraryOption.EXIT_CODES})
public final class AnalyzeCommand implements Callable<Integer> {


    /** Exit code after Ctrl+C, as a shell reports a command stopped by SIGINT. */
    static final int EXIT_STOPPED = 130;

    /**
     * A text longer than this gets the names tier only unless {@code --full} asks for more: a quarter longer than War
     * and Peace (3.2 million), and about the most the full analysis does in five minutes on two cores, where the
     * names tier takes a tenth to a twentieth of that (docs/decisions/0018-names-only-past-a-budget.md).
     */
    static final int FULL_ANALYSIS_CHARS = 4_000_000;

    /** Output formats. */
    public enum Format { json, jsonl }

    /**
     * The one thing analyze needs of the engine. A seam, so tests can count analyses or supply a fixed one, and
     * so the engine (and its models) is only built when a file actually needs analysing.
     */
    @FunctionalInterface
    public interface Analyzer extends AutoCloseable {

        Analysis analyze(Document document);

        /** As {@link #analyze(Document)}, stoppable with {@code cancel} and telling {@code progress}. */
        default Analysis analyze(Document document, CancellationToken cancel, AnalysisProgress progress) {
            return analyze(document);
        }

        /**
         * Persons, places and organizations only, for a text past the budget of the full analysis. An analyzer
         * without a cheaper tier gives its full analysis.
         */
        default Analysis analyzeNamesOnly(Document document, CancellationToken cancel, AnalysisProgress progress) {
            return analyze(document, cancel, progress);
        }

        @Override
        default void close() {
        }
    }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "Articles to analyse, or folders of articles (every supported file in them, sorted).")
    List<Path> files;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The article's date, for articles that give none (or a wrong one): relative dates such as "
                    + "'Thursday' are placed from it. With --db it is kept in the library as the reader's date.")
    java.time.LocalDate date;

    @Option(names = "--format", paramLabel = "json|jsonl",
            description = "json (default for one file; an array for several) or jsonl (one line per file).")
    Format format;

    @Option(names = "--full", description = "The full analysis however long the text. Without it a text over"
            + " 4,000,000 characters (a quarter longer than War and Peace) gets the names only: persons, places and"
            + " organizations, ten to twenty times faster.")
    boolean full;

    /** {@link #FULL_ANALYSIS_CHARS}, smaller in tests. */
    int fullAnalysisChars = FULL_ANALYSIS_CHARS;

    @Spec
    CommandSpec spec;

    private final DocumentLoader loader;
    private final Supplier<Analyzer> analyzers;
    private final String version;
    /** Built on the first cache miss of a run, closed at its end. */
    private Analyzer analyzer;

    public AnalyzeCommand() {
        this(new DocumentLoader());
    }

    public AnalyzeCommand(DocumentLoader loader) {
        this(loader, AnalyzeCommand::realEngine);
    }

    /** @param analyzers called at most once per run, on the first file that is not in the library's cache */
    public AnalyzeCommand(DocumentLoader loader, Supplier<Analyzer> analyzers) {
        this(loader, analyzers, AnalysisEngine.pipelineVersion());
    }

    /** As above, for analyzers of another engine than Lector's, whose analyses the library caches under {@code version}. */
    AnalyzeCommand(DocumentLoader loader, Supplier<Analyzer> analyzers, String version) {
        this.loader = loader;
        this.analyzers = analyzers;
        this.version = version;
    }

    /**
     * {@code d} with the date of {@code --date}; in a library, the date is the reader's for the article from now on,
     * as the window's Facts tab keeps it, and is set before the article is read.
     */
    private Document dated(Document d, Library library) {
        if (library != null) {
            long documentId = library.documents().importDocument(d).join().documentId();
            library.documents().setReaderDate(documentId, date).join();
        }
        return new Document(d.title(), d.text(), d.source(), d.format(), d.charset(), d.sha256(), date, d.metadata());
    }

    private static Analyzer realEngine() {
        CoreNlpEngine engine = new CoreNlpEngine();
        return new Analyzer() {
            @Override
            public Analysis analyze(Document document) {
                return engine.analyze(document, CancellationToken.none(), names -> { });
            }

            @Override
            public Analysis analyze(Document document, CancellationToken cancel, AnalysisProgress progress) {
                return engine.analyze(document, cancel, names -> { }, progress);
            }

            @Override
            public Analysis analyzeNamesOnly(Document document, CancellationToken cancel, AnalysisProgress progress) {
                return engine.analyzeNamesOnly(document, cancel, progress);
            }

            @Override
            public void close() {
                engine.close();
            }
        };
    }

    private Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = analyzers.get();
        }
        return analyzer;
    }

    /** The engine as reading needs it: the analyzer, built on the first article the library has no analysis of. */
    private final Engine engine = new AnalyzerEngine(false);

    /**
     * The names tier as reading needs it, for a text past {@link #fullAnalysisChars}: a library caches its analysis
     * under a version of its own, so the window and {@code --full} never take it for the full one.
     */
    private final Engine namesOnly = new AnalyzerEngine(true);

    /** The analyzer as an {@link Engine}: its full analysis, or with {@code names} its names tier. */
    private final class AnalyzerEngine implements Engine {
        private final boolean names;

        AnalyzerEngine(boolean names) {
            this.names = names;
        }

        @Override
        public Analysis analyze(Document document, CancellationToken cancel, Consumer<Analysis> onNames) {
            return analyze(document, cancel, onNames, AnalysisProgress.NONE);
        }

        @Override
        public Analysis analyze(Document document, CancellationToken cancel, Consumer<Analysis> onNames,
                AnalysisProgress progress) {
            return names ? analyzer().analyzeNamesOnly(document, cancel, progress)
                    : analyzer().analyze(document, cancel, progress);
        }

        @Override
        public List<Span> tokens(Document document, CancellationToken cancel) {
            throw new UnsupportedOperationException("analyze prints no tokens");
        }

        @Override
        public String version() {
            return names ? version + AnalysisEngine.NAMES_ONLY : version;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path db = LibraryOption.given(spec);
        Library library = null;
        try {
            library = db == null ? null : LibraryOption.open(db, err);
            return run(library);
        } catch (StoreException | CompletionException e) {
            int exit = LibraryOption.report(e, err);
            if (exit < 0) {
                throw e;
            }
            return exit;
        } finally {
            if (analyzer != null) {
                analyzer.close();
                analyzer = null;
            }
            if (library != null) {
                library.close();
            }
        }
    }

    private int run(Library library) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = 0;
        List<Path> articles = new ArrayList<>();
        boolean folders = false;
        for (Path p : files) {
            if (Files.isDirectory(p)) {
                folders = true;
                List<Path> found = articlesIn(p);
                if (found.isEmpty()) {
                    exit = Failures.fail(err, "analyze", "the folder " + Failures.quoted(p) + " holds no article "
                            + "Lector can open (" + String.join(", ", DocumentLoader.supportedExtensions()) + ").");
                }
                articles.addAll(found);
            } else {
                articles.add(p);
            }
        }
        Format f = format != null ? format : articles.size() == 1 && !folders ? Format.json : Format.jsonl;
        boolean array = f == Format.json && (articles.size() > 1 || folders);
        // Filing a folder says how far it is on stderr, one line rewritten, and what it did at the end; a list of
        // files keeps stderr for what went wrong, one line each, as scripts expect.
        boolean showBatch = folders;
        Reading reading = new Reading(engine);
        Reading namesReading = new Reading(namesOnly);
        LibraryViews views = library == null ? null : new LibraryViews(library, engine.version());
        Batch batch = new Batch();
        long started = System.nanoTime();
        boolean first = true;
        try (LongRun longRun = LongRun.start("analyze", err)) {
            if (array) {
                out.println("[");
            }
            for (Path file : articles) {
                if (showBatch) {
                    err.printf(Locale.ROOT, "\ranalyze: %,d of %,d  %s", batch.done + 1, articles.size(),
                            shortName(file));
                    err.flush();
                }
                batch.done++;
                String shown = Failures.quoted(file);
                String lineEnd = showBatch ? "\n" : "";
                Document d;
                Article article;
                LibraryViews.VersionInfo version = null;
                try {
                    // In a library the source is the key a later run (or the window) finds the document by, so it
                    // must not depend on the working directory.
                    d = loader.load(library == null ? file : file.toAbsolutePath().normalize());
                    if (date != null) {
                        d = dated(d, library);
                    }
                    CancellationToken token = longRun.nextToken();
                    AnalysisProgress progress = longRun.progress(file.toString());
                    boolean names = namesOnly(d, library, reading);
                    if (names) {
                        err.print(lineEnd);
                        err.println(String.format(Locale.ROOT, "lector analyze: %s is %,d characters, more than the"
                                + " %,d analysed in full unless --full is given: it gets the names only (persons,"
                                + " places and organizations; no quotes, facts, dates or numbers).", shown,
                                d.text().length(), fullAnalysisChars));
                        err.flush();
                    }
                    article = (names ? namesReading : reading).read(d, library, token, progress);
                    if (views != null && article.place() != null) {
                        long documentId = article.place().documentId();
                        views.indexed(documentId, d.text(), article.analysis()).join();
                        version = views.version(documentId, article.place().versionId()).orElse(null);
                    }
                } catch (IngestException e) {
                    err.print(lineEnd);
                    exit = Failures.fail(err, "analyze", e.getMessage());
                    batch.failed++;
                    continue;
                } catch (StoreException | CompletionException e) {
                    throw e;
                } catch (CancellationException e) {
                    if (longRun.stopped()) {
                        err.print(lineEnd);
                        Failures.fail(err, "analyze", "stopped: " + shown + " was not finished; the files before it"
                                + " were written.");
                        return EXIT_STOPPED;
                    }
                    err.print(lineEnd);
                    exit = Failures.failed(err, "analyze", file, e);
                    batch.failed++;
                    continue;
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    err.print(lineEnd);
                    exit = Failures.failed(err, "analyze", file, e);
                    batch.failed++;
                    continue;
                }
                batch.count(article, version);
                if (array && !first) {
                    out.println(",");
                }
                JsonGenerator g = AnalysisJson.mapper().getFactory().createGenerator(out)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                if (f == Format.json) {
                    g.useDefaultPrettyPrinter();
                }
                AnalysisJson.write(g, d, article.date(), article.analysis(), version);
                g.flush();
                out.println();
                first = false;
                Failures.checkWritten(out, "analyze");
            }
            if (array) {
                out.println("]");
            }
            Failures.checkWritten(out, "analyze");
        }
        if (showBatch) {
            err.println();
            err.println(batch.summary(articles.size(), (System.nanoTime() - started) / 1e9, library));
            err.flush();
        }
        return exit;
    }

    /**
     * Whether {@code d} gets the names tier only: it is past the budget, {@code --full} was not given, and the library
     * holds no full analysis of it (which is shown then, as it costs nothing).
     */
    private boolean namesOnly(Document d, Library library, Reading reading) {
        if (full || d.text().length() <= fullAnalysisChars) {
            return false;
        }
        return library == null || reading.lookUp(d, library).cached() == null;
    }

    /** What a batch did, for its last line. */
    private static final class Batch {
        int done;
        int failed;
        int analysed;
        int cached;
        int newVersions;

        void count(Article article, LibraryViews.VersionInfo version) {
            if (article.fromLibrary()) {
                cached++;
            } else {
                analysed++;
                if (version != null && version.number() > 1) {
                    newVersions++;
                }
            }
        }

        String summary(int total, double seconds, Library library) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "lector analyze: %,d file%s in %.1f s: "
                    + "%,d analysed", total, total == 1 ? "" : "s", seconds, analysed));
            if (library != null) {
                b.append(String.format(Locale.ROOT, " (%,d of them new versions of articles filed before), %,d"
                        + " already in the library", newVersions, cached));
            }
            if (failed > 0) {
                b.append(String.format(Locale.ROOT, ", %,d could not be read or analysed", failed));
            }
            if (library != null) {
                b.append("; library ").append(library.file());
            }
            return b.append('.').toString();
        }
    }

    /** The files of a folder and its subfolders Lector opens, in name order. */
    private static List<Path> articlesIn(Path folder) throws IOException {
        List<String> extensions = DocumentLoader.supportedExtensions();
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> extensions.contains(extension(p)))
                    .sorted()
                    .toList();
        }
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String shortName(Path file) {
        String name = String.valueOf(file.getFileName());
        return name.length() > 60 ? name.substring(0, 57) + "..." : String.format(Locale.ROOT, "%-60s", name);
    }
}

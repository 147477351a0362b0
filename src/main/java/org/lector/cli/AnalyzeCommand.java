package org.lector.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
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

        @Override
        default void close() {
        }
    }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to analyse.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "json|jsonl",
            description = "json (default for one file; an array for several) or jsonl (one line per file).")
    Format format;

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
            public void close() {
                engine.close();
            }
        };
    }

    /** The engine as reading needs it: the analyzer, built on the first article the library has no analysis of. */
    private final Engine engine = new Engine() {
        @Override
        public Analysis analyze(Document document, CancellationToken cancel, Consumer<Analysis> onNames) {
            return analyze(document, cancel, onNames, AnalysisProgress.NONE);
        }

        @Override
        public Analysis analyze(Document document, CancellationToken cancel, Consumer<Analysis> onNames,
                AnalysisProgress progress) {
            if (analyzer == null) {
                analyzer = analyzers.get();
            }
            return analyzer.analyze(document, cancel, progress);
        }

        @Override
        public List<Span> tokens(Document document, CancellationToken cancel) {
            throw new UnsupportedOperationException("analyze prints no tokens");
        }

        @Override
        public String version() {
            return version;
        }
    };

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
        Format f = format != null ? format : files.size() == 1 ? Format.json : Format.jsonl;
        boolean array = f == Format.json && files.size() > 1;
        Reading reading = new Reading(engine);
        int exit = 0;
        boolean first = true;
        try (LongRun longRun = LongRun.start("analyze", err)) {
            if (array) {
                out.println("[");
            }
            for (Path file : files) {
                String shown = Failures.quoted(file);
                Document d;
                Article article;
                try {
                    // In a library the source is the key a later run (or the window) finds the document by, so it
                    // must not depend on the working directory.
                    d = loader.load(library == null ? file : file.toAbsolutePath().normalize());
                    CancellationToken token = longRun.nextToken();
                    AnalysisProgress progress = longRun.progress(file.toString());
                    article = reading.read(d, library, token, progress);
                } catch (IngestException e) {
                    exit = Failures.fail(err, "analyze", e.getMessage());
                    continue;
                } catch (StoreException | CompletionException e) {
                    throw e;
                } catch (CancellationException e) {
                    if (longRun.stopped()) {
                        Failures.fail(err, "analyze", "stopped: " + shown + " was not finished; the files before it"
                                + " were written.");
                        return EXIT_STOPPED;
                    }
                    exit = Failures.failed(err, "analyze", file, e);
                    continue;
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    exit = Failures.failed(err, "analyze", file, e);
                    continue;
                }
                if (array && !first) {
                    out.println(",");
                }
                JsonGenerator g = AnalysisJson.mapper().getFactory().createGenerator(out)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                if (f == Format.json) {
                    g.useDefaultPrettyPrinter();
                }
                AnalysisJson.write(g, d, article.date(), article.analysis());
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
        return exit;
    }
}

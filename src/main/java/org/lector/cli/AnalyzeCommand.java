package org.lector.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.nlp.AnalysisEngine;
import org.lector.nlp.CancellationToken;
import org.lector.nlp.EngineOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lector analyze FILE... [--format json|jsonl]}: prints the analysis JSON of each file (DESIGN.md). One
 * file gives one JSON object; several give JSON Lines unless {@code --format json} asks for an array. A file that
 * cannot be read is reported on stderr and skipped; the others are still analysed; the exit code is then 2.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse articles: entities, clusters, quotes and facts, as JSON.")
public final class AnalyzeCommand implements Callable<Integer> {

    /** Reads a file into a Document; its exception message is shown to the user as is. */
    @FunctionalInterface
    public interface Loader {
        Document load(Path path) throws Exception;
    }

    /** Output formats. */
    public enum Format { json, jsonl }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to analyse.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "json|jsonl",
            description = "json (default for one file; an array for several) or jsonl (one line per file).")
    Format format;

    @Spec
    CommandSpec spec;

    private final Loader loader;

    public AnalyzeCommand() {
        this(new PlainTextLoader());
    }

    public AnalyzeCommand(Loader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Format f = format != null ? format : files.size() == 1 ? Format.json : Format.jsonl;
        boolean array = f == Format.json && files.size() > 1;
        int exit = 0;
        boolean first = true;
        try (AnalysisEngine engine = new AnalysisEngine(EngineOptions.defaults())) {
            if (array) {
                out.println("[");
            }
            for (Path file : files) {
                Document d;
                try {
                    d = loader.load(file);
                } catch (Exception e) {
                    err.println("lector analyze: " + file + ": " + e.getMessage());
                    exit = 2;
                    continue;
                }
                Analysis a;
                try {
                    a = engine.analyze(d, CancellationToken.none());
                } catch (RuntimeException e) {
                    err.println("lector analyze: " + file + ": analysis failed: " + e);
                    exit = 2;
                    continue;
                }
                var json = AnalysisJson.toJson(d, AnalysisEngine.articleDate(d), a);
                if (f == Format.jsonl) {
                    out.println(AnalysisJson.mapper().writeValueAsString(json));
                } else {
                    if (array && !first) {
                        out.println(",");
                    }
                    out.print(AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
                    out.println();
                }
                first = false;
                out.flush();
            }
            if (array) {
                out.println("]");
            }
        }
        out.flush();
        return exit;
    }
}

package org.lector.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lector.ingest.DocumentLoader;
import org.lector.ingest.IngestException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code lector analyze FILE... [--format json|jsonl]}: prints the analysis JSON of each file (DESIGN.md). One
 * file gives one JSON object; several give JSON Lines unless {@code --format json} asks for an array. A file that
 * cannot be read is reported on stderr and skipped; the others are still analysed; the exit code is then 2.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse articles: entities, clusters, quotes and facts, as JSON.")
public final class AnalyzeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyzeCommand.class);

    /** Output formats. */
    public enum Format { json, jsonl }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to analyse.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "json|jsonl",
            description = "json (default for one file; an array for several) or jsonl (one line per file).")
    Format format;

    @Spec
    CommandSpec spec;

    private final DocumentLoader loader;

    public AnalyzeCommand() {
        this(new DocumentLoader());
    }

    public AnalyzeCommand(DocumentLoader loader) {
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
                } catch (IngestException e) {
                    err.println("lector analyze: " + e.getMessage());
                    exit = 2;
                    continue;
                }
                Analysis a;
                try {
                    a = engine.analyze(d, CancellationToken.none());
                } catch (RuntimeException e) {
                    LOG.error("analysis of {} failed", file, e);
                    err.println("lector analyze: " + file + ": the analysis failed; the details are in the log.");
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

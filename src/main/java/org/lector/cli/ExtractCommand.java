package org.lector.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lector.ingest.DocumentLoader;
import org.lector.ingest.IngestException;
import org.lector.ingest.WebPageLoader;
import org.lector.model.Document;
import org.lector.export.MarkdownExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lector extract FILE|URL... [--format txt|md|json]}: the article of each file or web page as Lector reads
 * it (title, metadata, normalized text), without analysis and without loading any language model, for batch use
 * and for testing extraction alone. Bad input is reported as {@code analyze} does: one line naming the file on
 * stderr, the others still done, exit code 2.
 *
 * <p>Formats: {@code txt} (default) prints each text, several separated by a line holding a form feed;
 * {@code md} prints each as Markdown with YAML front matter (title, author, site, canonical URL, dates,
 * language, source); {@code json} prints one object per input ({@code document} as in the analysis JSON, and
 * {@code text}), JSON Lines when there are several.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the article of files or web pages (title, metadata, text) without analysing it.",
        footer = {"", "Nothing is stored and no language model is loaded.",
                "Exit codes: 0 done, 2 at least one file or page could not be read (the others are still printed)."})
public final class ExtractCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { txt, md, json }

    @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "Files or http(s) addresses to read.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "txt|md|json", description = "txt (default), md or json.")
    Format format = Format.txt;

    @Spec
    CommandSpec spec;

    private final DocumentLoader loader;
    private final WebPageLoader web;

    public ExtractCommand(DocumentLoader loader, WebPageLoader web) {
        this.loader = loader;
        this.web = web;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = 0;
        boolean first = true;
        for (String input : inputs) {
            Document d;
            try {
                d = WebPageLoader.isWebAddress(input) ? web.load(input).document() : loader.load(Path.of(input));
            } catch (IngestException e) {
                err.println("lector extract: " + e.getMessage());
                err.flush();
                exit = LectorCommand.EXIT_BAD_INPUT;
                continue;
            } catch (java.nio.file.InvalidPathException e) {
                err.println("lector extract: \u201C" + input + "\u201D is not a file name or web address Lector can"
                        + " open.");
                err.flush();
                exit = LectorCommand.EXIT_BAD_INPUT;
                continue;
            }
            switch (format) {
                case txt -> {
                    if (!first) {
                        out.println("\f");
                    }
                    out.println(d.text());
                }
                case md -> out.print(MarkdownExporter.article(d));
                case json -> out.println(AnalysisJson.mapper().writeValueAsString(json(d)));
            }
            first = false;
            out.flush();
        }
        return exit;
    }

    /** {@code {"document": {...}, "text": "..."}}: the analysis JSON's first two members. */
    static ObjectNode json(Document d) {
        ObjectNode root = AnalysisJson.mapper().createObjectNode();
        ObjectNode doc = root.putObject("document");
        doc.put("title", d.title());
        doc.put("source", d.source());
        doc.put("sha256", d.sha256());
        doc.put("length", d.length());
        doc.put("date", d.date() == null ? null : d.date().toString());
        AnalysisJson.putMetadata(doc, d.metadata());
        doc.put("format", d.format().name().toLowerCase(java.util.Locale.ROOT));
        doc.put("charset", d.charset());
        doc.put("offsets", "utf16");
        root.put("text", d.text());
        return root;
    }

}

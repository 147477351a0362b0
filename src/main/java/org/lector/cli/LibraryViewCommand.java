package org.lector.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import org.lector.nlp.AnalysisEngine;
import org.lector.reading.LibraryViews;
import org.lector.store.Library;
import org.lector.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code people}, {@code claims} and {@code versions} share: the library ({@code --db}, else the default one;
 * it must exist, these commands never create one), the output format, and one line on stderr with exit code 3 when
 * the library cannot be used.
 */
abstract class LibraryViewCommand implements Callable<Integer> {

    /** Output formats: JSON for scripts, Markdown for people and note tools. */
    enum Format { json, md }

    @Option(names = "--format", paramLabel = "json|md", defaultValue = "md",
            description = "md (default): Markdown for reading or a notes vault; json: for scripts.")
    Format format;

    @Spec
    CommandSpec spec;

    /** The time written into exported notes; a seam so tests compare fixed output. */
    Instant now = Instant.now();

    @Override
    public final Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path given = LibraryOption.given(spec);
        Path db = given != null ? given : Library.defaultPath();
        if (!Files.isRegularFile(db)) {
            err.println("lector " + spec.name() + ": there is no library at " + db + "; file articles into it first"
                    + " (lector analyze --db " + db + " FILE_OR_FOLDER...).");
            err.flush();
            return LibraryOption.EXIT_LIBRARY;
        }
        try (Library library = Library.open(db)) {
            int exit = run(new LibraryViews(library, AnalysisEngine.pipelineVersion()), spec.commandLine().getOut(),
                    err);
            spec.commandLine().getOut().flush();
            err.flush();
            return exit;
        } catch (StoreException | CompletionException e) {
            int exit = LibraryOption.report(e, err);
            if (exit < 0) {
                throw e;
            }
            return exit;
        }
    }

    /** The command's work on an open library; returns the exit code. */
    abstract int run(LibraryViews views, PrintWriter out, PrintWriter err) throws IOException;

    static String json(Object tree) throws IOException {
        return AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }
}

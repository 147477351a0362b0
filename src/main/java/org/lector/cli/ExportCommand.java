package org.lector.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.lector.export.ExportFile;
import org.lector.export.ExportFormat;
import org.lector.export.ExportInput;
import org.lector.export.ExportProgress;
import org.lector.ingest.DocumentLoader;
import org.lector.ingest.IngestException;
import org.lector.model.Document;
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
 * {@code lector export FILE --format md|html|jsonld|brat|conll|csv [--out PATH] [--db PATH]}. Without {@code --db}
 * the file is analysed afresh; with it, the article is exported as the library shows it ({@link Reading}: the
 * cached analysis, the reader's dictionary and edits), as the window and {@code analyze --db} show it, and the
 * formats that import again (brat, JSON-LD) carry what the reader rejected of the engine's output. A library
 * that cannot be used is one line on stderr and exit code 3. Output
 * goes to stdout unless {@code --out} names a file; brat always writes two files, {@code BASE.txt} and
 * {@code BASE.ann}, where BASE is {@code --out} without its extension, else the article's name in the current
 * folder (never over the article itself).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export an article with its annotations: md, html, jsonld, brat, conll or csv.")
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The article to export.")
    Path file;

    @Option(names = "--format", required = true, paramLabel = "md|html|jsonld|brat|conll|csv",
            description = "The export format.")
    String format;

    @Option(names = "--out", paramLabel = "PATH", description = "Where to write (default: stdout; brat: BASE.txt "
            + "and BASE.ann in the current folder).")
    Path out;

    @Spec
    CommandSpec spec;

    private final DocumentLoader loader;
    private final Supplier<? extends Engine> engines;

    public ExportCommand() {
        this(new DocumentLoader());
    }

    public ExportCommand(DocumentLoader loader) {
        this(loader, CoreNlpEngine::new);
    }

    /** @param engines called once per run; the engine it gives loads its models only if the run needs them */
    public ExportCommand(DocumentLoader loader, Supplier<? extends Engine> engines) {
        this.loader = loader;
        this.engines = engines;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat f;
        try {
            f = ExportFormat.fromId(format);
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
        // --db (inherited from the top command): the article as the library shows it, the reader's dictionary and
        // edits included; without it the article is analysed afresh and nothing is stored.
        Path db = LibraryOption.given(spec);
        Document d;
        try {
            // In a library the source is the key the window and analyze find the document by.
            d = loader.load(db == null ? file : file.toAbsolutePath().normalize());
        } catch (IngestException e) {
            return fail(err, e.getMessage());
        }
        List<ExportFile> files;
        Engine engine = engines.get();
        try (Library library = db == null ? null : LibraryOption.open(db, err)) {
            Reading reading = new Reading(engine);
            Article article = reading.read(d, library, CancellationToken.none());
            ExportInput input = reading.exportInput(article, f, Instant.now(), CancellationToken.none());
            files = f.export(input, ExportProgress.NONE);
        } catch (StoreException | CompletionException e) {
            // A library that cannot be used is exit code 3 for every command, not a bad input.
            int library = LibraryOption.report(e, err);
            return library >= 0 ? library : Failures.failed(err, "export", file, e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Failures.failed(err, "export", file, e);
        } finally {
            if (engine instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
        try {
            if (f == ExportFormat.BRAT) {
                return writeBrat(files, err);
            }
            // Written as it is made (JSON-LD): a novel's export is not held whole.
            if (out == null) {
                PrintWriter o = spec.commandLine().getOut();
                files.get(0).writeTo(o);
                Failures.checkWritten(o, "export");
            } else {
                files.get(0).writeTo(out);
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Failures.failed(err, "export", file, e);
        } catch (java.nio.file.NoSuchFileException e) {
            return fail(err, "could not write " + e.getFile() + ": its folder does not exist");
        } catch (IOException e) {
            return fail(err, "could not write " + (out == null ? "the export" : out) + ": " + e.getMessage());
        }
        return 0;
    }

    private int writeBrat(List<ExportFile> files, PrintWriter err) throws IOException {
        Path base;
        if (out != null) {
            base = out;
        } else {
            base = Path.of(file.getFileName().toString());
        }
        String name = base.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path txt = base.resolveSibling(stem + ".txt");
        Path ann = base.resolveSibling(stem + ".ann");
        if (Files.exists(txt) && Files.isSameFile(txt, file)) {
            return fail(err, "brat would write " + txt + " over the article itself; choose another --out");
        }
        files.get(0).writeTo(txt);
        files.get(1).writeTo(ann);
        PrintWriter o = spec.commandLine().getOut();
        o.println("wrote " + txt + " and " + ann);
        o.flush();
        return 0;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("lector export: " + message);
        err.flush();
        return LectorCommand.EXIT_BAD_INPUT;
    }
}

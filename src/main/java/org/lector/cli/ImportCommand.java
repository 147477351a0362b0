package org.lector.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import org.lector.export.AnchoredImport;
import org.lector.export.ArticleMatch;
import org.lector.export.BratReader;
import org.lector.export.HypothesisReader;
import org.lector.export.ImportAnchoring;
import org.lector.export.ImportException;
import org.lector.export.ImportFile;
import org.lector.export.ImportLimits;
import org.lector.export.ImportOrphan;
import org.lector.export.ImportedAnalysis;
import org.lector.export.WebAnnotationReader;
import org.lector.ingest.DocumentLoader;
import org.lector.ingest.IngestException;
import org.lector.model.DisplayNames;
import org.lector.model.Document;
import org.lector.reading.Reading;
import org.lector.store.ImportReport;
import org.lector.store.Library;
import org.lector.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lector import FILE.ann|FILE.jsonld|FILE.json [--text ARTICLE] [--db PATH]}: brings brat, W3C Web
 * Annotation or Hypothesis annotations into the library as the reader's own. The article is the {@code .txt} beside
 * a {@code .ann}, or the source a JSON-LD file names, unless {@code --text} says otherwise (Hypothesis annotates web
 * pages, so its article is always named with {@code --text}). Every passage is checked against the article and
 * re-anchored by its quote when it moved ({@link ImportAnchoring}); what is nowhere is listed, never stored. A file
 * made on another text is refused and the library is left as it was. What the library already has is not added
 * twice, so importing twice changes nothing. The annotations go into the library through {@link Reading}, which
 * files the article as the window, {@code analyze} and {@code export} find it. A library that cannot be used is one
 * line on stderr and exit code 3.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import brat (.ann), W3C Web Annotation (.jsonld) or Hypothesis (.json) annotations into the "
                + "library.")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE",
            description = "A brat .ann file, a Web Annotation .jsonld file or Hypothesis API .json.")
    Path file;

    @Option(names = "--text", paramLabel = "ARTICLE",
            description = "The article the annotations belong to (default: the .txt beside the .ann, or the "
                    + "JSON-LD's source).")
    Path text;

    @Spec
    CommandSpec spec;

    private final DocumentLoader loader;

    public ImportCommand() {
        this(new DocumentLoader());
    }

    public ImportCommand(DocumentLoader loader) {
        this.loader = loader;
    }

    /** A file read and its article loaded, ready to be placed. */
    private record Read(Document article, ImportedAnalysis imported, List<String> remarks) {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        try {
            Read read;
            if (name.endsWith(".ann")) {
                read = brat();
            } else if (name.endsWith(".jsonld") || name.endsWith(".json")) {
                read = json();
            } else {
                return fail(err, file + ": expected a brat .ann, a Web Annotation .jsonld or a Hypothesis .json "
                        + "file");
            }
            AnchoredImport anchored = ImportAnchoring.anchor(read.article().text(), read.imported());
            if (anchored.mostlyOrphans()) {
                return fail(err, read.article().source() + " is not the text these annotations were made on: "
                        + anchored.orphans().size() + " of " + anchored.passages() + " passages are nowhere in it"
                        + " (name the right article with --text); nothing was imported");
            }
            Path db = LibraryOption.given(spec);
            try (Library library = LibraryOption.open(db != null ? db : Library.defaultPath(), err)) {
                ImportReport r = Reading.importAnnotations(read.article(), library, anchored.analysis(),
                        anchored.rejected());
                report(r, anchored, read, library.file());
            }
            return 0;
        } catch (IngestException | ImportException e) {
            return fail(err, e.getMessage());
        } catch (StoreException | CompletionException e) {
            // A library that cannot be used is exit code 3 for every command, not a bad input.
            int exit = LibraryOption.report(e, err);
            if (exit >= 0) {
                return exit;
            }
            if (e.getCause() instanceof IllegalArgumentException bad) {
                return fail(err, bad.getMessage()); // a span the library found off the article's text
            }
            return Failures.failed(err, "import", file, e);
        }
    }

    private Read brat() throws ImportException, IngestException {
        String base = file.getFileName().toString();
        Path txt = file.resolveSibling(base.substring(0, base.length() - 4) + ".txt");
        ImportFile.check(file, "brat .ann", ImportFile.MAX_BYTES); // a missing .ann is named, not its text
        if (text == null && !Files.isRegularFile(txt)) {
            throw new ImportException("the brat text " + txt + " beside " + file + " does not exist; name the "
                    + "article with --text");
        }
        Document article = loader.load(text != null ? text : txt);
        ImportLimits limits = limits(article);
        String ann = ImportFile.read(file, "brat .ann");
        // The offsets count in the .txt brat was given; the article may be another version of it.
        String bratText = Files.isRegularFile(txt) ? ImportFile.read(txt, "brat .txt") : article.text();
        return new Read(article, BratReader.read(bratText, ann, Instant.now(), limits), List.of());
    }

    /** The limits of a file onto {@code article}; refuses the file at once when it is larger than they allow. */
    private ImportLimits limits(Document article) throws ImportException {
        ImportLimits limits = ImportLimits.forArticle(article.text().length());
        try {
            limits.checkSize(file, Files.size(file), article.source());
        } catch (java.io.IOException e) {
            throw new ImportException("could not read " + file + ": " + e.getMessage(), e);
        }
        return limits;
    }

    private Read json() throws ImportException, IngestException {
        if (HypothesisReader.looksLikeHypothesis(file)) {
            String json = ImportFile.read(file, "annotation");
            HypothesisReader h = HypothesisReader.parse(json);
            if (text == null) {
                throw new ImportException("Hypothesis annotates web pages (" + String.join(", ", h.uris())
                        + "); save the page and name it with --text");
            }
            Document article = loader.load(text);
            ArticleMatch match = ArticleMatch.of(article, h.uris());
            List<String> remarks = h.replies() == 0 ? List.of() : List.of("left out " + h.replies()
                    + " replies (Hypothesis conversations, not notes on the text)");
            return new Read(article, h.read(article.text(), match.wanted(), Instant.now()), remarks);
        }
        // Streamed: a novel's export is larger than the heap would hold as one tree (decision 0017).
        WebAnnotationReader w = WebAnnotationReader.open(file);
        Path path = text != null ? text : resolveSource(w.source());
        if (path == null) {
            throw new ImportException("cannot find the article " + (w.source().isEmpty() ? "the annotations name"
                    : w.source()) + "; name it with --text");
        }
        Document article = loader.load(path);
        ImportLimits limits = limits(article);
        ArticleMatch match = w.isLectorFlavour() ? ArticleMatch.ALL : ArticleMatch.of(article, w.targetSources());
        List<String> remarks = !w.sha256().isEmpty() && !w.sha256().equals(article.sha256())
                ? List.of(path + " has changed since the export: each passage was looked for by its quote")
                : List.of();
        return new Read(article, w.read(article.text(), match.wanted(), Instant.now(), limits), remarks);
    }

    private Path resolveSource(String source) {
        if (source.isEmpty()) {
            return null;
        }
        Path fromIri = ArticleMatch.filePath(source);
        for (Path p : fromIri != null ? List.of(fromIri)
                : List.of(Path.of(source), file.toAbsolutePath().resolveSibling(source))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private void report(ImportReport r, AnchoredImport anchored, Read read, Path library) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("imported %d mentions, %d quotes, %d facts, %d notes and %d rejections into %s%n", r.mentions(),
                r.quotes(), r.facts(), r.notes(), r.rejections(), library);
        read.remarks().forEach(out::println);
        if (anchored.reanchored() > 0) {
            out.printf("%d passages were not at their offsets and were found again by their quotes%n",
                    anchored.reanchored());
        }
        if (r.unchanged() > 0) {
            out.printf("%d were in the library already%n", r.unchanged());
        }
        if (!anchored.orphans().isEmpty()) {
            out.printf("%d not imported: their text is not in %s%n", anchored.orphans().size(),
                    read.article().source());
            for (ImportOrphan o : anchored.orphans()) {
                out.println("  " + o.describe());
            }
        }
        out.flush();
    }

    private static int fail(PrintWriter err, String message) {
        err.println("lector import: " + DisplayNames.escape(message)); // it names files, which are data
        err.flush();
        return LectorCommand.EXIT_BAD_INPUT;
    }
}

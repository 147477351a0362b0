package org.lector.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.lector.export.BratReader;
import org.lector.export.ImportException;
import org.lector.export.ImportedAnalysis;
import org.lector.export.WebAnnotationReader;
import org.lector.ingest.DocumentLoader;
import org.lector.ingest.IngestException;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.EntityMention;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.Note;
import org.lector.model.Quote;
import org.lector.model.Span;
import org.lector.reading.Article;
import org.lector.reading.CoreNlpEngine;
import org.lector.reading.Reading;
import org.lector.store.Library;
import org.lector.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lector import FILE.ann|FILE.jsonld [--text ARTICLE] [--db PATH]}: brings brat or Web Annotation
 * annotations into the library as the reader's own. The article is the {@code .txt} beside a {@code .ann}, or the
 * source a JSON-LD file names (whose SHA-256 must still match), unless {@code --text} says otherwise. What the
 * library already has (same span and type, same note) is not added twice, so importing twice changes nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import brat (.ann) or W3C Web Annotation (.jsonld) annotations into the library.")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A brat .ann file or a Web Annotation .jsonld file.")
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

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = file.getFileName().toString();
        try {
            Document d;
            ImportedAnalysis imported;
            if (name.endsWith(".ann")) {
                Path txt = text != null ? text : file.resolveSibling(name.substring(0, name.length() - 4) + ".txt");
                // The source is the key the window and analyze find the document by: its absolute path.
                d = loader.load(txt.toAbsolutePath().normalize());
                String raw = Files.readString(txt, StandardCharsets.UTF_8).replace("\r\n", "\n");
                if (!raw.equals(d.text())) {
                    return fail(err, txt + " is not in Lector's normalized form, so the .ann offsets cannot be "
                            + "trusted against it");
                }
                imported = BratReader.read(d.text(), Files.readString(file, StandardCharsets.UTF_8), Instant.now());
            } else if (name.endsWith(".jsonld") || name.endsWith(".json")) {
                imported = WebAnnotationReader.read(Files.readString(file, StandardCharsets.UTF_8));
                Path article = text != null ? text : resolveSource(imported.source());
                if (article == null) {
                    return fail(err, "cannot find the article " + imported.source() + "; name it with --text");
                }
                d = loader.load(article.toAbsolutePath().normalize());
                if (!imported.sha256().isEmpty() && !imported.sha256().equals(d.sha256())) {
                    return fail(err, article + " has changed since the export (its SHA-256 differs), so the offsets "
                            + "no longer fit");
                }
            } else {
                return fail(err, file + ": expected a brat .ann or a Web Annotation .jsonld file");
            }
            checkSpans(imported.analysis(), d);
            Path db = LibraryOption.given(spec);
            try (Library library = LibraryOption.open(db != null ? db : Library.defaultPath(), err)) {
                int[] n = store(library, d, imported.analysis());
                PrintWriter out = spec.commandLine().getOut();
                out.printf("imported %d mentions, %d quotes, %d notes and %d fact checks into %s%n", n[0], n[1], n[2],
                        n[3], library.file());
                out.flush();
            }
            return 0;
        } catch (IngestException | ImportException e) {
            return fail(err, e.getMessage());
        } catch (IOException e) {
            return fail(err, "could not read " + file + ": " + e.getMessage());
        } catch (StoreException | CompletionException e) {
            // A library that cannot be used is exit code 3 for every command, not a bad input.
            int library = LibraryOption.report(e, err);
            return library >= 0 ? library : Failures.failed(err, "import", file, e);
        }
    }

    private Path resolveSource(String source) {
        if (source.isEmpty()) {
            return null;
        }
        for (Path p : List.of(Path.of(source), file.toAbsolutePath().resolveSibling(source))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private static void checkSpans(Analysis a, Document d) throws ImportException {
        for (EntityMention m : a.entities()) {
            if (m.span().end() > d.length() || !m.span().of(d.text()).equals(m.text())) {
                throw new ImportException("mention " + m.id() + " (\"" + m.text() + "\") does not match the article "
                        + "text at " + m.span().start() + "-" + m.span().end());
            }
        }
        for (Quote q : a.quotes()) {
            if (q.span().end() > d.length()) {
                throw new ImportException("quote " + q.id() + " lies outside the article");
            }
        }
        for (Note n : a.notes()) {
            if (n.span() != null && n.span().end() > d.length()) {
                throw new ImportException("note " + n.id() + " lies outside the article");
            }
        }
    }

    /**
     * Writes what the library lacks: what the reader sees of the article now ({@link Reading#recorded}, without
     * running the engine) is not added again. Returns the counts of mentions, quotes, notes and fact checks added.
     */
    static int[] store(Library library, Document d, Analysis in) {
        Article article;
        try (CoreNlpEngine unused = new CoreNlpEngine()) {
            // The engine is never built here: only its version is asked, to find its cached analysis.
            article = new Reading(unused).recorded(d, library);
        }
        long v = article.place().versionId();
        Analysis current = article.analysis();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        int[] n = new int[4];
        Map<String, Span> firstOfCluster = new HashMap<>();
        for (EntityMention m : in.entities()) {
            Span joins = m.clusterId() == null ? null : firstOfCluster.get(m.clusterId());
            if (m.clusterId() != null) {
                firstOfCluster.putIfAbsent(m.clusterId(), m.span());
            }
            boolean present = current.entities().stream()
                    .anyMatch(e -> e.span().equals(m.span()) && e.type() == m.type());
            if (!present) {
                // Mentions are added in order, so the one a cluster joins is committed before it is referred to.
                library.annotations().addEntity(v, m.span(), m.type(), m.subtype(), joins).join();
                n[0]++;
            }
        }
        for (Quote q : in.quotes()) {
            boolean present = current.quotes().stream().anyMatch(e -> e.span().equals(q.span()));
            if (!present) {
                pending.add(library.annotations().addQuote(v, q.span(), q.kind(),
                        q.speakerId() == null ? null : firstOfCluster.get(q.speakerId()), q.speakerName(), q.cue()));
                n[1]++;
            }
        }
        for (Note note : in.notes()) {
            boolean present = current.notes().stream()
                    .anyMatch(e -> Objects.equals(e.span(), note.span()) && e.text().equals(note.text()));
            if (!present) {
                pending.add(library.annotations().addNote(v, note.span(), note.text()));
                n[2]++;
            }
        }
        for (Fact f : in.facts()) {
            if (f.status() == FactStatus.UNCHECKED && f.evidence().isEmpty()) {
                continue;
            }
            current.facts().stream().filter(e -> e.span().equals(f.span())).findFirst().ifPresent(e -> {
                if (e.status() != f.status() || !e.evidence().equals(f.evidence())
                        || !e.evidenceUrl().equals(f.evidenceUrl())) {
                    pending.add(library.annotations().setFactStatus(v, e, f.status(), f.evidence(), f.evidenceUrl()));
                    n[3]++;
                }
            });
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return n;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("lector import: " + message);
        err.flush();
        return LectorCommand.EXIT_BAD_INPUT;
    }
}

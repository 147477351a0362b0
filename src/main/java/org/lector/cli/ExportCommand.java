package org.lector.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import org.lector.export.ExportFile;
import org.lector.export.ExportFormat;
import org.lector.export.ExportInput;
import org.lector.export.ExportProgress;
import org.lector.ingest.DocumentLoader;
import org.lector.ingest.IngestException;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.Quote;
import org.lector.model.Span;
import org.lector.nlp.AnalysisEngine;
import org.lector.nlp.CancellationToken;
import org.lector.nlp.EngineOptions;
import org.lector.store.DocumentVersionRef;
import org.lector.store.Library;
import org.lector.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lector export FILE --format md|html|jsonld|brat|conll|csv [--out PATH] [--db PATH]}. Without {@code --db}
 * the file is analysed afresh; with it, the library's cached analysis and the reader's edits are exported. Output
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

    public ExportCommand() {
        this(new DocumentLoader());
    }

    public ExportCommand(DocumentLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat f;
        try {
            f = ExportFormat.fromId(format);
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
        Document d;
        try {
            d = loader.load(file);
        } catch (IngestException e) {
            return fail(err, e.getMessage());
        }
        List<ExportFile> files;
        try (AnalysisEngine engine = new AnalysisEngine(EngineOptions.defaults())) {
            // --db (inherited from the top command): the library's cached analysis with the reader's edits;
            // without it the article is analysed afresh.
            Path db = LibraryOption.given(spec);
            Analysis a = db == null ? engine.analyze(d, CancellationToken.none()) : fromLibrary(d, engine, db, err);
            List<Span> tokens = f == ExportFormat.CONLL ? engine.tokens(d, CancellationToken.none()) : List.of();
            files = f.export(new ExportInput(d, a, tokens, Instant.now()), ExportProgress.NONE);
        } catch (StoreException | CompletionException e) {
            // A library that cannot be used is exit code 3 for every command, not a bad input.
            int library = LibraryOption.report(e, err);
            return library >= 0 ? library : Failures.failed(err, "export", file, e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Failures.failed(err, "export", file, e);
        }
        try {
            if (f == ExportFormat.BRAT) {
                return writeBrat(files, err);
            }
            if (out == null) {
                PrintWriter o = spec.commandLine().getOut();
                o.print(files.get(0).content());
                o.flush();
                Failures.checkWritten(o, "export");
            } else {
                Files.writeString(out, files.get(0).content(), StandardCharsets.UTF_8);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return fail(err, "could not write " + e.getFile() + ": its folder does not exist");
        } catch (IOException e) {
            return fail(err, "could not write " + (out == null ? "the export" : out) + ": " + e.getMessage());
        }
        return 0;
    }

    private Analysis fromLibrary(Document d, AnalysisEngine engine, Path db, PrintWriter err) {
        try (Library library = LibraryOption.open(db, err)) {
            DocumentVersionRef ref = library.documents().importDocument(d).join();
            Analysis auto = library.analysisCache().cached(ref.versionId(), AnalysisEngine.pipelineVersion())
                    .orElse(null);
            if (auto == null) {
                auto = engine.analyze(d, CancellationToken.none());
                library.analysisCache().put(ref.versionId(), AnalysisEngine.pipelineVersion(), auto).join();
            }
            return withoutShadowedAuto(library.annotations().effective(ref.versionId(), auto));
        }
    }

    /**
     * Drops automatic mentions and quotes that a user record repeats on the same span (and type, for mentions),
     * as happens after {@code lector import} of annotations that the engine also finds: the reader's copy wins and
     * nothing is exported twice. Clusters lose the dropped ids; a cluster left empty goes.
     */
    static Analysis withoutShadowedAuto(Analysis a) {
        java.util.Map<String, EntityMention> userAt = new java.util.HashMap<>();
        java.util.Set<Span> userQuotes = new java.util.HashSet<>();
        a.entities().stream().filter(m -> !m.provenance().isAuto()).forEach(m -> userAt.putIfAbsent(key(m), m));
        a.quotes().stream().filter(q -> !q.provenance().isAuto()).forEach(q -> userQuotes.add(q.span()));
        if (userAt.isEmpty() && userQuotes.isEmpty()) {
            return a;
        }
        java.util.Map<String, Integer> clusterSizes = new java.util.HashMap<>();
        a.clusters().forEach(c -> clusterSizes.put(c.id(), c.mentionIds().size()));
        // auto id -> the user mention that replaces it; a user mention alone in its cluster takes the auto one's
        java.util.Map<String, EntityMention> replacedBy = new java.util.HashMap<>();
        java.util.Set<String> absorbedClusters = new java.util.HashSet<>();
        for (EntityMention m : a.entities()) {
            EntityMention u = m.provenance().isAuto() ? userAt.get(key(m)) : null;
            if (u != null) {
                boolean alone = u.clusterId() == null || clusterSizes.getOrDefault(u.clusterId(), 0) <= 1;
                if (alone && m.clusterId() != null) {
                    if (u.clusterId() != null) {
                        absorbedClusters.add(u.clusterId());
                    }
                    u = new EntityMention(u.id(), u.span(), u.text(), u.type(), u.subtype(), u.form(), m.clusterId(),
                            u.provenance());
                    userAt.put(key(m), u);
                }
                replacedBy.put(m.id(), u);
            }
        }
        List<EntityMention> mentions = new java.util.ArrayList<>();
        for (EntityMention m : a.entities()) {
            if (replacedBy.containsKey(m.id())) {
                continue;
            }
            EntityMention u = m.provenance().isAuto() ? null : userAt.get(key(m));
            mentions.add(u != null && u.id().equals(m.id()) ? u : m);
        }
        List<EntityCluster> clusters = new java.util.ArrayList<>();
        for (EntityCluster c : a.clusters()) {
            if (absorbedClusters.contains(c.id())) {
                continue;
            }
            List<String> ids = new java.util.ArrayList<>();
            for (String id : c.mentionIds()) {
                EntityMention u = replacedBy.get(id);
                if (u == null) {
                    ids.add(id);
                } else if (c.id().equals(u.clusterId()) && !c.mentionIds().contains(u.id()) && !ids.contains(u.id())) {
                    ids.add(u.id());
                }
            }
            if (!ids.isEmpty()) {
                clusters.add(new EntityCluster(c.id(), c.name(), c.type(), ids));
            }
        }
        List<Quote> quotes = a.quotes().stream()
                .filter(q -> !q.provenance().isAuto() || !userQuotes.contains(q.span())).toList();
        return new Analysis(a.pipelineVersion(), mentions, clusters, quotes, a.facts(), a.notes());
    }

    private static String key(EntityMention m) {
        return m.span().start() + ":" + m.span().end() + ":" + m.type().id();
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
        Files.writeString(txt, files.get(0).content(), StandardCharsets.UTF_8);
        Files.writeString(ann, files.get(1).content(), StandardCharsets.UTF_8);
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

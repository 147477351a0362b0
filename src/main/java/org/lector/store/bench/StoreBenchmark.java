package org.lector.store.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.store.AnnotationRef;
import org.lector.store.Library;

/**
 * Measures what issue "Store" asks for: edit commit latency (p50, p99) under both durability settings, the time
 * from opening a library to an effective analysis for a document with 50,000 annotations, and the file size per
 * 1,000 annotations. Works in a temporary directory it deletes afterwards.
 */
public final class StoreBenchmark {

    private final Path workDir;
    private final Path longText;
    private final int edits;

    /**
     * @param workDir where temporary libraries go (put it on the disk you care about; tmpfs hides fsync cost)
     * @param longText a long text to annotate (War and Peace in the corpus), or null for a generated one
     * @param edits how many edits to time per durability setting
     */
    public StoreBenchmark(Path workDir, Path longText, int edits) {
        this.workDir = workDir;
        this.longText = longText;
        this.edits = edits;
    }

    /** Runs every measurement and prints one line per figure. */
    public void run(PrintStream out) throws IOException {
        Path dir = Files.createTempDirectory(workDir, "lector-bench");
        try {
            sampleArticle(dir.resolve("sample.db"), out);
            for (Library.Durability d : Library.Durability.values()) {
                commitLatency(dir.resolve("latency-" + d + ".db"), d, out);
            }
            largeDocument(dir.resolve("large.db"), out);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void commitLatency(Path file, Library.Durability durability, PrintStream out) {
        String text = "Leaders met in Paris on Thursday to discuss the war. ".repeat(200);
        try (Library lib = Library.open(file, durability)) {
            long v = lib.documents().importDocument(doc("/bench.txt", text)).join().versionId();
            int warmup = Math.min(200, edits / 10);
            long[] nanos = new long[edits];
            for (int i = -warmup; i < edits; i++) {
                int start = Math.floorMod(i * 53, text.length() - 20);
                long t0 = System.nanoTime();
                // alternate the two common edits: a note (with its FTS row) and a new entity
                if ((i & 1) == 0) {
                    lib.annotations().addNote(v, new Span(start, start + 6), "note " + i).join();
                } else {
                    lib.annotations().addEntity(v, new Span(start, start + 5), EntityType.PLACE, "", null).join();
                }
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - t0;
                }
            }
            Arrays.sort(nanos);
            out.printf("commit latency (%s, %d edits, submit to commit): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    durability, edits, ms(nanos[edits / 2]), ms(nanos[(int) (edits * 0.99)]), ms(nanos[edits - 1]));
        }
    }

    /** The reopen goal (150 ms from open to highlights) on an article-sized text, first thing in a cold JVM. */
    private void sampleArticle(Path file, PrintStream out) throws IOException {
        String text = "French President Emmanuel Macron met allies in Paris on Thursday. ".repeat(70);
        Analysis auto = syntheticAnalysis(text, 150);
        try (Library lib = Library.open(file)) {
            long v = lib.documents().importDocument(doc("/sample.txt", text)).join().versionId();
            lib.analysisCache().put(v, "bench-1", auto).join();
            lib.annotations().reject(v, AnnotationRef.of(auto.entities().get(3))).join();
            lib.annotations().addNote(v, auto.entities().get(5).span(), "check").join();
        }
        long t0 = System.nanoTime();
        try (Library lib = Library.open(file)) {
            var stored = lib.documents().findBySource("/sample.txt").orElseThrow();
            Analysis eff = lib.annotations().effective(stored.versionId(),
                    lib.analysisCache().latest(stored.versionId()).orElseThrow());
            out.printf("reopen sample-sized article (%d chars, %d annotations), open to effective analysis: %.1f ms%n",
                    stored.document().length(), eff.entities().size() + eff.quotes().size() + eff.facts().size()
                            + eff.notes().size(), ms(System.nanoTime() - t0));
        }
    }

    private void largeDocument(Path file, PrintStream out) throws IOException {
        String text = longText != null && Files.isReadable(longText)
                ? Files.readString(longText, StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r\n", "\n")
                : "Pierre went to Moscow with Natasha and Prince Andrew in 1812. ".repeat(50_000);
        String source = longText != null ? longText.toString() : "/generated.txt";
        long versionId;
        try (Library lib = Library.open(file, Library.Durability.NORMAL)) {
            versionId = lib.documents().importDocument(doc(source, text)).join().versionId();
        }
        long sizeDoc = Files.size(file);

        Analysis auto = syntheticAnalysis(text, 50_000);
        try (Library lib = Library.open(file, Library.Durability.NORMAL)) {
            lib.analysisCache().put(versionId, "bench-1", auto).join();
        }
        long sizeAuto = Files.size(file);

        int userEdits = 5_000;
        long t0 = System.nanoTime();
        try (Library lib = Library.open(file, Library.Durability.NORMAL)) {
            for (int i = 0; i < userEdits; i++) {
                EntityMention m = auto.entities().get(i * 7);
                switch (i % 4) {
                    case 0 -> lib.annotations().reject(versionId, AnnotationRef.of(m));
                    case 1 -> lib.annotations().retype(versionId, m, EntityType.ORGANIZATION, "");
                    case 2 -> lib.annotations().addNote(versionId, m.span(), "note on " + m.text());
                    default -> lib.annotations().addEntity(versionId,
                            new Span(m.span().end() + 1, m.span().end() + 4), EntityType.MISC, "", m.span());
                }
            }
            lib.flush().join();
        }
        double editSeconds = (System.nanoTime() - t0) / 1e9;
        long sizeUser = Files.size(file);

        // Twice: the first open pays for class loading and a cold JIT, as the first article after start-up does.
        for (String run : new String[] {"cold", "second", "third"}) {
            long open0 = System.nanoTime();
            try (Library lib = Library.open(file)) {
                long a = System.nanoTime();
                Document d = lib.documents().version(versionId).orElseThrow().document();
                long b = System.nanoTime();
                Analysis cached = lib.analysisCache().cached(versionId, "bench-1").orElseThrow();
                long c = System.nanoTime();
                Analysis eff = lib.annotations().effective(versionId, cached);
                long e = System.nanoTime();
                int shown = eff.entities().size() + eff.quotes().size() + eff.facts().size() + eff.notes().size();
                out.printf("load (%s) %d-char document with %d cached + %d user annotations: %.0f ms "
                                + "(open %.0f, text %.0f, cache %.0f, user edits applied %.0f); %d shown%n",
                        run, d.length(), auto.entities().size() + auto.quotes().size() + auto.facts().size(),
                        userEdits, ms(e - open0), ms(a - open0), ms(b - a), ms(c - b), ms(e - c), shown);
            }
        }
        out.printf("%d user edits queued and committed (NORMAL) in %.1f s%n", userEdits, editSeconds);
        out.printf("size: document %d KB; per 1,000 cached annotations %d KB; per 1,000 user edits %d KB%n",
                sizeDoc / 1024, (sizeAuto - sizeDoc) / 50 / 1024, (sizeUser - sizeAuto) / (userEdits / 1000) / 1024);
    }

    /** Mentions every few words, grouped into clusters of ten, plus one quote and one fact per eight mentions. */
    static Analysis syntheticAnalysis(String text, int total) {
        List<EntityMention> entities = new ArrayList<>();
        List<EntityCluster> clusters = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        int mentions = total * 8 / 10;
        int step = Math.max(8, text.length() / (mentions + 1));
        List<String> clusterMentions = new ArrayList<>();
        for (int i = 0; i < mentions; i++) {
            int start = i * step;
            Span s = new Span(start, Math.min(text.length(), start + 6));
            String cluster = "c" + (i / 10);
            entities.add(new EntityMention("m" + i, s, s.of(text), EntityType.values()[i % 9], "", MentionForm.NAME,
                    cluster, Provenance.auto("bench", 0.9)));
            clusterMentions.add("m" + i);
            if (clusterMentions.size() == 10 || i == mentions - 1) {
                clusters.add(new EntityCluster(cluster, s.of(text), EntityType.PERSON, clusterMentions));
                clusterMentions = new ArrayList<>();
            }
        }
        int others = (total - mentions) / 2;
        int qstep = Math.max(40, text.length() / (others + 1));
        for (int i = 0; i < others; i++) {
            Span s = new Span(i * qstep, Math.min(text.length(), i * qstep + 30));
            quotes.add(new Quote("q" + i, s, s.of(text), QuoteKind.DIRECT, "c" + (i % clusters.size()), "",
                    null, "", Provenance.auto("bench", 0.8)));
            facts.add(new Fact("f" + i, s, s.of(text), "s", "p", "o", List.of(), null, null, "", 0.5,
                    FactStatus.UNCHECKED, "", "", Provenance.auto("bench", 0.7)));
        }
        return new Analysis("bench-1", entities, clusters, quotes, facts, List.of());
    }

    private static Document doc(String source, String text) {
        try {
            String sha = HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            return new Document("Benchmark", text, source, DocumentFormat.TEXT, "UTF-8", sha, null);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Not used by the application; lets the benchmark run before the CLI wires it: ARGS = [workDir [text]]. */
    static void checkedRun(PrintStream out, String... args) {
        try {
            Path work = args.length > 0 ? Path.of(args[0]) : Path.of(System.getProperty("java.io.tmpdir"));
            Path text = args.length > 1 ? Path.of(args[1]) : null;
            new StoreBenchmark(work, text, 2_000).run(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.lector.reading.bench;

import java.io.IOException;
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
import org.lector.model.AnnotationRef;
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
import org.lector.overlay.Overlay;
import org.lector.store.Library;

/**
 * Measures what issue "Store" asks for: edit commit latency (p50, p99) under both durability settings, the time
 * from opening a library to an effective analysis for a document with 50,000 annotations, and the file size per
 * 1,000 annotations. Works in a temporary directory it deletes afterwards, and returns the figures as a
 * {@link Report}; the CLI's {@code lector bench store} prints them.
 */
public final class StoreBenchmark {

    /** The annotation count of the large-document figure. */
    public static final int DEFAULT_ANNOTATIONS = 50_000;

    /** Edit commit latency under one durability setting, from submit to committed. */
    public record Latency(Library.Durability durability, int edits, double p50Ms, double p99Ms, double maxMs) {
    }

    /**
     * One load of the large document: open the library, read the text, parse the cached analysis, apply the
     * user's edits.
     *
     * @param run {@code cold} (first in this JVM: class loading, cold JIT), {@code second}, {@code third}
     */
    public record Load(String run, double totalMs, double openMs, double textMs, double cacheMs, double applyMs,
            int shown) {
    }

    /**
     * Every figure of one run.
     *
     * @param reopenMs            an article-sized document, open to effective analysis, first in the JVM
     * @param documentLength      characters of the large document
     * @param cachedAnnotations   automatic annotations cached for it
     * @param userEdits           user edits made on top of them
     * @param userEditSeconds     time to queue and commit the user edits ({@code NORMAL})
     * @param documentBytes       library size with the document alone (text and full-text index)
     * @param bytesPer1000Cached  growth per 1,000 cached annotations
     * @param bytesPer1000User    growth per 1,000 user edits
     */
    public record Report(double reopenMs, int reopenLength, int reopenAnnotations, List<Latency> latencies,
            int documentLength, int cachedAnnotations, int userEdits, List<Load> loads, double userEditSeconds,
            long documentBytes, long bytesPer1000Cached, long bytesPer1000User) {
    }

    private final Path workDir;
    private final Path longText;
    private final int edits;
    private final int annotations;

    /**
     * @param workDir where temporary libraries go (put it on the disk you care about; tmpfs hides fsync cost)
     * @param longText a long text to annotate (War and Peace in the corpus), or null for a generated one
     * @param edits how many edits to time per durability setting
     * @param annotations how many automatic annotations the large document gets; a tenth as many user edits
     */
    public StoreBenchmark(Path workDir, Path longText, int edits, int annotations) {
        if (edits < 10 || annotations < 1_000) {
            throw new IllegalArgumentException("at least 10 edits and 1,000 annotations");
        }
        this.workDir = workDir;
        this.longText = longText;
        this.edits = edits;
        this.annotations = annotations;
    }

    /** Runs every measurement. */
    public Report run() throws IOException {
        Path dir = Files.createTempDirectory(workDir, "lector-bench");
        try {
            double[] reopen = sampleArticle(dir.resolve("sample.db"));
            List<Latency> latencies = new ArrayList<>();
            for (Library.Durability d : Library.Durability.values()) {
                latencies.add(commitLatency(dir.resolve("latency-" + d + ".db"), d));
            }
            return largeDocument(dir.resolve("large.db"), reopen, latencies);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private Latency commitLatency(Path file, Library.Durability durability) {
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
            return new Latency(durability, edits, ms(nanos[edits / 2]), ms(nanos[(int) (edits * 0.99)]),
                    ms(nanos[edits - 1]));
        }
    }

    /**
     * The reopen goal (150 ms from open to highlights) on an article-sized text, first thing in a cold JVM.
     *
     * @return milliseconds, length, annotations shown
     */
    private double[] sampleArticle(Path file) throws IOException {
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
            Analysis eff = Overlay.apply(lib.analysisCache().latest(stored.versionId()).orElseThrow(),
                    lib.annotations().records(stored.versionId()));
            return new double[] {ms(System.nanoTime() - t0), stored.document().length(), count(eff)};
        }
    }

    private static int count(Analysis a) {
        return a.entities().size() + a.quotes().size() + a.facts().size() + a.notes().size();
    }

    private Report largeDocument(Path file, double[] reopen, List<Latency> latencies) throws IOException {
        String text = longText != null && Files.isReadable(longText)
                ? Files.readString(longText, StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r\n", "\n")
                : "Pierre went to Moscow with Natasha and Prince Andrew in 1812. ".repeat(50_000);
        String source = longText != null ? longText.toString() : "/generated.txt";
        long versionId;
        try (Library lib = Library.open(file, Library.Durability.NORMAL)) {
            versionId = lib.documents().importDocument(doc(source, text)).join().versionId();
        }
        long sizeDoc = Files.size(file);

        Analysis auto = syntheticAnalysis(text, annotations);
        try (Library lib = Library.open(file, Library.Durability.NORMAL)) {
            lib.analysisCache().put(versionId, "bench-1", auto).join();
        }
        long sizeAuto = Files.size(file);

        int userEdits = annotations / 10;
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

        // Three times: the first open pays for class loading and a cold JIT, as the first article after start-up
        // does; the others show what a warm application pays.
        List<Load> loads = new ArrayList<>();
        for (String run : new String[] {"cold", "second", "third"}) {
            long open0 = System.nanoTime();
            try (Library lib = Library.open(file)) {
                long a = System.nanoTime();
                lib.documents().version(versionId).orElseThrow().document();
                long b = System.nanoTime();
                Analysis cached = lib.analysisCache().cached(versionId, "bench-1").orElseThrow();
                long c = System.nanoTime();
                Analysis eff = Overlay.apply(cached, lib.annotations().records(versionId));
                long e = System.nanoTime();
                loads.add(new Load(run, ms(e - open0), ms(a - open0), ms(b - a), ms(c - b), ms(e - c), count(eff)));
            }
        }
        return new Report(reopen[0], (int) reopen[1], (int) reopen[2], latencies, text.length(), count(auto),
                userEdits, loads, editSeconds, sizeDoc, (sizeAuto - sizeDoc) * 1000 / count(auto),
                (sizeUser - sizeAuto) * 1000 / userEdits);
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
}

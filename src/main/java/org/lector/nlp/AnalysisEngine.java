package org.lector.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.EntityValue;
import org.lector.model.Provenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lector's analysis engine, in two tiers. Tier 1 ({@link #analyzeNames}) finds sentences, tokens and the persons,
 * places and organizations a names-only pipeline knows, which loads in about a second; tier 2 ({@link #analyze})
 * runs the full pipeline (titles, nationalities, dates, numbers, money) and adds clusters, quotes with speakers and
 * ranked facts.
 *
 * <p>Constructing an engine is cheap; the models load on the first analysis, or earlier in the background with
 * {@link #warmUp}: the names pipeline first, then the full one. One engine serves any number of threads. Every call
 * takes a {@link CancellationToken}: a cancelled analysis throws {@link CancellationException} instead of
 * returning, so a stale result never reaches the caller. The result always belongs to the document passed in;
 * nothing is shared between documents except a one-entry cache that lets the calls after {@link #analyze} reuse
 * the tokens and names it just computed for the same text.
 */
public final class AnalysisEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisEngine.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    // Bumped when the rules change what the engine finds (3: decision 0010 and entity names; 4: a heading's Roman
    // numeral is no name; 5: quotes and speakers of decision 0014, values on dates, money and quantities; 6: the
    // reported clause's bounds and fewer scare quotes, decision 0014 amended; 7: titles in quotation marks are names,
    // not quotes, and scare quotes only where nobody is reported saying them; 8: nicknames, headings and inch marks
    // are no quotes, and what somebody calls somebody is their words; 9: dates read against the date the text named
    // before them, DateAnchors, and the quote-kind model of decision 0026 with "the tanker" no person; 10: a
    // fact's object stops before the reporting clause closing its sentence, whose speaker is its source), so cached
    // analyses are recomputed.
    private static final String VERSION = "corenlp-4.5.10+lector-10";

    /**
     * Added to the version of a names-only analysis ({@link #analyzeNamesOnly}), so a library caches it apart from a
     * full one and a reader of the JSON sees what it holds.
     */
    public static final String NAMES_ONLY = "+names-only";

    /**
     * The longest text analysed in one piece: about a million characters (a long novel is three), whose working
     * data (tokens, tags, CoreNLP's annotations of a chunk) stays well inside the heap beside the models.
     */
    public static final int VOLUME_CHARS = 1_000_000;

    private final EngineOptions options;
    private final int volumeChars;
    private final ExecutorService workers;
    private final CompletableFuture<CoreNlpPipeline> names = new CompletableFuture<>();
    private final CompletableFuture<CoreNlpPipeline> full = new CompletableFuture<>();
    private final AtomicBoolean loadStarted = new AtomicBoolean();
    private final AtomicLong loadCpuNanos = new AtomicLong();
    /** Tier-1 analyses running now; the full pipeline's load waits for them ({@link #afterNamesTier}). */
    final AtomicInteger namesRunning = new AtomicInteger();
    /** Whether the full pipeline's load has started; read by the engine's tests. */
    volatile boolean fullLoadStarted;
    private volatile Cached cached;

    private record Cached(String text, LocalDate date, TextLayer layer, List<Mention> mentions) {
    }

    public AnalysisEngine(EngineOptions options) {
        this(options, VOLUME_CHARS);
    }

    /** With volumes of {@code volumeChars}, so tests can meet volumes without analysing a million characters. */
    AnalysisEngine(EngineOptions options, int volumeChars) {
        this.options = Objects.requireNonNull(options, "options");
        this.volumeChars = volumeChars;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(options.workers(), r -> {
            Thread t = new Thread(r, "lector-nlp-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The engine and configuration that produced an analysis, stored with cached results. */
    public static String pipelineVersion() {
        return VERSION;
    }

    /**
     * Starts loading the models on {@code executor}, the names pipeline first; completes when the full pipeline is
     * loaded. Calling it again is free. From then on {@link #analyze} gives tier-1 names while the full pipeline is
     * still loading. The full pipeline's load waits for the tier-1 analyses running then: on two cores its threads took
     * the names tier's cores, and tier 2 starts only after tier 1 anyway (decision 0034).
     */
    public CompletableFuture<Void> warmUp(Executor executor) {
        if (loadStarted.compareAndSet(false, true)) {
            executor.execute(() -> {
                loadNames();
                afterNamesTier();
                loadFull();
            });
        }
        return full.thenApply(p -> null);
    }

    /**
     * {@link #warmUp(Executor)} on a daemon thread of the engine's own, for a caller without a pool of its own (the
     * command line's {@code bench nlp}, which times the load as the window starts it).
     */
    public CompletableFuture<Void> warmUp() {
        return warmUp(command -> {
            Thread t = new Thread(command, "lector-model-loader");
            t.setDaemon(true);
            t.start();
        });
    }

    /** Completes when tier 1 can run: the names pipeline is loaded (with {@link EngineOptions#stockModels}, all). */
    public CompletableFuture<Void> namesReady() {
        return names.thenApply(p -> null);
    }

    /**
     * The CPU time the threads that loaded the models have spent on it so far, in ms (without the JIT's and the
     * collector's threads): what a load costs on a machine whose other core is busy.
     */
    public long modelLoadCpuMillis() {
        return loadCpuNanos.get() / 1_000_000;
    }

    /** Runs {@code load} and returns what it gives, adding the CPU time it takes to {@link #modelLoadCpuMillis}. */
    private <T> T counted(Supplier<T> load) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        try {
            return load.get();
        } finally {
            loadCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - t0);
        }
    }

    /** The longest the full pipeline's load waits for tier 1 (the sample's took 0.3-2 s on the 2-core machine). */
    static final long NAMES_TIER_FIRST_MS = 3_000;

    /** Returns when no tier-1 analysis runs, or {@link #NAMES_TIER_FIRST_MS} from now. */
    private void afterNamesTier() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(NAMES_TIER_FIRST_MS);
        synchronized (namesRunning) {
            long left;
            while (namesRunning.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(namesRunning, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private synchronized void loadNames() {
        if (names.isDone()) {
            return;
        }
        try {
            if (options.stockModels()) {
                CoreNlpPipeline p = counted(() -> CoreNlpPipeline.load(CoreNlpPipeline.stockProperties(),
                        "full (stock models)"));
                names.complete(p);
                full.complete(p);
            } else {
                names.complete(counted(() -> CoreNlpPipeline.load(CoreNlpPipeline.namesProperties(), "names")));
            }
        } catch (RuntimeException | Error e) {
            failed(e);
        }
    }

    private synchronized void loadFull() {
        fullLoadStarted = true;
        if (options.stockModels()) {
            loadNames(); // one pipeline, both tiers
            return;
        }
        if (full.isDone()) {
            return;
        }
        Properties properties = CoreNlpPipeline.properties();
        Thread ner = new Thread(() -> counted(() -> {
            try {
                CoreNlpPipeline.prebuildNer(properties);
            } catch (RuntimeException | Error e) {
                // The pipeline builds the annotator itself then, and reports what goes wrong.
                LOG.debug("NER annotator not built ahead", e);
            }
            return null;
        }), "lector-model-loader-ner");
        ner.setDaemon(true);
        ner.start();
        try {
            CoreNlpPipeline p = counted(() -> CoreNlpPipeline.load(properties, "full"));
            ner.join(); // done by now: the pipeline took its annotator; its CPU time is counted then
            full.complete(p);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(e);
        } catch (RuntimeException | Error e) {
            failed(e);
        }
    }

    private void failed(Throwable e) {
        LOG.error("CoreNLP models failed to load", e);
        names.completeExceptionally(e);
        full.completeExceptionally(e);
    }

    /** The loaded full pipeline, loading it first if no one has; for the engine's own tests too. */
    CoreNlpPipeline pipeline(CancellationToken cancel) {
        return await(full, this::loadFull, cancel);
    }

    /**
     * {@code pipeline} once it is loaded. Without a {@link #warmUp} the calling thread loads it; with one, it waits
     * for the loading thread, looking at {@code cancel} meanwhile.
     */
    private CoreNlpPipeline await(CompletableFuture<CoreNlpPipeline> pipeline, Runnable load,
            CancellationToken cancel) {
        if (!loadStarted.get()) {
            load.run();
        }
        while (true) {
            cancel.throwIfCancelled();
            try {
                return pipeline.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still loading; look at the token again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while models load");
            } catch (ExecutionException e) {
                throw new IllegalStateException("CoreNLP models failed to load", e.getCause());
            }
        }
    }

    /**
     * Tier 1: persons, places and organizations from the names pipeline, typed and with their form; no clusters,
     * quotes or facts. Tier 2 refines these names and adds others; {@code TiersTest} says how the two relate.
     */
    public Analysis analyzeNames(Document document, CancellationToken cancel) {
        Analysis[] names = new Analysis[1];
        namesTier(document, cancel, a -> names[0] = a);
        return names[0];
    }

    /** {@link #analyzeNames} to {@code onNames}, which runs before a full pipeline's load waiting for it starts. */
    private void namesTier(Document document, CancellationToken cancel, Consumer<Analysis> onNames) {
        String text = document.text();
        long t0 = System.nanoTime();
        namesRunning.incrementAndGet();
        try {
            TextLayer layer = await(names, this::loadNames, cancel).annotate(text, articleDate(document), workers,
                    options.chunkFor(text.length()), cancel);
            cancel.throwIfCancelled();
            List<Mention> mentions = MentionFinder.find(text, layer);
            LOG.debug("tier 1: {} tokens, {} mentions in {} ms", layer.tokens().size(), mentions.size(),
                    (System.nanoTime() - t0) / 1_000_000);
            onNames.accept(new Analysis(VERSION, toEntities(mentions, null, layer), List.of(), List.of(), List.of(),
                    List.of()));
        } finally {
            namesRunning.decrementAndGet();
            synchronized (namesRunning) {
                namesRunning.notifyAll();
            }
        }
    }

    /**
     * The names tier over the whole of {@code document}: persons, places and organizations from the names pipeline,
     * in volumes as {@link #analyze} cuts a long text, telling {@code progress} after each chunk; no clusters, quotes,
     * facts, dates or numbers. A tenth to a twentieth of the full analysis's cost per token, the rest of which is
     * CoreNLP's own (SUTime alone is two thirds); the command line gives it to texts far longer than any novel
     * (docs/decisions/0018-names-only-past-a-budget.md). Its version ends with {@link #NAMES_ONLY}.
     */
    public Analysis analyzeNamesOnly(Document document, CancellationToken cancel, AnalysisProgress progress) {
        String text = document.text();
        LocalDate date = articleDate(document);
        List<int[]> volumes = EngineText.chunk(text, volumeChars);
        CoreNlpPipeline.Counter counter = new CoreNlpPipeline.Counter(progress, chunksIn(text, volumes));
        CoreNlpPipeline pipeline = await(names, this::loadNames, cancel);
        String version = VERSION + NAMES_ONLY;
        Analysis[] parts = new Analysis[volumes.size()];
        for (int i = 0; i < volumes.size(); i++) {
            int[] v = volumes.get(i);
            String volume = text.substring(v[0], v[1]);
            TextLayer layer = pipeline.annotate(volume, date, workers, options.chunkFor(volume.length()), cancel,
                    counter);
            cancel.throwIfCancelled();
            Analysis a = new Analysis(version, toEntities(MentionFinder.find(volume, layer), null, layer), List.of(),
                    List.of(), List.of(), List.of());
            parts[i] = volumes.size() == 1 ? a : AnalysisParts.shift(a, v[0], "v" + (i + 1) + "-");
        }
        return parts.length == 1 ? parts[0] : AnalysisParts.merge(version, parts);
    }

    /** The chunks the engine cuts {@code volumes} of {@code text} into, for a progress count. */
    private int chunksIn(String text, List<int[]> volumes) {
        int chunks = 0;
        for (int[] v : volumes) {
            chunks += CoreNlpPipeline.chunk(text.substring(v[0], v[1]), options.chunkFor(v[1] - v[0])).size();
        }
        return chunks;
    }

    /**
     * The full pipeline's names as plain spans with CoreNLP's normalized values, for evaluation and benchmarks.
     * Reuses the result of the last call for the same text.
     */
    public List<NamedSpan> names(Document document, CancellationToken cancel) {
        Cached c = fullLayer(document, cancel);
        List<NamedSpan> out = new ArrayList<>(c.mentions().size());
        for (Mention m : c.mentions()) {
            // A date's value as the analysis carries it; other mentions keep CoreNLP's normalization.
            String timex = m.type() == EntityType.DATE ? Timex.of(m) : null;
            out.add(new NamedSpan(m.start(), m.end(), m.text(), m.type(), m.subtype(), m.form(),
                    m.type() == EntityType.DATE ? (timex == null ? "" : timex) : m.normalized()));
        }
        return out;
    }

    /** Tier 1 and tier 2: everything the engine finds. */
    public Analysis analyze(Document document, CancellationToken cancel) {
        return analyze(document, cancel, a -> { });
    }

    /**
     * Everything the engine finds, handing names to {@code onNames} (on the calling thread) as soon as they are
     * known, so they can be highlighted while the rest is computed. While a {@link #warmUp} is still loading the
     * full pipeline those are tier 1's, from the names pipeline; otherwise the full pipeline's own names, which cost
     * nothing more.
     */
    public Analysis analyze(Document document, CancellationToken cancel, Consumer<Analysis> onNames) {
        return analyze(document, cancel, onNames, AnalysisProgress.NONE);
    }

    /**
     * As {@link #analyze(Document, CancellationToken, Consumer)}, telling {@code progress} after each chunk.
     *
     * <p>A text longer than {@link #VOLUME_CHARS} is analysed in volumes of about that size, cut at paragraph
     * breaks, each wholly (names, clusters, quotes, facts) before the next, and the volumes merged as the window
     * merges its parts ({@link AnalysisParts}): the engine's working data for a 49 MB text would not fit in the
     * heap at once, one volume's does. {@code onNames} is then told once, with every volume's names.
     */
    public Analysis analyze(Document document, CancellationToken cancel, Consumer<Analysis> onNames,
                            AnalysisProgress progress) {
        String text = document.text();
        if (text.length() > volumeChars) {
            return analyzeVolumes(document, cancel, onNames, progress);
        }
        boolean namesFirst = loadStarted.get() && !full.isDone();
        if (namesFirst) {
            namesTier(document, cancel, onNames);
        }
        CoreNlpPipeline.Counter counter = new CoreNlpPipeline.Counter(progress,
                CoreNlpPipeline.chunk(text, options.chunkFor(text.length())).size());
        Cached c = fullLayer(document, cancel, counter);
        if (!namesFirst) {
            onNames.accept(new Analysis(VERSION, toEntities(c.mentions(), null, c.layer()), List.of(), List.of(),
                    List.of(), List.of()));
        }
        cancel.throwIfCancelled();
        return deep(document.text(), c.layer(), c.mentions(), c.date(), cancel);
    }

    /** Tier 2 over a tier-1 result: what {@link #analyze} returns once CoreNLP is done. */
    static Analysis deep(String text, TextLayer layer, List<Mention> mentions, LocalDate date,
                         CancellationToken cancel) {
        DeepAnalysis deep = DeepAnalysis.run(text, layer, mentions, date, VERSION, cancel);
        return new Analysis(VERSION, toEntities(deep.mentions(), deep.clusterOfMention(), layer), deep.clusters(),
                deep.quotes(), deep.facts(), List.of());
    }

    /**
     * The engine's tokens of the document, as spans in text order (for token-level exports such as CoNLL). Reuses
     * the full pipeline's result when the same text was just analysed.
     */
    public List<org.lector.model.Span> tokens(Document document, CancellationToken cancel) {
        List<TextLayer.Tok> toks = fullLayer(document, cancel).layer().tokens();
        List<org.lector.model.Span> out = new ArrayList<>(toks.size());
        for (TextLayer.Tok t : toks) {
            out.add(new org.lector.model.Span(t.start(), t.end()));
        }
        return out;
    }

    /** The date relative dates are resolved against: the document's metadata, else the text's own dateline. */
    public static LocalDate articleDate(Document document) {
        return document.date() != null ? document.date() : ArticleDates.find(document.text()).orElse(null);
    }

    private Analysis analyzeVolumes(Document document, CancellationToken cancel, Consumer<Analysis> onNames,
                                    AnalysisProgress progress) {
        String text = document.text();
        LocalDate date = articleDate(document);
        List<int[]> volumes = EngineText.chunk(text, volumeChars);
        CoreNlpPipeline.Counter counter = new CoreNlpPipeline.Counter(progress, chunksIn(text, volumes));
        Analysis[] parts = new Analysis[volumes.size()];
        for (int i = 0; i < volumes.size(); i++) {
            cancel.throwIfCancelled();
            int[] v = volumes.get(i);
            Document volume = new Document(document.title(), text.substring(v[0], v[1]), document.source(),
                    document.format(), document.charset(), document.sha256(), date);
            Cached c = fullLayer(volume, cancel, counter);
            parts[i] = AnalysisParts.shift(deep(volume.text(), c.layer(), c.mentions(), date, cancel), v[0],
                    "v" + (i + 1) + "-");
            // Only the whole text's layer is worth keeping for a later call.
            cached = null;
            LOG.debug("volume {} of {} ({} characters) analysed", i + 1, volumes.size(), v[1] - v[0]);
        }
        Analysis merged = AnalysisParts.merge(VERSION, parts);
        onNames.accept(new Analysis(VERSION, merged.entities(), List.of(), List.of(), List.of(), List.of()));
        return merged;
    }

    private Cached fullLayer(Document document, CancellationToken cancel) {
        return fullLayer(document, cancel, new CoreNlpPipeline.Counter(AnalysisProgress.NONE, 1));
    }

    private Cached fullLayer(Document document, CancellationToken cancel, CoreNlpPipeline.Counter counter) {
        String text = document.text();
        LocalDate date = articleDate(document);
        Cached c = cached;
        if (c != null && c.text().equals(text) && Objects.equals(c.date(), date)) {
            return c;
        }
        CoreNlpPipeline p = pipeline(cancel);
        long t0 = System.nanoTime();
        TextLayer layer = p.annotate(text, date, workers, options.chunkFor(text.length()), cancel, counter);
        cancel.throwIfCancelled();
        List<Mention> mentions = DateAnchors.resolve(text, layer, MentionFinder.find(text, layer), date);
        LOG.debug("tier 2 layer: {} tokens, {} mentions in {} ms", layer.tokens().size(), mentions.size(),
                (System.nanoTime() - t0) / 1_000_000);
        c = new Cached(text, date, layer, mentions);
        cached = c;
        return c;
    }

    static String mentionId(int index) {
        return "m" + (index + 1);
    }

    private static List<EntityMention> toEntities(List<Mention> ms, String[] clusterOf, TextLayer layer) {
        List<EntityMention> out = new ArrayList<>(ms.size());
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            out.add(new EntityMention(mentionId(i), new org.lector.model.Span(m.start(), m.end()), m.text(), m.type(),
                    m.subtype(), m.form(), clusterOf == null ? null : clusterOf[i],
                    Provenance.auto(VERSION, m.confidence()), value(m, layer)));
        }
        return out;
    }

    /** A date's TIMEX3 value, an amount's or quantity's number and unit; null for names. */
    static EntityValue value(Mention m, TextLayer layer) {
        return switch (m.type()) {
            case DATE -> {
                String v = Timex.of(m);
                yield v == null ? null : new EntityValue(v, "");
            }
            case MONEY, QUANTITY -> Quantities.entityValue(m, layer.tokens());
            default -> null;
        };
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}

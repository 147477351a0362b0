package org.lector.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import java.util.function.Consumer;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.EntityMention;
import org.lector.model.Provenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lector's analysis engine. Tier 1 ({@link #analyzeNames}) finds sentences, tokens and typed entity mentions;
 * tier 2 ({@link #analyze}) adds clusters, quotes with speakers and ranked facts.
 *
 * <p>Constructing an engine is cheap; the models load on the first analysis, or earlier in the background with
 * {@link #warmUp}. One engine serves any number of threads. Every call takes a {@link CancellationToken}: a
 * cancelled analysis throws {@link CancellationException} instead of returning, so a stale result never reaches
 * the caller. The result always belongs to the document passed in; nothing is shared between documents except
 * a one-entry cache that lets {@link #analyze} reuse the tokens {@link #analyzeNames} just computed for the same
 * text.
 */
public final class AnalysisEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisEngine.class);
    // Bumped when the rules change what the engine finds (3: decision 0010 and entity names; 4: a heading's Roman
    // numeral is no name), so cached analyses are recomputed.
    private static final String VERSION = "corenlp-4.5.10+lector-4";

    /**
     * The longest text analysed in one piece: about a million characters (a long novel is three), whose working
     * data (tokens, tags, CoreNLP's annotations of a chunk) stays well inside the heap beside the models.
     */
    public static final int VOLUME_CHARS = 1_000_000;

    private final EngineOptions options;
    private final int volumeChars;
    private final ExecutorService workers;
    private final CompletableFuture<CoreNlpPipeline> pipeline = new CompletableFuture<>();
    private final AtomicBoolean loadStarted = new AtomicBoolean();
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

    /** Starts loading the models on {@code executor}; completes when they are loaded. Calling it again is free. */
    public CompletableFuture<Void> warmUp(Executor executor) {
        if (loadStarted.compareAndSet(false, true)) {
            executor.execute(this::load);
        }
        return pipeline.thenApply(p -> null);
    }

    private void load() {
        try {
            pipeline.complete(CoreNlpPipeline.load());
        } catch (RuntimeException | Error e) {
            LOG.error("CoreNLP models failed to load", e);
            pipeline.completeExceptionally(e);
        }
    }

    /** The loaded CoreNLP pipeline, loading it first if no one has; for the engine's own tests too. */
    CoreNlpPipeline pipeline(CancellationToken cancel) {
        if (loadStarted.compareAndSet(false, true)) {
            load();
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

    /** Tier 1: entity mentions typed and with their form; no clusters, quotes or facts. */
    public Analysis analyzeNames(Document document, CancellationToken cancel) {
        Cached c = tier1(document, cancel);
        return new Analysis(VERSION, toEntities(c.mentions(), null), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Tier 1 as plain spans with CoreNLP's normalized values, for evaluation and benchmarks. Reuses the tier-1
     * result of the last call for the same text.
     */
    public List<NamedSpan> names(Document document, CancellationToken cancel) {
        Cached c = tier1(document, cancel);
        List<NamedSpan> out = new ArrayList<>(c.mentions().size());
        for (Mention m : c.mentions()) {
            out.add(new NamedSpan(m.start(), m.end(), m.text(), m.type(), m.subtype(), m.form(), m.normalized()));
        }
        return out;
    }

    /** Tier 1 and tier 2: everything the engine finds. */
    public Analysis analyze(Document document, CancellationToken cancel) {
        return analyze(document, cancel, a -> { });
    }

    /**
     * Tier 1 and tier 2, handing the tier-1 result to {@code onNames} as soon as it is ready (on the calling
     * thread), so names can be highlighted while the rest is computed.
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
        CoreNlpPipeline.Counter counter = new CoreNlpPipeline.Counter(progress,
                CoreNlpPipeline.chunk(text, options.chunkFor(text.length())).size());
        Cached c = tier1(document, cancel, counter);
        onNames.accept(new Analysis(VERSION, toEntities(c.mentions(), null), List.of(), List.of(), List.of(),
                List.of()));
        cancel.throwIfCancelled();
        DeepAnalysis deep = DeepAnalysis.run(document.text(), c.layer(), c.mentions(), c.date(), VERSION, cancel);
        return new Analysis(VERSION, toEntities(c.mentions(), deep.clusterOfMention()), deep.clusters(),
                deep.quotes(), deep.facts(), List.of());
    }

    /**
     * The engine's tokens of the document, as spans in text order (for token-level exports such as CoNLL). Reuses
     * the tier-1 result when the same text was just analysed.
     */
    public List<org.lector.model.Span> tokens(Document document, CancellationToken cancel) {
        List<TextLayer.Tok> toks = tier1(document, cancel).layer().tokens();
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
        int chunks = 0;
        for (int[] v : volumes) {
            chunks += CoreNlpPipeline.chunk(text.substring(v[0], v[1]), options.chunkFor(v[1] - v[0])).size();
        }
        CoreNlpPipeline.Counter counter = new CoreNlpPipeline.Counter(progress, chunks);
        Analysis[] parts = new Analysis[volumes.size()];
        for (int i = 0; i < volumes.size(); i++) {
            cancel.throwIfCancelled();
            int[] v = volumes.get(i);
            Document volume = new Document(document.title(), text.substring(v[0], v[1]), document.source(),
                    document.format(), document.charset(), document.sha256(), date);
            Cached c = tier1(volume, cancel, counter);
            DeepAnalysis deep = DeepAnalysis.run(volume.text(), c.layer(), c.mentions(), date, VERSION, cancel);
            parts[i] = AnalysisParts.shift(new Analysis(VERSION, toEntities(c.mentions(), deep.clusterOfMention()),
                    deep.clusters(), deep.quotes(), deep.facts(), List.of()), v[0], "v" + (i + 1) + "-");
            // Only the whole text's layer is worth keeping for a later call.
            cached = null;
            LOG.debug("volume {} of {} ({} characters) analysed", i + 1, volumes.size(), v[1] - v[0]);
        }
        Analysis merged = AnalysisParts.merge(VERSION, parts);
        onNames.accept(new Analysis(VERSION, merged.entities(), List.of(), List.of(), List.of(), List.of()));
        return merged;
    }

    private Cached tier1(Document document, CancellationToken cancel) {
        return tier1(document, cancel, new CoreNlpPipeline.Counter(AnalysisProgress.NONE, 1));
    }

    private Cached tier1(Document document, CancellationToken cancel, CoreNlpPipeline.Counter counter) {
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
        List<Mention> mentions = MentionFinder.find(text, layer);
        LOG.debug("tier 1: {} tokens, {} mentions in {} ms", layer.tokens().size(), mentions.size(),
                (System.nanoTime() - t0) / 1_000_000);
        c = new Cached(text, date, layer, mentions);
        cached = c;
        return c;
    }

    static String mentionId(int index) {
        return "m" + (index + 1);
    }

    private static List<EntityMention> toEntities(List<Mention> ms, String[] clusterOf) {
        List<EntityMention> out = new ArrayList<>(ms.size());
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            out.add(new EntityMention(mentionId(i), new org.lector.model.Span(m.start(), m.end()), m.text(), m.type(),
                    m.subtype(), m.form(), clusterOf == null ? null : clusterOf[i],
                    Provenance.auto(VERSION, m.confidence())));
        }
        return out;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}

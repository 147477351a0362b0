package org.lector.nlp;

/**
 * How the {@link AnalysisEngine} runs.
 *
 * @param workers     threads that annotate paragraph chunks of one long document in parallel (at least 1)
 * @param chunkChars  a document longer than this is cut at paragraph breaks into chunks of about this size
 * @param stockModels one full pipeline loaded from CoreNLP's own model files, with no names tier first: the engine
 *                    as it was before the flat model format, the baseline benchmarks and the identity check
 *                    measure against (needs the build's stock models jar)
 */
public record EngineOptions(int workers, int chunkChars, boolean stockModels) {

    /** The tiered engine with the flat models. */
    public EngineOptions(int workers, int chunkChars) {
        this(workers, chunkChars, false);
    }

    public EngineOptions {
        if (workers < 1) {
            throw new IllegalArgumentException("workers < 1: " + workers);
        }
        if (chunkChars < 1000) {
            throw new IllegalArgumentException("chunkChars < 1000: " + chunkChars);
        }
    }

    /**
     * Two workers (the target machine has two cores) and chunks of about 4,000 characters: small enough that the
     * two workers stay evenly loaded to the end of a text (with 20,000-character chunks a 100,000-character text
     * gave 1.3x a single thread; with 4,000, 2.0x, measured with {@code lector bench nlp}). The system property
     * {@code lector.stockModels=true} gives the engine as it was before the flat models, so a benchmark or the
     * identity check ({@code bench/identity.sh}) can run the app or a command both ways from the same build.
     */
    public static EngineOptions defaults() {
        EngineOptions o = new EngineOptions(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())),
                4_000);
        return Boolean.getBoolean("lector.stockModels") ? o.withStockModels() : o;
    }

    /** These options with the engine as it was before the flat model format (see {@link #stockModels}). */
    public EngineOptions withStockModels() {
        return new EngineOptions(workers, chunkChars, true);
    }

    /**
     * The chunk size for a text of {@code length} characters: {@link #chunkChars}, but a shorter text is still cut
     * into about one chunk per worker, down to chunks of 2,000 characters (so the window's parts of a novel, at
     * most 1,800 characters and already run two at a time, stay whole). An article is then annotated on both
     * cores: a sample-sized article (4,500 characters) took 0.75 of the time in two pieces, with identical output
     * on the sample and the 40 corpus articles (docs/decisions/0003, "A short article on both cores").
     */
    public int chunkFor(int length) {
        return Math.min(chunkChars, Math.max(2_000, (length + workers - 1) / workers));
    }
}

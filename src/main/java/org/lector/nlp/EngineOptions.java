package org.lector.nlp;

/**
 * How the {@link AnalysisEngine} runs.
 *
 * @param workers    threads that annotate paragraph chunks of one long document in parallel (at least 1)
 * @param chunkChars a document longer than this is cut at paragraph breaks into chunks of about this size
 */
public record EngineOptions(int workers, int chunkChars) {

    public EngineOptions {
        if (workers < 1) {
            throw new IllegalArgumentException("workers < 1: " + workers);
        }
        if (chunkChars < 1000) {
            throw new IllegalArgumentException("chunkChars < 1000: " + chunkChars);
        }
    }

    /** Two workers (the target machine has two cores) and chunks of about 20,000 characters. */
    public static EngineOptions defaults() {
        return new EngineOptions(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), 20_000);
    }
}

package org.lector.nlp;

/**
 * Told how far an analysis has got, after each chunk of text the engine has annotated. Called from the engine's
 * worker threads, so an implementation must be thread-safe; it must also be quick, as the worker waits for it.
 */
@FunctionalInterface
public interface AnalysisProgress {

    /** Reports nothing. */
    AnalysisProgress NONE = (done, total, tokens) -> { };

    /**
     * @param done   chunks annotated so far
     * @param total  chunks in the whole text
     * @param tokens tokens annotated so far
     */
    void advanced(int done, int total, long tokens);
}

package org.lector.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.nlp.CancellationToken;

/**
 * What the reading window asks of the analysis: the engine's tiers and, where a library is open, its cache and
 * the reader's edits. The application wires the real one; tests use their own.
 */
public interface AnalysisService {

    /** Starts loading the models in the background; completes when the engine is ready. */
    CompletableFuture<Void> warmUp();

    /**
     * Analyses {@code document}. Runs on a background thread and blocks until done.
     *
     * @param cancel  cancelled when the reader opens another article; the call then throws
     *                {@link java.util.concurrent.CancellationException}
     * @param onNames called (on the calling thread) as soon as names are ready, before the deep tier
     * @return the full analysis with the reader's edits applied
     */
    Result analyze(Document document, CancellationToken cancel, Consumer<Analysis> onNames) throws Exception;

    /**
     * A finished analysis.
     *
     * @param analysis    what to show
     * @param fromLibrary whether it came from the library's cache without running the engine
     */
    record Result(Analysis analysis, boolean fromLibrary) {
    }
}

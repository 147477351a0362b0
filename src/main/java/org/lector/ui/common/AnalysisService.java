package org.lector.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.nlp.CancellationToken;

/**
 * The analysis engine as the reading window uses it. The application wires the real engine; tests use a
 * predictable one so they test the window, not the engine.
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
     */
    Analysis analyze(Document document, CancellationToken cancel, Consumer<Analysis> onNames) throws Exception;

    /** The engine and configuration; analyses are cached under it. */
    String version();
}

package org.lector.ui.common;

import java.util.concurrent.CompletableFuture;
import org.lector.reading.Engine;

/**
 * The analysis engine as the reading window uses it: an {@link Engine} whose language models load in the background
 * while the window is already usable. The application wires the real engine; tests use a predictable one so they
 * test the window, not the engine.
 */
public interface AnalysisService extends Engine {

    /** Starts loading the models in the background; completes when the engine is ready. */
    CompletableFuture<Void> warmUp();
}

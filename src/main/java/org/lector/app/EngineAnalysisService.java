package org.lector.app;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.Span;
import org.lector.nlp.AnalysisEngine;
import org.lector.nlp.CancellationToken;
import org.lector.ui.common.AnalysisService;

/** The window's analysis through Lector's CoreNLP engine, its models loading on their own thread. */
final class EngineAnalysisService implements AnalysisService {

    private final AnalysisEngine engine;
    private final Executor modelLoader;

    EngineAnalysisService(AnalysisEngine engine, Executor modelLoader) {
        this.engine = engine;
        this.modelLoader = modelLoader;
    }

    @Override
    public CompletableFuture<Void> warmUp() {
        return engine.warmUp(modelLoader);
    }

    @Override
    public Analysis analyze(Document document, CancellationToken cancel, Consumer<Analysis> onNames) {
        return engine.analyze(document, cancel, onNames);
    }

    @Override
    public List<Span> tokens(Document document, CancellationToken cancel) {
        return engine.tokens(document, cancel);
    }

    @Override
    public String version() {
        return AnalysisEngine.pipelineVersion();
    }
}

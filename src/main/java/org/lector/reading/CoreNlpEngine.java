package org.lector.reading;

import java.util.List;
import java.util.function.Consumer;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.Span;
import org.lector.nlp.AnalysisEngine;
import org.lector.nlp.AnalysisProgress;
import org.lector.nlp.CancellationToken;
import org.lector.nlp.EngineOptions;

/**
 * Lector's CoreNLP engine for one command-line run: built on the first call that needs it (an article found in the
 * library's cache never loads the language models), closed with the run.
 */
public final class CoreNlpEngine implements Engine, AutoCloseable {

    private AnalysisEngine engine;

    private synchronized AnalysisEngine engine() {
        if (engine == null) {
            engine = new AnalysisEngine(EngineOptions.defaults());
        }
        return engine;
    }

    @Override
    public Analysis analyze(Document document, CancellationToken cancel, Consumer<Analysis> onNames) {
        return engine().analyze(document, cancel, onNames);
    }

    @Override
    public Analysis analyze(Document document, CancellationToken cancel, Consumer<Analysis> onNames,
            AnalysisProgress progress) {
        return engine().analyze(document, cancel, onNames, progress);
    }

    /** The names tier over the whole text, for a text too long for the full analysis; see {@link AnalysisEngine#analyzeNamesOnly}. */
    public Analysis analyzeNamesOnly(Document document, CancellationToken cancel, AnalysisProgress progress) {
        return engine().analyzeNamesOnly(document, cancel, progress);
    }

    @Override
    public List<Span> tokens(Document document, CancellationToken cancel) {
        return engine().tokens(document, cancel);
    }

    @Override
    public String version() {
        return AnalysisEngine.pipelineVersion();
    }

    @Override
    public synchronized void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}

package org.lector.nlp;

import java.time.LocalDate;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;

/**
 * The engine with its default options for a test class of sentences written for it: made before the class's first
 * test, closed after its last. Register it as {@code @RegisterExtension static final SentenceEngine engine}.
 */
final class SentenceEngine implements BeforeAllCallback, AfterAllCallback {

    private AnalysisEngine engine;

    @Override
    public void beforeAll(ExtensionContext context) {
        engine = new AnalysisEngine(EngineOptions.defaults());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        engine.close();
        engine = null;
    }

    /** The analysis of {@code text} as a plain text file with no date. */
    Analysis analyse(String text) {
        return analyse(text, null);
    }

    /** The analysis of {@code text} as a plain text file dated {@code date} (null: no date). */
    Analysis analyse(String text, LocalDate date) {
        return engine.analyze(new Document("t", text, "test", DocumentFormat.TEXT, "UTF-8", "0", date),
                CancellationToken.none());
    }
}

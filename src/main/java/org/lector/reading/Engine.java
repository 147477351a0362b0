package org.lector.reading;

import java.util.List;
import java.util.function.Consumer;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.Span;
import org.lector.nlp.AnalysisProgress;
import org.lector.nlp.CancellationToken;

/**
 * The language engine as reading an article needs it. The window and the command line wire Lector's CoreNLP engine;
 * tests a predictable one, so they test the reading, not the engine.
 */
public interface Engine {

    /**
     * Analyses {@code document} on the calling thread.
     *
     * @param cancel  cancelled when nobody waits for the result any more; the call then throws
     *                {@link java.util.concurrent.CancellationException}
     * @param onNames called (on the calling thread) as soon as names are ready, before the deep tier
     */
    Analysis analyze(Document document, CancellationToken cancel, Consumer<Analysis> onNames);

    /**
     * As {@link #analyze(Document, CancellationToken, Consumer)}, telling {@code progress} how far it has got (from
     * the engine's worker threads), so a long text's analysis can be shown as it goes. An engine that cannot tell
     * says nothing.
     */
    default Analysis analyze(Document document, CancellationToken cancel, Consumer<Analysis> onNames,
            AnalysisProgress progress) {
        return analyze(document, cancel, onNames);
    }

    /** The engine's tokens of {@code document}, as spans in text order (for token-level exports such as CoNLL). */
    List<Span> tokens(Document document, CancellationToken cancel);

    /** The engine and its configuration; analyses are cached under it. */
    String version();
}

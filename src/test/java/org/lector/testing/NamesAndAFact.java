package org.lector.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.Span;
import org.lector.nlp.CancellationToken;
import org.lector.ui.common.AnalysisService;

/** An engine for tests: names and quotes by {@link TextMatchingAnalysis}, and one fact made from the document. */
public final class NamesAndAFact implements AnalysisService {

    private final TextMatchingAnalysis names;
    private final String version;
    private final Function<Document, Fact> fact;

    /**
     * @param version the engine version the library caches its analyses under
     * @param fact    the fact the engine finds in a document
     */
    public NamesAndAFact(Map<String, EntityType> names, String version, Function<Document, Fact> fact) {
        this.names = new TextMatchingAnalysis(names);
        this.version = version;
        this.fact = fact;
    }

    /** How many analyses were asked of it. */
    public int calls() {
        return names.calls();
    }

    @Override
    public CompletableFuture<Void> warmUp() {
        return names.warmUp();
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<Span> tokens(Document document, CancellationToken cancel) {
        return names.tokens(document, cancel);
    }

    @Override
    public Analysis analyze(Document document, CancellationToken cancel, Consumer<Analysis> onNames) {
        Analysis a = names.analyze(document, cancel, onNames);
        return new Analysis(a.pipelineVersion(), a.entities(), a.clusters(), a.quotes(), List.of(fact.apply(document)),
                a.notes());
    }
}

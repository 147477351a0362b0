package org.lector.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.nlp.CancellationToken;
import org.lector.ui.common.AnalysisService;

/**
 * A predictable analysis for UI tests, so they test the window rather than the engine: the given names wherever
 * they occur, one cluster per name, and every straight double-quoted passage as a direct quote without speaker.
 */
public final class TextMatchingAnalysis implements AnalysisService {

    private final Map<String, EntityType> names;
    private volatile int calls;
    private volatile int warmUps;

    public TextMatchingAnalysis(Map<String, EntityType> names) {
        this.names = new LinkedHashMap<>(names);
    }

    public int calls() {
        return calls;
    }

    /** How many times the window asked for the models. */
    public int warmUps() {
        return warmUps;
    }

    @Override
    public CompletableFuture<Void> warmUp() {
        warmUps++;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public String version() {
        return "text-matching-1";
    }

    /** Words and single marks, as a tokenizer would give them; unlike the exporters' own, it splits "'s" off. */
    @Override
    public List<Span> tokens(Document document, CancellationToken cancel) {
        List<Span> tokens = new ArrayList<>();
        Matcher t = Pattern.compile("'s\\b|\\w+|[^\\s\\w]").matcher(document.text());
        while (t.find()) {
            tokens.add(new Span(t.start(), t.end()));
        }
        return tokens;
    }

    @Override
    public Analysis analyze(Document document, CancellationToken cancel, Consumer<Analysis> onNames) {
        calls++;
        String text = document.text();
        Provenance auto = Provenance.auto("test", 1.0);
        List<EntityMention> named = new ArrayList<>();
        List<EntityMention> clustered = new ArrayList<>();
        List<EntityCluster> clusters = new ArrayList<>();
        int m = 0;
        int c = 0;
        for (Map.Entry<String, EntityType> e : names.entrySet()) {
            List<String> ids = new ArrayList<>();
            String clusterId = "c" + (++c);
            for (int at = text.indexOf(e.getKey()); at >= 0; at = text.indexOf(e.getKey(), at + 1)) {
                String id = "m" + (++m);
                Span span = new Span(at, at + e.getKey().length());
                named.add(new EntityMention(id, span, e.getKey(), e.getValue(), "", MentionForm.NAME, null, auto));
                clustered.add(new EntityMention(id, span, e.getKey(), e.getValue(), "", MentionForm.NAME,
                        clusterId, auto));
                ids.add(id);
            }
            if (!ids.isEmpty()) {
                clusters.add(new EntityCluster(clusterId, e.getKey(), e.getValue(), ids));
            }
        }
        named.sort((a, b) -> a.span().compareTo(b.span()));
        clustered.sort((a, b) -> a.span().compareTo(b.span()));
        onNames.accept(new Analysis("test", named, List.of(), List.of(), List.of(), List.of()));
        cancel.throwIfCancelled();
        List<Quote> quotes = new ArrayList<>();
        Matcher q = Pattern.compile("\"[^\"\\n]+\"").matcher(text);
        int n = 0;
        while (q.find()) {
            quotes.add(new Quote("q" + (++n), new Span(q.start(), q.end()), q.group(), QuoteKind.DIRECT, null, "",
                    null, "", auto));
        }
        return new Analysis("test", clustered, clusters, quotes, List.of(), List.of());
    }
}

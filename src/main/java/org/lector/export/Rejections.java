package org.lector.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lector.model.Analysis;
import org.lector.model.EntityMention;
import org.lector.model.Fact;
import org.lector.model.Quote;
import org.lector.model.Span;

/**
 * What the reader took away from the engine's output: the engine's mentions, quotes and facts whose span the
 * effective analysis no longer has (rejected, or moved to another span). A retyped or edited annotation keeps its
 * span and is not among them. Exports that import carry these, so that a library whose engine finds them again
 * hides them again.
 */
public final class Rejections {

    private Rejections() {
    }

    /** The annotations of {@code auto} that {@code effective} has nothing of the same kind on the same span for. */
    public static Analysis of(Analysis auto, Analysis effective) {
        Set<Span> mentions = new HashSet<>();
        effective.entities().forEach(m -> mentions.add(m.span()));
        Set<Span> quotes = new HashSet<>();
        effective.quotes().forEach(q -> quotes.add(q.span()));
        Set<Span> facts = new HashSet<>();
        effective.facts().forEach(f -> facts.add(f.span()));
        List<EntityMention> rm = auto.entities().stream().filter(m -> !mentions.contains(m.span())).toList();
        List<Quote> rq = auto.quotes().stream().filter(q -> !quotes.contains(q.span())).toList();
        List<Fact> rf = auto.facts().stream().filter(f -> !facts.contains(f.span())).toList();
        return new Analysis(auto.pipelineVersion(), rm, List.of(), rq, rf, List.of());
    }
}

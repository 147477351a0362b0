package org.lector.nlp;

import java.time.LocalDate;
import java.util.List;
import org.lector.model.EntityCluster;
import org.lector.model.Fact;
import org.lector.model.Quote;

/**
 * Tier 2: clusters, quotes and facts, computed by rule from the tier-1 layer. It needs no further models, so it
 * costs milliseconds once tier 1 is done.
 */
record DeepAnalysis(List<EntityCluster> clusters, String[] clusterOfMention, List<Quote> quotes, List<Fact> facts) {

    static DeepAnalysis run(String text, TextLayer layer, List<Mention> mentions, LocalDate date, String engine,
                            CancellationToken cancel) {
        Clusterer.Result c = Clusterer.cluster(mentions, layer);
        cancel.throwIfCancelled();
        List<Quote> quotes = QuoteFinder.echoBack(
                QuoteFinder.find(text, layer, mentions, c.clusterOfMention(), c.clusters(), engine));
        cancel.throwIfCancelled();
        List<Fact> facts = FactFinder.find(text, layer, mentions, c.clusterOfMention(), c.clusters(), quotes, engine);
        return new DeepAnalysis(c.clusters(), c.clusterOfMention(), quotes, facts);
    }
}

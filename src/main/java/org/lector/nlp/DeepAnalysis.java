package org.lector.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lector.model.EntityCluster;
import org.lector.model.Fact;
import org.lector.model.Quote;

/**
 * Tier 2: clusters, quotes and facts, computed by rule from the tier-1 layer. It needs no further models, so it
 * costs milliseconds once tier 1 is done.
 *
 * @param mentions the tier-1 mentions, the titles in quotation marks as names and the speakers the quote pass
 *                 described ("a campaign spokesman"), in text order
 */
record DeepAnalysis(List<Mention> mentions, List<EntityCluster> clusters, String[] clusterOfMention,
                    List<Quote> quotes, List<Fact> facts) {

    static DeepAnalysis run(String text, TextLayer layer, List<Mention> tier1, LocalDate date, String engine,
                            CancellationToken cancel) {
        Quotations quotations = new Quotations(text, layer);
        QuoteFrames.Frames frames = QuoteFrames.frames(quotations, tier1);
        List<Mention> named = QuoteTitles.asNames(quotations, frames, tier1);
        List<Mention> speakers = SpeakerPhrases.speakerPhrases(text, layer, named, frames);
        List<Mention> mentions = named;
        if (!speakers.isEmpty()) {
            mentions = new ArrayList<>(named);
            mentions.addAll(speakers);
            mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        }
        cancel.throwIfCancelled();
        Clusterer.Result c = Clusterer.cluster(mentions, layer, quotations.quoteOf);
        cancel.throwIfCancelled();
        List<Quote> quotes = QuoteFinder.quotes(quotations, frames, mentions, c, engine);
        cancel.throwIfCancelled();
        List<Fact> facts = FactFinder.find(text, layer, mentions, c.clusterOfMention(), c.clusters(), quotes, engine);
        return new DeepAnalysis(mentions, c.clusters(), c.clusterOfMention(), quotes, facts);
    }
}

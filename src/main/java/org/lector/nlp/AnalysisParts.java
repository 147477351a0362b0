package org.lector.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lector.model.Analysis;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.Fact;
import org.lector.model.Quote;
import org.lector.model.Span;

/**
 * Analyses of parts of one text put together: each part's spans moved to where the part starts and its ids given
 * a prefix, then the parts merged with an entity's clusters from different parts made one (same type, same name).
 * The window analyses a long text part by part this way, and the engine a text too long to hold whole.
 */
public final class AnalysisParts {

    private AnalysisParts() {
    }

    /** {@code a} with every span moved by {@code offset} and every id given {@code prefix}, so parts can merge. */
    public static Analysis shift(Analysis a, int offset, String prefix) {
        List<EntityMention> entities = a.entities().stream().map(m -> new EntityMention(prefix + m.id(),
                move(m.span(), offset), m.text(), m.type(), m.subtype(), m.form(),
                m.clusterId() == null ? null : prefix + m.clusterId(), m.provenance(), m.value())).toList();
        List<EntityCluster> clusters = a.clusters().stream().map(c -> new EntityCluster(prefix + c.id(), c.name(),
                c.type(), c.mentionIds().stream().map(id -> prefix + id).toList())).toList();
        List<Quote> quotes = a.quotes().stream().map(q -> new Quote(prefix + q.id(), move(q.span(), offset),
                q.text(), q.kind(), q.speakerId() == null ? null : prefix + q.speakerId(), q.speakerName(),
                q.cue() == null ? null : move(q.cue(), offset), q.cueText(), q.provenance())).toList();
        List<Fact> facts = a.facts().stream().map(f -> new Fact(prefix + f.id(), move(f.span(), offset), f.text(),
                f.subject(), f.predicate(), f.object(), f.quantities(), f.time(),
                f.sourceId() == null ? null : prefix + f.sourceId(), f.sourceName(), f.score(), f.status(),
                f.evidence(), f.evidenceUrl(), f.provenance())).toList();
        return new Analysis(a.pipelineVersion(), entities, clusters, quotes, facts, a.notes());
    }

    private static Span move(Span s, int offset) {
        return new Span(s.start() + offset, s.end() + offset);
    }

    /** The parts analysed so far as one analysis; an entity's clusters from different parts become one. */
    public static Analysis merge(String version, Analysis[] parts) {
        List<EntityMention> entities = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        Map<String, String> clusterOf = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, EntityCluster> first = new LinkedHashMap<>();
        for (Analysis a : parts) {
            if (a == null) {
                continue;
            }
            for (EntityCluster c : a.clusters()) {
                String key = c.type().id() + "\u0000" + c.name();
                first.putIfAbsent(key, c);
                clusterOf.put(c.id(), first.get(key).id());
                members.computeIfAbsent(first.get(key).id(), k -> new ArrayList<>()).addAll(c.mentionIds());
            }
            for (EntityMention m : a.entities()) {
                String cluster = m.clusterId() == null ? null : clusterOf.getOrDefault(m.clusterId(), m.clusterId());
                entities.add(m.inCluster(cluster));
            }
            for (Quote q : a.quotes()) {
                String speaker = q.speakerId() == null ? null : clusterOf.getOrDefault(q.speakerId(), q.speakerId());
                quotes.add(new Quote(q.id(), q.span(), q.text(), q.kind(), speaker, q.speakerName(), q.cue(),
                        q.cueText(), q.provenance()));
            }
            facts.addAll(a.facts());
        }
        List<EntityCluster> clusters = first.values().stream()
                .map(c -> new EntityCluster(c.id(), c.name(), c.type(), members.get(c.id()))).toList();
        entities.sort(Comparator.comparing(EntityMention::span));
        quotes.sort(Comparator.comparing(Quote::span));
        facts.sort(Comparator.comparingDouble(Fact::score).reversed());
        return new Analysis(version, entities, clusters, quotes, facts, List.of());
    }
}

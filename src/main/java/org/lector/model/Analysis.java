package org.lector.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything known about one document's text: what the engine found and what the reader added, merged.
 *
 * @param pipelineVersion the engine configuration that produced the automatic part
 * @param entities        entity mentions, in text order
 * @param clusters        the entities they refer to
 * @param quotes          quoted passages, in text order
 * @param facts           claims, most check-worthy first
 * @param notes           the reader's notes
 */
public record Analysis(
        String pipelineVersion, List<EntityMention> entities, List<EntityCluster> clusters, List<Quote> quotes,
        List<Fact> facts, List<Note> notes) {

    public Analysis {
        Objects.requireNonNull(pipelineVersion, "pipelineVersion");
        entities = List.copyOf(entities);
        clusters = List.copyOf(clusters);
        quotes = List.copyOf(quotes);
        facts = List.copyOf(facts);
        notes = List.copyOf(notes);
    }

    public static Analysis empty() {
        return new Analysis("", List.of(), List.of(), List.of(), List.of(), List.of());
    }
}

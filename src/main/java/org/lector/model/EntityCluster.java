package org.lector.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world entity in a document: all its mentions, whatever their form, under one canonical name.
 *
 * @param id         unique within its document
 * @param name       the canonical name ("Emmanuel Macron")
 * @param type       its family
 * @param mentionIds its mentions, in text order
 */
public record EntityCluster(String id, String name, EntityType type, List<String> mentionIds) {

    public EntityCluster {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentionIds = List.copyOf(mentionIds);
    }
}

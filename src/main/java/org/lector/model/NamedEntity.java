package org.lector.model;

import java.util.List;
import java.util.Objects;

/**
 * A person or organisation as one article names it: its entity (cluster) in that article's analysis as the reader
 * sees it, reduced to what the views across articles need.
 *
 * @param documentId  the article
 * @param clusterId   its entity in that article's analysis
 * @param type        person or organisation (or another family)
 * @param name        the entity's name in that article
 * @param variants    every name the article writes for it, cleaned ("Macron", "Emmanuel Macron"), most used first
 * @param roles       the titles and descriptions the article gives it ("French president"), most used first
 * @param mentions    how many times the article refers to it
 * @param firstOffset where the article first names it
 */
public record NamedEntity(long documentId, String clusterId, EntityType type, String name, List<String> variants,
        List<String> roles, int mentions, int firstOffset) {

    public NamedEntity {
        Objects.requireNonNull(clusterId, "clusterId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        variants = List.copyOf(variants);
        roles = List.copyOf(roles);
    }
}

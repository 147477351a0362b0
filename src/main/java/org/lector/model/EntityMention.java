package org.lector.model;

import java.util.Objects;

/**
 * One place in the text that names or refers to an entity.
 *
 * @param id         unique within its document, stable across saves
 * @param span       where it is
 * @param text       the covered text (equal to {@code span.of(document.text())})
 * @param type       its family
 * @param subtype    the engine's finer type (CITY, NATIONALITY, ...), or empty
 * @param form       name, nominal or pronoun
 * @param clusterId  the entity it refers to, or {@code null}
 * @param provenance who made it
 * @param value      a date's, amount's or quantity's normalized value, or {@code null} (names, or none found)
 */
public record EntityMention(
        String id, Span span, String text, EntityType type, String subtype, MentionForm form, String clusterId,
        Provenance provenance, EntityValue value) {

    /** A mention with no normalized value: a name, or one the reader made. */
    public EntityMention(String id, Span span, String text, EntityType type, String subtype, MentionForm form,
                         String clusterId, Provenance provenance) {
        this(id, span, text, type, subtype, form, clusterId, provenance, null);
    }

    public EntityMention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(provenance, "provenance");
        subtype = subtype == null ? "" : subtype;
    }

    /** The same mention in another entity ({@code clusterId} may be null), its value kept. */
    public EntityMention inCluster(String clusterId) {
        return new EntityMention(id, span, text, type, subtype, form, clusterId, provenance, value);
    }
}

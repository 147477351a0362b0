package org.lector.model;

import java.util.Objects;

/**
 * What an import said of a mention's entity: the entity it belongs to, named and typed as the file had it, or
 * {@link #NONE} for a mention the file gave no entity. The mentions of one entity in one import share its
 * {@code key}; the entity keeps the file's name and type until the reader changes its members.
 *
 * @param key  the entity within its import; null only for {@link #NONE}
 * @param name the entity's name as the file gave it
 * @param type the entity's type as the file gave it
 */
public record ImportedEntity(String key, String name, EntityType type) {

    /** Imported as a mention of no entity (a pronoun or description the other tool resolved to none). */
    public static final ImportedEntity NONE = new ImportedEntity(null, null, null);

    public ImportedEntity {
        if (key != null) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        } else if (name != null || type != null) {
            throw new IllegalArgumentException("an entity without a key is NONE");
        }
    }

    /** Whether the mention was imported as one of no entity. */
    public boolean isNone() {
        return key == null;
    }
}

package org.lector.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A user dictionary entry: always tag {@code text} as {@code type} ({@link DictionaryAction#ACCEPT}) or never
 * ({@link DictionaryAction#REJECT}). The type is a string because users can add their own types.
 *
 * @param created when the reader made this rule (or last changed what it does)
 */
public record DictionaryEntry(String text, String type, DictionaryAction action, Instant created) {

    public DictionaryEntry {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(created, "created");
    }

    /** An entry made now. */
    public DictionaryEntry(String text, String type, DictionaryAction action) {
        this(text, type, action, Instant.now());
    }

    /** Whether this entry is about the same text and type as {@code other}: the entry's key. */
    public boolean sameKey(DictionaryEntry other) {
        return text.equals(other.text) && type.equals(other.type);
    }
}

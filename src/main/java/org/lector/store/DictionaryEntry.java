package org.lector.store;

import java.util.Objects;

/**
 * A user dictionary entry: always tag {@code text} as {@code type} ({@link DictionaryAction#ACCEPT}) or never
 * ({@link DictionaryAction#REJECT}). The type is a string because users can add their own types.
 */
public record DictionaryEntry(String text, String type, DictionaryAction action) {

    public DictionaryEntry {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(action, "action");
    }
}

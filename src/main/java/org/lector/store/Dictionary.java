package org.lector.store;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.lector.model.DictionaryEntry;

/**
 * The user's dictionary: surface texts always or never tagged with a type. One entry per text and type; applied
 * to articles by {@code org.lector.overlay.DictionaryTagger}.
 */
public interface Dictionary {

    /** Every entry, by text then type. */
    List<DictionaryEntry> list();

    /** The entry for {@code text} and {@code type}, if there is one. */
    Optional<DictionaryEntry> find(String text, String type);

    /** Adds or replaces the entry for its text and type. */
    CompletableFuture<Void> put(DictionaryEntry entry);

    /**
     * Adds or replaces the entry for its text and type, in one transaction with reading what was there, so an undo
     * can put that back.
     *
     * @return the entry it replaced, or empty when there was none
     */
    CompletableFuture<Optional<DictionaryEntry>> replace(DictionaryEntry entry);

    /**
     * Changes an entry's type or action in one transaction: {@code old}'s key is removed and {@code changed} put
     * (replacing an entry already there for its text and type).
     */
    CompletableFuture<Void> update(DictionaryEntry old, DictionaryEntry changed);

    CompletableFuture<Void> delete(String text, String type);
}

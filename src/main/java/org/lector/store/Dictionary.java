package org.lector.store;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The user's dictionary: surface texts always or never tagged with a type. */
public interface Dictionary {

    List<DictionaryEntry> list();

    /** Adds or replaces the entry for its text and type. */
    CompletableFuture<Void> put(DictionaryEntry entry);

    CompletableFuture<Void> delete(String text, String type);
}

package org.lector.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Key/value settings stored in the library file. */
public interface Settings {

    Optional<String> get(String key);

    Map<String, String> all();

    CompletableFuture<Void> put(String key, String value);

    CompletableFuture<Void> remove(String key);
}

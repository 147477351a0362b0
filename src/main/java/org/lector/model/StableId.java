package org.lector.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum whose constants are stored and exported by a stable string id rather than by name or ordinal, so
 * renaming a constant never breaks a library file or an export.
 */
public interface StableId {

    /** The id stored and exported for this constant. */
    String id();

    /**
     * The constant of {@code type} with {@code id}.
     *
     * @throws IllegalArgumentException naming the ids that exist, when none has this one
     */
    static <E extends Enum<E> & StableId> E fromId(Class<E> type, String id) {
        return fromId(type, id, type.getSimpleName());
    }

    /** As {@link #fromId(Class, String)}, naming the kind of thing in words for a user ("export format"). */
    static <E extends Enum<E> & StableId> E fromId(Class<E> type, String id, String what) {
        E[] constants = type.getEnumConstants();
        return Arrays.stream(constants)
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown " + what + ": " + id
                        + " (expected one of " + Arrays.stream(constants).map(StableId::id)
                        .collect(Collectors.joining(", ")) + ")"));
    }
}

package org.lector.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where an annotation comes from: the engine (with its version and confidence), the reader's dictionary, or the
 * reader. A user record supersedes an automatic one on the same passage.
 *
 * @param origin     who made it
 * @param engine     the engine and version for {@link Origin#AUTO}, else empty
 * @param confidence the engine's confidence in {@code [0, 1]}; 1 for the reader's own records
 * @param time       when the reader made it; {@code null} for automatic annotations
 */
public record Provenance(Origin origin, String engine, double confidence, Instant time) {

    /** Who made an annotation; {@link #id()} is the stable string stored and exported. */
    public enum Origin implements StableId {
        AUTO("auto"),
        DICTIONARY("dictionary"),
        USER("user");

        private final String id;

        Origin(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Origin fromId(String id) {
            return StableId.fromId(Origin.class, id);
        }
    }

    public Provenance {
        Objects.requireNonNull(origin, "origin");
        engine = engine == null ? "" : engine;
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }

    public static Provenance auto(String engine, double confidence) {
        return new Provenance(Origin.AUTO, engine, confidence, null);
    }

    public static Provenance dictionary(Instant time) {
        return new Provenance(Origin.DICTIONARY, "", 1.0, time);
    }

    public static Provenance user(Instant time) {
        return new Provenance(Origin.USER, "", 1.0, time);
    }

    public boolean isAuto() {
        return origin == Origin.AUTO;
    }
}

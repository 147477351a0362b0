package org.lector.model;

import java.util.Arrays;

/** Where the reader's check of a fact stands. */
public enum FactStatus {
    UNCHECKED("unchecked"),
    SUPPORTED("supported"),
    DISPUTED("disputed"),
    FALSE("false");

    private final String id;

    FactStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static FactStatus fromId(String id) {
        return Arrays.stream(values())
                .filter(s -> s.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown fact status: " + id));
    }
}

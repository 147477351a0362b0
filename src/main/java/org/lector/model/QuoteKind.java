package org.lector.model;

import java.util.Arrays;

/**
 * What a quoted passage is: {@code direct} speech of a sentence or more, a {@code partial} phrase reported inside
 * the writer's sentence, or a {@code scare} quote around a term nobody is reported saying.
 */
public enum QuoteKind {
    DIRECT("direct"),
    PARTIAL("partial"),
    SCARE("scare");

    private final String id;

    QuoteKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static QuoteKind fromId(String id) {
        return Arrays.stream(values())
                .filter(k -> k.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown quote kind: " + id));
    }
}

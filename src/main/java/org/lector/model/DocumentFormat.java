package org.lector.model;

import java.util.Arrays;

/** The format a document was read from. {@link #id()} is the stable string stored and exported. */
public enum DocumentFormat {
    TEXT("text"),
    HTML("html"),
    MARKDOWN("markdown");

    private final String id;

    DocumentFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static DocumentFormat fromId(String id) {
        return Arrays.stream(values())
                .filter(f -> f.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown document format: " + id));
    }
}

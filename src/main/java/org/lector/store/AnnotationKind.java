package org.lector.store;

import java.util.Arrays;

/** The kinds of annotation the store keeps; {@link #id()} is the stable string in the file. */
public enum AnnotationKind {
    ENTITY("entity"),
    CLUSTER("cluster"),
    QUOTE("quote"),
    FACT("fact"),
    NOTE("note");

    private final String id;

    AnnotationKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static AnnotationKind fromId(String id) {
        return Arrays.stream(values())
                .filter(k -> k.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown annotation kind: " + id));
    }
}

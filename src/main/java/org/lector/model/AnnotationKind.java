package org.lector.model;

import org.lector.model.StableId;

/** The kinds of annotation the store keeps; {@link #id()} is the stable string in the file. */
public enum AnnotationKind implements StableId {
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
        return StableId.fromId(AnnotationKind.class, id);
    }
}

package org.lector.model;


/** Where the reader's check of a fact stands. */
public enum FactStatus implements StableId {
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
        return StableId.fromId(FactStatus.class, id);
    }
}

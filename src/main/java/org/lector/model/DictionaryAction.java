package org.lector.model;

import org.lector.model.StableId;

/** Whether a dictionary entry adds or forbids a tag; {@link #id()} is the stable string in the file. */
public enum DictionaryAction implements StableId {
    ACCEPT("accept"),
    REJECT("reject");

    private final String id;

    DictionaryAction(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static DictionaryAction fromId(String id) {
        return StableId.fromId(DictionaryAction.class, id);
    }
}

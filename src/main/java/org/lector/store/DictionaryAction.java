package org.lector.store;

import java.util.Arrays;

/** Whether a dictionary entry adds or forbids a tag; {@link #id()} is the stable string in the file. */
public enum DictionaryAction {
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
        return Arrays.stream(values())
                .filter(a -> a.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown dictionary action: " + id));
    }
}

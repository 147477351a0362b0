package org.lector.model;

import java.util.Arrays;

/** How a mention refers to its entity: by name ("Macron"), by a noun phrase ("the French president"), or a pronoun. */
public enum MentionForm {
    NAME("name"),
    NOMINAL("nominal"),
    PRONOUN("pronoun");

    private final String id;

    MentionForm(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static MentionForm fromId(String id) {
        return Arrays.stream(values())
                .filter(f -> f.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown mention form: " + id));
    }
}

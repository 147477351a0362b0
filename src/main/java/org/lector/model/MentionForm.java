package org.lector.model;


/** How a mention refers to its entity: by name ("Macron"), by a noun phrase ("the French president"), or a pronoun. */
public enum MentionForm implements StableId {
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
        return StableId.fromId(MentionForm.class, id);
    }
}

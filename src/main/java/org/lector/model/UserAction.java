package org.lector.model;

import org.lector.model.StableId;

/**
 * What a user did to an annotation the engine made; {@link #id()} is the stable string in the file. Every action on
 * an annotation supersedes the automatic annotation at its span, so a later analysis cannot bring it back. Actions
 * on a {@link AnnotationKind#CLUSTER} (a {@link #MERGE}, or an {@link #EDIT} that links one mention to another
 * cluster or splits it out of its own) hide nothing: they change which entity the mention at their span belongs to.
 */
public enum UserAction implements StableId {
    ACCEPT("accept"),
    REJECT("reject"),
    RETYPE("retype"),
    RESPAN("respan"),
    MERGE("merge"),
    EDIT("edit"),
    SET_STATUS("set-status");

    private final String id;

    UserAction(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether the action hides the automatic annotation it targets, when it targets one rather than a cluster. */
    public boolean supersedes() {
        return this != MERGE;
    }

    public static UserAction fromId(String id) {
        return StableId.fromId(UserAction.class, id);
    }
}

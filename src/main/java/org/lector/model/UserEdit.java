package org.lector.model;

import java.util.Objects;

/**
 * What the reader did to an annotation the engine made, as the library keeps it: identified by kind and span,
 * because the engine's ids do not survive a new pipeline version.
 *
 * @param id          its place in the order the reader acted in (later edits have larger ids)
 * @param action      what the reader did
 * @param kind        the kind of annotation it targets; {@link AnnotationKind#CLUSTER} for a merge, link or split
 * @param span        the targeted annotation's span (for a cluster edit: the mention's)
 * @param replacement the id of the {@link UserAnnotation} that took the annotation's place, or null
 * @param into        for a merge or a link: the span of a mention of the entity it goes into; else null
 * @param change      for an {@link UserAction#EDIT} of a cluster: a link or a split; else {@link ClusterChange#NONE}
 */
public record UserEdit(long id, UserAction action, AnnotationKind kind, Span span, String replacement, Span into,
        ClusterChange change) {

    /** What an {@link UserAction#EDIT} of a {@link AnnotationKind#CLUSTER} does to the mention at its span. */
    public enum ClusterChange implements StableId {
        NONE(""),
        /** Moves the mention into the entity of the mention at {@code into}. */
        LINK("link"),
        /** Takes the mention out of its entity into one of its own. */
        SPLIT("split");

        private final String id;

        ClusterChange(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        public static ClusterChange fromId(String id) {
            return id == null || id.isEmpty() ? NONE : StableId.fromId(ClusterChange.class, id);
        }
    }

    public UserEdit {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(change, "change");
    }

    /** Whether it hides the automatic annotation at its span; edits of clusters hide nothing. */
    public boolean supersedes() {
        return kind != AnnotationKind.CLUSTER && action.supersedes();
    }
}

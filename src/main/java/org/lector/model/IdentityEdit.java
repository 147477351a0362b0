package org.lector.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The reader's correction of who is who across the library, a record of its own: the automatic identities are
 * worked out again from the articles every time, and these edits are laid over them in the order they were made,
 * so they survive new articles and new analyses, and undoing one is deleting it.
 *
 * @param id         its row in the library, in the order edits were made
 * @param kind       merge two identities, or split names out of one
 * @param identity   the key of the identity it acts on: the one absorbed by a merge, the one a split takes from
 * @param into       for a merge, the key of the identity that absorbs; for a split, the name key taken out
 * @param documentId for a split, the one article whose entity is taken out; {@code null} for every article
 * @param created    when the reader made it
 */
public record IdentityEdit(long id, Kind kind, String identity, String into, Long documentId, Instant created) {

    /** What an identity edit does; {@link #id()} is the stable string stored. */
    public enum Kind implements StableId {
        MERGE("merge"),
        SPLIT("split");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        public static Kind fromId(String id) {
            return StableId.fromId(Kind.class, id);
        }
    }

    public IdentityEdit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(into, "into");
        Objects.requireNonNull(created, "created");
    }
}

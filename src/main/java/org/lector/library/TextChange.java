package org.lector.library;

import java.util.Objects;
import org.lector.model.StableId;

/**
 * One passage that differs between two versions of a text.
 *
 * @param start    where it is in the newer text (an inserted or changed passage's start; where a deleted one was)
 * @param end      its end in the newer text; equal to {@code start} for a deletion
 * @param oldStart where it was in the older text (for an insertion, where it went in)
 * @param oldEnd   its end in the older text; equal to {@code oldStart} for an insertion
 * @param kind     inserted, deleted or changed
 * @param before   the older text of the passage, empty for an insertion
 * @param after    the newer text, empty for a deletion
 */
public record TextChange(int start, int end, int oldStart, int oldEnd, Kind kind, String before, String after) {

    /** What happened to a passage; {@link #id()} is the word in the analysis JSON. */
    public enum Kind implements StableId {
        INSERTED("inserted"),
        DELETED("deleted"),
        CHANGED("changed");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    public TextChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (start < 0 || end < start || oldStart < 0 || oldEnd < oldStart) {
            throw new IllegalArgumentException("not a change: [" + start + ", " + end + ") from [" + oldStart + ", "
                    + oldEnd + ")");
        }
    }
}

package org.lector.ui.edits;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The reader's undo and redo: one history of every edit, each able to undo and redo itself. Pure bookkeeping;
 * the edits themselves persist through the library like any other edit.
 */
final class EditHistory {

    /** One reversible edit. */
    interface Edit {

        /** A step of an edit, which may fail. */
        @FunctionalInterface
        interface Action {
            void run() throws Exception;
        }

        /** Says what it did, for the status bar ("Tagged “Kyiv” as Place"). */
        String description();

        void undo() throws Exception;

        void redo() throws Exception;
    }

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();

    /** Records an edit just made; whatever was undone before can no longer be redone. */
    void record(Edit edit) {
        done.push(edit);
        undone.clear();
    }

    /** The edit to undo next, moved to the redo side; empty when there is none. */
    Optional<Edit> takeUndo() {
        if (done.isEmpty()) {
            return Optional.empty();
        }
        Edit e = done.pop();
        undone.push(e);
        return Optional.of(e);
    }

    /** The edit to redo next, moved back to the undo side; empty when there is none. */
    Optional<Edit> takeRedo() {
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        Edit e = undone.pop();
        done.push(e);
        return Optional.of(e);
    }

    void clear() {
        done.clear();
        undone.clear();
    }

    boolean canUndo() {
        return !done.isEmpty();
    }

    boolean canRedo() {
        return !undone.isEmpty();
    }
}

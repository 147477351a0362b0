package org.lector.ui.common;

/** A side panel that selects the item at the article's caret, so the panel follows the reader. */
public interface FollowsCaret {

    /**
     * Selects the item whose passage holds {@code offset} (clearing the selection when none does), scrolling only
     * the panel's own list: never the article, never taking the focus.
     */
    void followCaret(int offset);
}

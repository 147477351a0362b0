package org.lector.ui.reader;

import org.lector.model.Span;

/**
 * Snaps a selection to whole words, as annotation tools do: a selection that starts or ends inside a word grows
 * to the word's edge, and spaces and punctuation at either end are dropped ("  Macron, " becomes "Macron").
 */
public final class WordSnap {

    private WordSnap() {
    }

    /** The snapped span, or an empty span when the selection holds no word character. */
    public static Span snap(String text, Span selection) {
        int start = selection.start();
        int end = Math.min(selection.end(), text.length());
        while (start < end && !isWordChar(text.charAt(start))) {
            start++;
        }
        while (end > start && !isWordChar(text.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return new Span(selection.start(), selection.start());
        }
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return new Span(start, end);
    }

    /** Letters, digits and combining marks: what a word is made of. */
    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}

package org.lector.ui.inspect;

import org.lector.model.Span;
import org.lector.ui.reader.WordSnap;

/**
 * Word steps for a mention's boundaries: the start or the end moves by one word, never past the line it is on and
 * never leaving the mention without a word. Pure, so tests draw the cases on plain strings.
 */
final class Boundaries {

    private Boundaries() {
    }

    /** The span with its start one word earlier, or null when there is no word before it on its line. */
    static Span startLeft(String text, Span span) {
        int i = span.start();
        while (i > 0 && !WordSnap.isWordChar(text.charAt(i - 1)) && text.charAt(i - 1) != '\n') {
            i--;
        }
        if (i == 0 || !WordSnap.isWordChar(text.charAt(i - 1))) {
            return null;
        }
        while (i > 0 && WordSnap.isWordChar(text.charAt(i - 1))) {
            i--;
        }
        return new Span(i, span.end());
    }

    /** The span without its first word, or null when that is its only word. */
    static Span startRight(String text, Span span) {
        int i = span.start();
        while (i < span.end() && WordSnap.isWordChar(text.charAt(i))) {
            i++;
        }
        while (i < span.end() && !WordSnap.isWordChar(text.charAt(i))) {
            i++;
        }
        return i >= span.end() ? null : new Span(i, span.end());
    }

    /** The span with its end one word later, or null when there is no word after it on its line. */
    static Span endRight(String text, Span span) {
        int i = span.end();
        while (i < text.length() && !WordSnap.isWordChar(text.charAt(i)) && text.charAt(i) != '\n') {
            i++;
        }
        if (i == text.length() || !WordSnap.isWordChar(text.charAt(i))) {
            return null;
        }
        while (i < text.length() && WordSnap.isWordChar(text.charAt(i))) {
            i++;
        }
        return new Span(span.start(), i);
    }

    /** The span without its last word, or null when that is its only word. */
    static Span endLeft(String text, Span span) {
        int i = span.end();
        while (i > span.start() && WordSnap.isWordChar(text.charAt(i - 1))) {
            i--;
        }
        while (i > span.start() && !WordSnap.isWordChar(text.charAt(i - 1))) {
            i--;
        }
        return i <= span.start() ? null : new Span(span.start(), i);
    }
}

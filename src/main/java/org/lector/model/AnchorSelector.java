package org.lector.model;

import java.util.Objects;

/**
 * A W3C-style text quote selector: the exact text of an annotation with some context on either side, so the
 * annotation can be found again when the document's text changes.
 *
 * @param exact  the annotated text
 * @param prefix up to {@link #CONTEXT} characters before it
 * @param suffix up to {@link #CONTEXT} characters after it
 */
public record AnchorSelector(String exact, String prefix, String suffix) {

    /** How many characters of context a selector keeps on each side. */
    public static final int CONTEXT = 32;

    public AnchorSelector {
        Objects.requireNonNull(exact, "exact");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /**
     * The selector of {@code span} in {@code text}. The context stops short of a character it would cut in half (a
     * surrogate pair such as an emoji), so it is always well-formed text that any encoder writes.
     */
    public static AnchorSelector of(String text, Span span) {
        if (span.end() > text.length()) {
            throw new IllegalArgumentException(span + " lies outside a text of length " + text.length());
        }
        int from = Math.max(0, span.start() - CONTEXT);
        if (splitsPair(text, from)) {
            from++;
        }
        int to = Math.min(text.length(), span.end() + CONTEXT);
        if (splitsPair(text, to)) {
            to--;
        }
        return new AnchorSelector(span.of(text), text.substring(from, span.start()), text.substring(span.end(), to));
    }

    /** Whether a cut at {@code index} falls between the two halves of a surrogate pair. */
    public static boolean splitsPair(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
                && Character.isHighSurrogate(text.charAt(index - 1));
    }
}

package org.lector.ui.reader;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lector.model.Span;

/**
 * Finds every occurrence of a query in a text as spans into the text, ignoring case and accents, the way a
 * browser's find does: "natasha" finds "Natásha", "elysee" finds "Élysée".
 *
 * <p>The text is folded once ({@link #fold(String)}): accents dropped, case folded, and every folded character
 * mapped back to the index it came from, so hits are reported as true offsets into the original text however
 * the folding changed its length.
 */
public final class TextSearch {

    /** More matches than this are not highlighted; the count says so. */
    public static final int MAX_MATCHES = 100_000;

    private TextSearch() {
    }

    /** A text folded for searching, with the original index of every folded character. */
    public static final class Folded {
        private final String folded;
        private final int[] origin;
        private final int originalLength;

        private Folded(String folded, int[] origin, int originalLength) {
            this.folded = folded;
            this.origin = origin;
            this.originalLength = originalLength;
        }

        int length() {
            return folded.length();
        }
    }

    /** Folds {@code text} for repeated searches; linear in its length. */
    public static Folded fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            String piece = foldCodePoint(text, i, cp, width);
            for (int k = 0; k < piece.length(); k++) {
                if (n == origin.length) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                origin[n++] = i;
                out.append(piece.charAt(k));
            }
            i += width;
        }
        return new Folded(out.toString(), java.util.Arrays.copyOf(origin, n), text.length());
    }

    private static String foldCodePoint(String text, int index, int cp, int width) {
        if (cp < 0x80) {
            return String.valueOf((char) Character.toLowerCase(cp));
        }
        if (Character.getType(cp) == Character.NON_SPACING_MARK) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.substring(index, index + width), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .forEach(kept::appendCodePoint);
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    /** All non-overlapping occurrences of {@code query} in {@code text}, ignoring case and accents. */
    public static List<Span> findAll(String text, String query) {
        return findAll(fold(text), query);
    }

    /**
     * All non-overlapping occurrences of {@code query} in a folded text, in order, at most {@link #MAX_MATCHES}.
     * Stops early when the thread is interrupted.
     */
    public static List<Span> findAll(Folded text, String query) {
        List<Span> found = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return found;
        }
        String needle = fold(query).folded;
        if (needle.isEmpty()) {
            return found;
        }
        String haystack = text.folded;
        for (int at = haystack.indexOf(needle); at >= 0 && found.size() < MAX_MATCHES;
                at = haystack.indexOf(needle, at + needle.length())) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            int start = text.origin[at];
            int lastChar = at + needle.length() - 1;
            int end = lastChar + 1 < text.length() ? text.origin[lastChar + 1] : text.originalLength;
            found.add(new Span(start, end));
        }
        return found;
    }
}

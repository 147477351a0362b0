package org.lector.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's own date in its text: a dateline ("PARIS, March 27, 2025 —") or a date line under the title.
 * Only the first lines are searched, because a date further down is about an event, not the article, and only the
 * start of each.
 */
public final class ArticleDates {

    private static final int HEAD_LINES = 6;
    /**
     * A dateline or a date line is short, so only the start of each line is searched. This also bounds the work:
     * {@code \b} looks back over combining marks for their base letter, so on a line of nothing but marks every
     * position costs the whole line, and the search grows with the square of the line.
     */
    private static final int HEAD_CHARS = 200;
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
            + "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private ArticleDates() {
    }

    /**
     * The date in the article's first lines, if one is there. The lines are read in place: a split of the text
     * copied all of it after the first lines, 6 MB for a novel, at every call.
     */
    public static Optional<LocalDate> find(String text) {
        int seen = 0;
        int from = 0;
        // The first 2 * HEAD_LINES lines, then the rest of the text as one, as a split with that limit gives them.
        for (int piece = 0; piece <= HEAD_LINES * 2; piece++) {
            int newline = piece < HEAD_LINES * 2 ? text.indexOf('\n', from) : -1;
            int end = newline < 0 ? text.length() : newline;
            if (!blank(text, from, end)) {
                if (++seen > HEAD_LINES) {
                    break;
                }
                Optional<LocalDate> d = inLine(text.substring(from, Math.min(end, from + HEAD_CHARS)));
                if (d.isPresent()) {
                    return d;
                }
            }
            if (newline < 0) {
                break;
            }
            from = newline + 1;
        }
        return Optional.empty();
    }

    /** Whether {@code text[from, to)} is blank as {@link String#isBlank} says. */
    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** The date at the start of one line (cut to its first 200 characters by the caller). */
    static Optional<LocalDate> inLine(String line) {
        try {
            Matcher m = ISO.matcher(line);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = MDY.matcher(line);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)),
                        Integer.parseInt(m.group(2))));
            }
            m = DMY.matcher(line);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
        } catch (DateTimeException | NumberFormatException e) {
            // "February 31, 2025" is not a date; treat the line as having none.
        }
        return Optional.empty();
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}

package org.lector.model;

/**
 * File names (and other strings that come from outside) made safe to show: a name is data, so control characters
 * and the invisible characters that reorder text are shown as escapes ({@code \x1B}, {@code \u202E}) instead of
 * reaching a terminal, a window title or an export raw. A file named {@code ESC[2J ESC[31m...} must not clear the
 * screen and turn it red when Lector names it in a message, and {@code U+202E} must not make {@code evil.exe.txt}
 * read as something else.
 *
 * <p>Escaped: C0 controls (tab and line feed too: a name is one line), DEL, C1 controls, the bidirectional
 * embedding, override and isolate controls and the arabic letter mark, and the line and paragraph separators.
 * Everything else, including U+FFFD (what the system shows for bytes that are not UTF-8), is kept.
 */
public final class DisplayNames {

    /**
     * What a direction control (embedding, override or isolate) in an article's text is shown as, one character for
     * one so that offsets keep their meaning: a visible sign where the file asked for a direction, which it no
     * longer gets.
     */
    public static final char DIRECTION_CONTROL = '\u21C6';

    private DisplayNames() {
    }

    /** Whether {@code c} embeds, overrides or isolates a direction: what can make text read as something else. */
    public static boolean reordersText(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * {@code text} (a passage of an article, not a name) with its direction controls shown as
     * {@link #DIRECTION_CONTROL}, so it reads as written; the same length, and null stays null.
     */
    public static String inertDirections(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            if (reordersText(text.charAt(i))) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = DIRECTION_CONTROL;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** {@code raw} with every control or reordering character written as an escape; {@code null} stays null. */
    public static String escape(String raw) {
        return escape(raw, false);
    }

    /**
     * A title (an article's, from its text or its file's name) made safe to show on one line of a window, a list
     * or an export: as {@link #escape}, but tab, line feed and carriage return are left for the caller to fold into
     * spaces, and the marks that right-to-left text needs in ordinary use (LRM, RLM, ALM) are kept. The controls
     * that embed, override or isolate a direction, which can make a title read as something else, are escaped.
     */
    public static String escapeTitle(String raw) {
        return escape(raw, true);
    }

    /** {@link #escapeTitle} on one line: runs of whitespace become one space, and the ends are stripped. */
    public static String titleLine(String raw) {
        return raw == null ? null : escapeTitle(raw).replaceAll("\\s+", " ").strip();
    }

    private static String escape(String raw, boolean title) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (needsEscape(c) && !(title && keptInTitle(c))) {
                if (out == null) {
                    out = new StringBuilder(raw.length() + 16).append(raw, 0, i);
                }
                if (c < 0x100) {
                    out.append(String.format("\\x%02X", (int) c));
                } else {
                    out.append(String.format("\\u%04X", (int) c));
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out != null ? out.toString() : raw;
    }

    /** Whether {@code raw} holds any character {@link #escape} would change. */
    public static boolean needsEscape(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (needsEscape(raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean keptInTitle(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || reordersText(c)
                || c == '\u061C' || c == '\u2028' || c == '\u2029' || c == '\u200E' || c == '\u200F';
    }
}

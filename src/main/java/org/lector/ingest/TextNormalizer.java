package org.lector.ingest;

import java.text.Normalizer;

/**
 * Normalizes decoded text once, so that every offset means the same thing everywhere: Unicode NFC, {@code \n}
 * line ends (CRLF and lone CR converted), a leading byte-order mark stripped, C0 control characters other than
 * tab and line feed removed, and the Stream-Safe Text Format of UAX #15.
 *
 * <p><b>Stream-safe:</b> a run of more than {@value #MAX_NON_STARTERS} combining marks gets a COMBINING GRAPHEME
 * JOINER (U+034F) after every {@value #MAX_NON_STARTERS}, as UAX #15 section 13 prescribes. No real script stacks
 * that many marks, and without the joiner normalization reorders such a run in quadratic time: 200,000 marks with
 * no base letter kept the JDK's normalizer busy for minutes. The joiner is invisible and, being a starter, keeps
 * the marks on each side apart, so NFC stays linear and the result is still NFC.
 */
public final class TextNormalizer {

    /** UAX #15's limit on consecutive non-starters in stream-safe text. */
    static final int MAX_NON_STARTERS = 30;

    private static final char CGJ = '\u034F';

    private TextNormalizer() {
    }

    /** The normalized form of {@code raw}; idempotent. */
    public static String normalize(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        int start = !raw.isEmpty() && raw.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = start; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t' || c >= 0x20) {
                sb.append(c);
            }
            // Other C0 controls (NUL, form feed, escape...) have no place in a reading view and would confuse
            // offsets shown to the user, so they go.
        }
        String text = streamSafe(sb);
        // NFC last: removing controls can join a base letter and a combining mark that now compose.
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        // Again after NFC: a few marks decompose into two (U+0344 into U+0308 U+0301), which can lengthen a run.
        return streamSafe(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /**
     * {@code text} with a joiner after every {@value #MAX_NON_STARTERS} combining marks in a row. Marks are told
     * by their general category (Mn, Mc, Me), which counts a few characters UAX #15 does not (spacing marks of
     * class 0): the limit is only ever met by text no script writes, so counting generously costs nothing.
     */
    static String streamSafe(CharSequence text) {
        StringBuilder out = null;
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            int next = i + Character.charCount(cp);
            if (cp != CGJ && isMark(cp)) {
                if (run == MAX_NON_STARTERS) {
                    if (out == null) {
                        out = new StringBuilder(text.length() + 64).append(text, 0, i);
                    }
                    out.append(CGJ);
                    run = 0;
                }
                run++;
            } else {
                run = 0;
            }
            if (out != null) {
                out.append(text, i, next);
            }
            i = next;
        }
        return out != null ? out.toString() : text.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}

package org.lector.ingest;

import java.text.Normalizer;

/**
 * Normalizes decoded text once, so that every offset means the same thing everywhere: Unicode NFC, {@code \n}
 * line ends (CRLF and lone CR converted), a leading byte-order mark stripped, and C0 control characters other than
 * tab and line feed removed.
 */
public final class TextNormalizer {

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
        String text = sb.toString();
        // NFC last: removing controls can join a base letter and a combining mark that now compose.
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}

package org.lector.export;

import java.util.ArrayList;
import java.util.List;
import org.lector.model.Span;

/**
 * A fallback tokenizer for CoNLL when the caller has no engine tokens: runs of letters and digits (with inner
 * apostrophes, hyphens, dots and commas between digits kept), every other non-space character alone.
 */
public final class SimpleTokenizer {

    private SimpleTokenizer() {
    }

    public static List<Span> tokenize(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                while (i < n) {
                    int c = text.codePointAt(i);
                    if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                        i += Character.charCount(c);
                    } else if (isJoiner(c) && i + 1 < n && Character.isLetterOrDigit(text.codePointAt(i + 1))
                            && (c != ',' && c != '.' || Character.isDigit(text.codePointBefore(i))
                            && Character.isDigit(text.codePointAt(i + 1)))) {
                        i += 1;
                    } else {
                        break;
                    }
                }
            } else {
                i += Character.charCount(cp);
            }
            out.add(new Span(start, i));
        }
        return out;
    }

    private static boolean isJoiner(int c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == ',';
    }
}

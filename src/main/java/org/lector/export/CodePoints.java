package org.lector.export;

/**
 * Converts between UTF-16 offsets (Lector's) and code point offsets (brat's, which counts Python string
 * characters). Texts without surrogate pairs, nearly all of them, convert by identity without a table.
 */
final class CodePoints {

    private final int[] toCodePoint;
    private final int[] toUtf16;
    private final int length;

    CodePoints(String text) {
        length = text.codePointCount(0, text.length());
        boolean surrogates = false;
        for (int i = 0; i < text.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!surrogates) {
            toCodePoint = null;
            toUtf16 = null;
            return;
        }
        toCodePoint = new int[text.length() + 1];
        toUtf16 = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            toCodePoint[i] = cp;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                toUtf16[cp] = i;
                cp++;
            }
        }
        toCodePoint[text.length()] = cp;
        toUtf16[cp] = text.length();
    }

    /** The number of code points in the text. */
    int length() {
        return length;
    }

    /** The UTF-16 offset of a code point offset, with offsets past the end taken as the end. */
    int utf16Clamped(int codePoint) {
        return utf16(Math.max(0, Math.min(codePoint, length)));
    }

    int codePoint(int utf16) {
        return toCodePoint == null ? utf16 : toCodePoint[utf16];
    }

    int utf16(int codePoint) {
        if (toUtf16 == null) {
            return codePoint;
        }
        if (codePoint < 0 || codePoint >= toUtf16.length) {
            throw new IllegalArgumentException("offset " + codePoint + " lies outside the text");
        }
        return toUtf16[codePoint];
    }
}

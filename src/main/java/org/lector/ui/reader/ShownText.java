package org.lector.ui.reader;

import java.util.ArrayList;
import java.util.List;
import org.lector.model.DisplayNames;
import org.lector.model.Span;

/**
 * The article's text as the screen shows it. It has exactly the document's length, character for character, so an
 * offset (an annotation, a find hit, the selection, a click) means the same in both, and only the screen sees two
 * changes:
 * <ul>
 * <li>The controls that embed, override or isolate a direction (U+202A to U+202E, U+2066 to U+2069) show as
 *     {@link DisplayNames#DIRECTION_CONTROL}: a file cannot make the reader see its text reordered or reversed.
 *     The marks right-to-left text needs in ordinary use (LRM, RLM, ALM) stay, as in titles.</li>
 * <li>A paragraph longer than {@link #LONGEST_PARAGRAPH} characters is shown as several: a character at a safe
 *     point is shown as a line break. The text area lays a paragraph out whole, on the FX thread, so one 10 MB line
 *     or 200,000 combining marks would freeze the window for minutes; pieces of this size are laid out only when
 *     they scroll into view. The safe point is the last whitespace in the second half of the piece; without one, a
 *     combining mark or an invisible format character (in a pile of marks one fewer does not show); without
 *     either, a character that starts a grapheme (a "word" of ten thousand letters loses one to the break, on
 *     screen only). A pile of more than {@link #LONGEST_PILE} combining marks is broken too, at a mark: shaping
 *     such a pile is slow enough that a screenful of 5,000-mark paragraphs held the window for half a minute.
 *     Copying and finding work on the document's text, so they never see these breaks.</li>
 * </ul>
 * Pure and linear in the text's length: it runs in the background while a text is opened.
 *
 * @param text     what the text area holds
 * @param controls where a direction control was replaced, to be styled as such
 * @param breaks   how many line breaks were put in for long paragraphs
 */
record ShownText(String text, List<Span> controls, int breaks) {

    /** The longest paragraph shown as one, in UTF-16 code units: about 70 lines of 70 characters. */
    static final int LONGEST_PARAGRAPH = 5_000;

    /**
     * The most combining marks (and format characters) in a row shown on one line: the limit of Unicode's
     * stream-safe text format (UAX #15), which no real text comes near.
     */
    static final int LONGEST_PILE = 30;

    /** The text {@code documentText} is shown as. */
    static ShownText of(String documentText) {
        char[] shown = documentText.toCharArray();
        List<Span> controls = new ArrayList<>();
        for (int i = 0; i < shown.length; i++) {
            if (DisplayNames.reordersText(shown[i])) {
                shown[i] = DisplayNames.DIRECTION_CONTROL;
                controls.add(new Span(i, i + 1));
            }
        }
        int breaks = 0;
        int paragraphStart = 0;
        int pile = 0;
        for (int i = 0; i < shown.length; i++) {
            pile = invisibleAlone(shown[i]) ? pile + 1 : 0;
            if (pile > LONGEST_PILE) {
                shown[i] = '\n';
                breaks++;
                pile = 0;
            }
            if (shown[i] == '\n') {
                paragraphStart = i + 1;
            } else if (i - paragraphStart >= LONGEST_PARAGRAPH) {
                int cut = safePoint(shown, paragraphStart + LONGEST_PARAGRAPH / 2, i);
                shown[cut] = '\n';
                breaks++;
                paragraphStart = cut + 1;
                pile = Math.min(pile, i - cut);
            }
        }
        return new ShownText(breaks == 0 && controls.isEmpty() ? documentText : new String(shown),
                List.copyOf(controls), breaks);
    }

    /**
     * Where in {@code [from, to]} a paragraph that grew too long is broken: scanning back from {@code to}, each
     * scan at most half a paragraph long, so the whole stays linear.
     */
    private static int safePoint(char[] text, int from, int to) {
        for (int i = to; i >= from; i--) {
            if (Character.isWhitespace(text[i])) {
                return i;
            }
        }
        for (int i = to; i >= from; i--) {
            if (invisibleAlone(text[i])) {
                return i;
            }
        }
        for (int i = to; i >= from; i--) {
            // Not half of a surrogate pair, and not a letter whose marks would be left without it.
            if (!Character.isSurrogate(text[i]) && !(i + 1 < text.length && invisibleAlone(text[i + 1]))) {
                return i;
            }
        }
        return to;
    }

    /** A combining mark or a format character (zero-width joiner and the like): nothing shows where it was. */
    private static boolean invisibleAlone(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }
}

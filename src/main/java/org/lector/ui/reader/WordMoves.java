package org.lector.ui.reader;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * Where a move by words (Ctrl+Left and Ctrl+Right, with Shift to select) takes the caret, with the word iterator
 * reading the text a paragraph at a time around the caret. RichTextFX's own move
 * ({@code NavigationActions.wordBreaksForwards}) gives the iterator the whole document's text, gathered anew from
 * every paragraph at every key press: on a novel, 3.2 million characters from 65,000 paragraphs for a move of one
 * word. The iterator reads only the few characters around the caret its rules look at, so this move gives the same
 * boundaries as RichTextFX's over the whole text ({@code WordMovesTest} checks both on random texts) and costs the
 * paragraphs it reads.
 */
final class WordMoves {

    private WordMoves() {
    }

    /**
     * A text of paragraphs joined by line breaks, as a text area holds it.
     *
     * @param paragraph   the text of a paragraph, without its line break
     * @param start       where a paragraph starts in the whole text
     * @param paragraphAt the paragraph an offset of the whole text is in (the end of a paragraph is in it)
     * @param length      the whole text's length
     */
    record Paragraphs(IntFunction<String> paragraph, IntUnaryOperator start,
            IntUnaryOperator paragraphAt, int length) {
    }

    /** The offset {@code n} word boundaries after {@code from}, or the end of the text if it has fewer. */
    static int forwards(Paragraphs text, int from, int n, BreakIterator words) {
        words.setText(new Characters(text));
        words.following(from);
        for (int i = 1; i < n; i++) {
            words.next();
        }
        return words.current();
    }

    /** The offset {@code n} word boundaries before {@code from}, or the start of the text if it has fewer. */
    static int backwards(Paragraphs text, int from, int n, BreakIterator words) {
        words.setText(new Characters(text));
        words.preceding(from);
        for (int i = 1; i < n; i++) {
            words.previous();
        }
        return words.current();
    }

    /**
     * The offset one code point after {@code from}, given the text's (up to) two characters from there: what
     * {@code Character.offsetByCodePoints(text, from, 1)} gives over the whole text, which looks at no more.
     */
    static int charAfter(int from, String next) {
        return from + Character.offsetByCodePoints(next, 0, 1);
    }

    /**
     * The offset one code point before {@code from}, given the text's (up to) two characters before it: what
     * {@code Character.offsetByCodePoints(text, from, -1)} gives over the whole text.
     */
    static int charBefore(int from, String previous) {
        return from - previous.length() + Character.offsetByCodePoints(previous, previous.length(), -1);
    }

    /** The whole text, one paragraph fetched at a time: the one the index is in. */
    private static final class Characters implements CharacterIterator {

        private final Paragraphs text;
        private int index;
        /** The paragraph last read, where it starts, and its text. */
        private int paragraph = -1;
        private int paragraphStart;
        private String paragraphText = "";

        Characters(Paragraphs text) {
            this.text = text;
        }

        @Override
        public char current() {
            if (index >= text.length()) {
                return DONE;
            }
            if (paragraph < 0 || index < paragraphStart || index > paragraphStart + paragraphText.length()) {
                paragraph = text.paragraphAt().applyAsInt(index);
                paragraphStart = text.start().applyAsInt(paragraph);
                paragraphText = text.paragraph().apply(paragraph);
            }
            int column = index - paragraphStart;
            return column < paragraphText.length() ? paragraphText.charAt(column) : '\n';
        }

        @Override
        public char first() {
            index = 0;
            return current();
        }

        @Override
        public char last() {
            index = Math.max(0, text.length() - 1);
            return current();
        }

        @Override
        public char next() {
            index = Math.min(index + 1, text.length());
            return current();
        }

        @Override
        public char previous() {
            if (index == 0) {
                return DONE;
            }
            index--;
            return current();
        }

        @Override
        public char setIndex(int position) {
            if (position < 0 || position > text.length()) {
                throw new IllegalArgumentException("index " + position + " outside 0.." + text.length());
            }
            index = position;
            return current();
        }

        @Override
        public int getBeginIndex() {
            return 0;
        }

        @Override
        public int getEndIndex() {
            return text.length();
        }

        @Override
        public int getIndex() {
            return index;
        }

        @Override
        public Characters clone() {
            Characters copy = new Characters(text);
            copy.index = index;
            return copy;
        }
    }
}

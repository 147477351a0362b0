package org.lector.ui.reader;

/**
 * How long a text is to read.
 *
 * @param words   words in the text
 * @param minutes reading time at {@link #WORDS_PER_MINUTE}, at least 1 for a non-empty text
 */
public record ReadingStats(int words, int minutes) {

    /** A typical adult silent reading speed for non-fiction. */
    public static final int WORDS_PER_MINUTE = 238;

    public static final ReadingStats NONE = new ReadingStats(0, 0);

    /** Counts words: maximal runs of letters or digits, with apostrophes and hyphens inside a word. */
    public static ReadingStats of(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(cp)
                    || (inWord && (cp == '\'' || cp == '\u2019' || cp == '-') && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.codePointAt(i + 1)));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
            i += Character.charCount(cp);
        }
        int minutes = words == 0 ? 0 : Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
        return new ReadingStats(words, minutes);
    }
}

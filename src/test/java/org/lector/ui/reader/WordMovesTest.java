package org.lector.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A move by words that reads the text a paragraph at a time ends where RichTextFX's move over the whole text ends. */
class WordMovesTest {

    /** Letters, digits, the punctuation inside words (apostrophes, points, hyphens), spaces and line breaks. */
    private static final String ALPHABET = "aBcd\u00e9 Xy z  09.,;:'\u2019-\u2014\"!?()\n\n\t\uD83D\uDE00";

    private static String randomText(Random random) {
        int length = random.nextInt(120);
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            int at = random.nextInt(ALPHABET.length());
            if (Character.isHighSurrogate(ALPHABET.charAt(at))) {
                b.append(ALPHABET, at, at + 2);
            } else if (!Character.isLowSurrogate(ALPHABET.charAt(at))) {
                b.append(ALPHABET.charAt(at));
            }
        }
        return b.toString();
    }

    /** {@code text} as a text area holds it: paragraphs, each read on demand, counted in {@code reads}. */
    private static WordMoves.Paragraphs paragraphs(String text, int[] reads) {
        String[] pars = text.split("\n", -1);
        int[] starts = new int[pars.length];
        for (int i = 1; i < pars.length; i++) {
            starts[i] = starts[i - 1] + pars[i - 1].length() + 1;
        }
        return new WordMoves.Paragraphs(i -> {
            reads[0]++;
            return pars[i];
        }, i -> starts[i], offset -> {
            int par = 0;
            while (par + 1 < starts.length && starts[par + 1] <= offset) {
                par++;
            }
            return par;
        }, text.length());
    }

    /** RichTextFX's move: the iterator over the whole text, {@code following} once and then {@code next}. */
    private static int wholeTextForwards(String text, int from, int n) {
        BreakIterator words = BreakIterator.getWordInstance();
        words.setText(text);
        words.following(from);
        for (int i = 1; i < n; i++) {
            words.next();
        }
        return words.current();
    }

    private static int wholeTextBackwards(String text, int from, int n) {
        BreakIterator words = BreakIterator.getWordInstance(Locale.ENGLISH);
        words.setText(text);
        words.preceding(from);
        for (int i = 1; i < n; i++) {
            words.previous();
        }
        return words.current();
    }

    @Test
    void everyMoveOnRandomTextsEndsWhereTheMoveOverTheWholeTextEnds() {
        for (long seed = 1; seed <= 150; seed++) {
            Random random = new Random(seed);
            String text = randomText(random);
            WordMoves.Paragraphs pars = paragraphs(text, new int[1]);
            String shown = text.replace("\n", "\\n");
            for (int from = 0; from <= text.length(); from++) {
                for (int n = 1; n <= 3; n++) {
                    assertThat(WordMoves.forwards(pars, from, n, BreakIterator.getWordInstance()))
                            .as("seed %d, %d words on from %d in %s", seed, n, from, shown)
                            .isEqualTo(wholeTextForwards(text, from, n));
                    assertThat(WordMoves.backwards(pars, from, n, BreakIterator.getWordInstance(Locale.ENGLISH)))
                            .as("seed %d, %d words back from %d in %s", seed, n, from, shown)
                            .isEqualTo(wholeTextBackwards(text, from, n));
                }
            }
        }
    }

    @Test
    void aMoveReadsTheParagraphsAroundTheCaretNotTheWholeText() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            b.append("Paragraph ").append(i).append(" says a few words about the war.\n");
        }
        String text = b.toString();
        int[] reads = new int[1];
        WordMoves.Paragraphs pars = paragraphs(text, reads);
        int from = text.indexOf("Paragraph 5000 ") + "Paragraph ".length();
        assertThat(WordMoves.forwards(pars, from, 1, BreakIterator.getWordInstance()))
                .isEqualTo(wholeTextForwards(text, from, 1));
        assertThat(WordMoves.backwards(pars, from, 2, BreakIterator.getWordInstance(Locale.ENGLISH)))
                .isEqualTo(wholeTextBackwards(text, from, 2));
        assertThat(reads[0]).as("paragraphs read for two moves").isLessThanOrEqualTo(6);
    }

    @Test
    void aCharacterMoveReadingTwoCharactersLandsWhereTheWholeTextPutsIt() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        // Pairs, and halves of pairs standing alone, which a move steps over one at a time.
        String alphabet = "ab \n\uD83D\uDE00\u00e9";
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            for (int at = 0; at <= text.length(); at++) {
                if (at < text.length()) {
                    assertThat(WordMoves.charAfter(at, text.substring(at, Math.min(text.length(), at + 2))))
                            .as("right from %d in %s (seed %d)", at, text.codePoints().boxed().toList(), seed)
                            .isEqualTo(Character.offsetByCodePoints(text, at, 1));
                }
                if (at > 0) {
                    assertThat(WordMoves.charBefore(at, text.substring(Math.max(0, at - 2), at)))
                            .as("left from %d in %s (seed %d)", at, text.codePoints().boxed().toList(), seed)
                            .isEqualTo(Character.offsetByCodePoints(text, at, -1));
                }
            }
        }
    }
}

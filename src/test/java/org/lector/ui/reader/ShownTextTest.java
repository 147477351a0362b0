package org.lector.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lector.model.DisplayNames;
import org.lector.model.Span;

class ShownTextTest {

    private static final int LIMIT = ShownText.LONGEST_PARAGRAPH;

    private static int longestParagraph(String text) {
        int longest = 0;
        for (String p : text.split("\n", -1)) {
            longest = Math.max(longest, p.length());
        }
        return longest;
    }

    @Test
    void anOrdinaryTextIsShownAsItIs() {
        String text = "A title\n\nMaria Lopez said the bridge would open.\nA second paragraph.";
        ShownText shown = ShownText.of(text);
        assertThat(shown.text()).isSameAs(text);
        assertThat(shown.controls()).isEmpty();
        assertThat(shown.breaks()).isZero();
    }

    @Test
    void directionControlsAreShownAsASignInTheirPlaceAndTheMarksRightToLeftTextNeedsStay() {
        String text = "Invoice \u202Egnp.exe\u202C and \u2067isolated\u2069 text \u200F\u200E\u061C";
        ShownText shown = ShownText.of(text);
        String sign = String.valueOf(DisplayNames.DIRECTION_CONTROL);
        assertThat(shown.text()).isEqualTo("Invoice " + sign + "gnp.exe" + sign + " and " + sign + "isolated" + sign
                + " text \u200F\u200E\u061C");
        assertThat(shown.controls()).containsExactly(new Span(8, 9), new Span(16, 17), new Span(22, 23),
                new Span(31, 32));
        assertThat(shown.text().chars().filter(c -> DisplayNames.reordersText((char) c)).count()).isZero();
    }

    @Test
    void aTenMegabyteLineIsShownInPiecesBrokenWhereItHadSpaces() {
        StringBuilder b = new StringBuilder("Title\n\n");
        while (b.length() < 10_000_000) {
            b.append("The council met on Monday in Berlin and said the bridge would open. ");
        }
        String text = b.toString();
        ShownText shown = ShownText.of(text);
        assertThat(shown.text()).hasSameSizeAs(text);
        assertThat(longestParagraph(shown.text())).isLessThanOrEqualTo(LIMIT);
        assertThat(shown.breaks()).isGreaterThanOrEqualTo(text.length() / LIMIT);
        for (int i = 0; i < text.length(); i++) {
            if (shown.text().charAt(i) != text.charAt(i)) {
                assertThat(text.charAt(i)).as("only a space gives way to a break, at %d", i).isEqualTo(' ');
                assertThat(shown.text().charAt(i)).isEqualTo('\n');
            }
        }
    }

    @Test
    void combiningMarksWithNoLetterAreShownInSmallPilesBrokenAtAMark() {
        String text = "\u0301".repeat(200_000);
        ShownText shown = ShownText.of(text);
        assertThat(shown.text()).hasSameSizeAs(text);
        assertThat(longestParagraph(shown.text())).isLessThanOrEqualTo(ShownText.LONGEST_PILE);
        assertThat(shown.text().replace("\n", "")).isEqualTo("\u0301".repeat(200_000 - shown.breaks()));
    }

    @Test
    void piledMarksOnLettersAreBrokenOnlyWhereThePileIsTooHigh() {
        String zalgo = "a" + "\u0301".repeat(5) + "b" + "\u0302".repeat(ShownText.LONGEST_PILE + 10) + "c";
        String shown = ShownText.of(zalgo).text();
        assertThat(shown.indexOf('\n')).isEqualTo(2 + 5 + ShownText.LONGEST_PILE);
        assertThat(shown.replace('\n', '\u0302')).isEqualTo(zalgo);
    }

    @Test
    void aLongWordIsBrokenAtAMarkWhenItHasOneAndNeverInsideASurrogatePair() {
        String letters = "ab\uD835\uDC00".repeat(10_000); // with MATHEMATICAL BOLD CAPITAL A, two code units
        ShownText shown = ShownText.of(letters);
        assertThat(longestParagraph(shown.text())).isLessThanOrEqualTo(LIMIT);
        String s = shown.text();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                assertThat(letters.charAt(i)).as("broken at %d", i).isNotIn('\uD835', '\uDC00');
            }
        }
        String marked = "e\u0301".repeat(10_000);
        String shownMarked = ShownText.of(marked).text();
        for (int i = 0; i < shownMarked.length(); i++) {
            if (shownMarked.charAt(i) == '\n') {
                assertThat(marked.charAt(i)).as("broken at %d", i).isEqualTo('\u0301');
            }
        }
    }

    @Test
    void anyTextKeepsItsLengthAndEveryOtherCharacterAndNoParagraphIsTooLong() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        char[] alphabet = {'a', 'b', ' ', '\n', '\u0301', '\u200D', '\u202E', '\u2066', '\uD835', '\uDC00', 'x'};
        for (int round = 0; round < 50; round++) {
            int length = random.nextInt(3 * LIMIT);
            boolean sparse = random.nextBoolean();
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                // Sparse texts have few spaces and breaks, so paragraphs grow long.
                char c = alphabet[random.nextInt(alphabet.length)];
                b.append(sparse && (c == ' ' || c == '\n') && random.nextInt(500) != 0 ? 'a' : c);
            }
            String text = b.toString();
            ShownText shown = ShownText.of(text);
            String s = shown.text();
            assertThat(s).as("seed %d", seed).hasSameSizeAs(text);
            assertThat(longestParagraph(s)).as("seed %d", seed).isLessThanOrEqualTo(LIMIT);
            int breaks = 0;
            List<Span> controls = shown.controls();
            int control = 0;
            for (int i = 0; i < text.length(); i++) {
                char was = text.charAt(i);
                char now = s.charAt(i);
                if (DisplayNames.reordersText(was)) {
                    assertThat(controls.get(control++)).as("seed %d", seed).isEqualTo(new Span(i, i + 1));
                    assertThat(now).as("seed %d at %d", seed, i).isIn(DisplayNames.DIRECTION_CONTROL, '\n');
                } else if (now != was) {
                    assertThat(now).as("seed %d at %d", seed, i).isEqualTo('\n');
                }
                if (now == '\n' && was != '\n') {
                    breaks++;
                }
            }
            assertThat(control).as("seed %d", seed).isEqualTo(controls.size());
            assertThat(breaks).as("seed %d", seed).isEqualTo(shown.breaks());
        }
    }
}

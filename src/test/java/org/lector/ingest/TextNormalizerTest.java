package org.lector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormalizerTest {

    @Test
    void convertsCrLfAndLoneCrToLf() {
        assertThat(TextNormalizer.normalize("one\r\ntwo\rthree\n\r\nfour")).isEqualTo("one\ntwo\nthree\n\nfour");
    }

    @Test
    void stripsLeadingByteOrderMark() {
        assertThat(TextNormalizer.normalize("\uFEFFHello")).isEqualTo("Hello");
    }

    @Test
    void composesToNfc() {
        assertThat(TextNormalizer.normalize("caf\u0065\u0301")).isEqualTo("caf\u00e9").hasSize(4);
    }

    @Test
    void removesC0ControlsButKeepsTabAndNewline() {
        assertThat(TextNormalizer.normalize("a\u0000b\u0007c\td\u000Be\u001Bf\u000Cg\nh"))
                .isEqualTo("abc\tdefg\nh");
    }

    @Test
    void composesMarksThatControlsSeparated() {
        assertThat(TextNormalizer.normalize("e\u0000\u0301")).isEqualTo("\u00e9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain text", "caf\u00e9 \u2014 \u201cquoted\u201d", "lines\r\nand\ttabs", "\uFEFFe\u0301"})
    void isIdempotent(String text) {
        String once = TextNormalizer.normalize(text);
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against the old hang, not a speed target
    void marksWithNoBaseLetterGetAJoinerEveryThirtyAndStayNfc() {
        String text = TextNormalizer.normalize("\u0301\u0323".repeat(100_000));
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(longestMarkRun(text)).isEqualTo(TextNormalizer.MAX_NON_STARTERS);
        assertThat(text.chars().filter(c -> c == 0x034F).count()).isEqualTo(200_000 / 30);
        assertThat(TextNormalizer.normalize(text)).isEqualTo(text);
    }

    @Test
    void aLetterWithManyMarksKeepsItsFirstMarkComposed() {
        String text = TextNormalizer.normalize("e" + "\u0301".repeat(20_000));
        assertThat(text).startsWith("\u00e9");
        assertThat(longestMarkRun(text)).isLessThanOrEqualTo(TextNormalizer.MAX_NON_STARTERS);
        assertThat(TextNormalizer.normalize(text)).isEqualTo(text);
    }

    @Test
    void marksThatDecomposeIntoTwoAreStillCappedAfterNfc() {
        // U+0344 is excluded from composition: NFC turns each into U+0308 U+0301, doubling the run.
        String text = TextNormalizer.normalize("a" + "\u0344".repeat(25));
        assertThat(longestMarkRun(text)).isLessThanOrEqualTo(TextNormalizer.MAX_NON_STARTERS);
        assertThat(TextNormalizer.normalize(text)).isEqualTo(text);
    }

    @Test
    void ordinaryMarksAreLeftAlone() {
        String vietnamese = "Vi\u1EC7t Nam, Nguy\u1EC5n, \u0915\u094D\u0937";
        assertThat(TextNormalizer.normalize(vietnamese)).isEqualTo(vietnamese);
    }

    private static int longestMarkRun(String text) {
        int run = 0;
        int longest = 0;
        for (int i = 0; i < text.length(); i++) {
            int type = Character.getType(text.charAt(i));
            boolean mark = text.charAt(i) != 0x034F && (type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK);
            run = mark ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}

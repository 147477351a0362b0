package org.lector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;
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
}

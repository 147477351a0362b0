package org.lector.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;
import org.junit.jupiter.api.Test;

/** The quote selector's context never cuts a character in half, so it always encodes as UTF-8. */
class AnchorSelectorTest {

    @Test
    void contextThatWouldCutAnEmojiInHalfStopsBeforeIt() throws CharacterCodingException {
        // An emoji (two UTF-16 units), 31 letters, the annotated word, 31 letters, an emoji: 32 units back from the
        // word is the first emoji's second half, and 32 units forward from its end the second emoji's first half.
        String text = "\uD83D\uDE00" + "a".repeat(31) + "Macron" + "b".repeat(31) + "\uD83D\uDE00y";
        int start = text.indexOf("Macron");
        AnchorSelector s = AnchorSelector.of(text, new Span(start, start + 6));

        assertThat(s.exact()).isEqualTo("Macron");
        assertThat(s.prefix()).isEqualTo("a".repeat(31));
        assertThat(s.suffix()).isEqualTo("b".repeat(31));
        StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(s.prefix()));
        StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(s.suffix()));
    }

    @Test
    void contextWithWholeEmojiOnBothSidesKeepsThem() {
        String text = "\uD83D\uDE00 Paris \uD83D\uDE00";
        AnchorSelector s = AnchorSelector.of(text, new Span(3, 8));
        assertThat(s.prefix()).isEqualTo("\uD83D\uDE00 ");
        assertThat(s.suffix()).isEqualTo(" \uD83D\uDE00");
    }
}

package org.lector.ui.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lector.model.Span;

/**
 * Word steps of a mention's boundaries, each case drawn on its text: {@code [} and {@code ]} mark the span before,
 * the expected span is spelled out.
 */
class BoundariesTest {

    private static final String TEXT = "with US President Donald Trump, ahead\nof the meeting";

    private static Span span(String words) {
        int at = TEXT.indexOf(words);
        return new Span(at, at + words.length());
    }

    private static String of(Span s) {
        return s == null ? null : s.of(TEXT);
    }

    @Test
    void theStartTakesInThePreviousWordAndLetsGoOfTheFirst() {
        // with US [President Donald Trump], ahead
        assertThat(of(Boundaries.startLeft(TEXT, span("President Donald Trump"))))
                .isEqualTo("US President Donald Trump");
        assertThat(of(Boundaries.startRight(TEXT, span("President Donald Trump")))).isEqualTo("Donald Trump");
        // [with] US: nothing before the first word of the text
        assertThat(Boundaries.startLeft(TEXT, span("with"))).isNull();
    }

    @Test
    void theEndSkipsPunctuationToTheNextWordAndLetsGoOfTheLast() {
        // [Donald Trump], ahead  ->  Donald Trump, ahead
        assertThat(of(Boundaries.endRight(TEXT, span("Donald Trump")))).isEqualTo("Donald Trump, ahead");
        assertThat(of(Boundaries.endLeft(TEXT, span("Donald Trump")))).isEqualTo("Donald");
    }

    @Test
    void aMentionKeepsAWordAndItsLine() {
        // [Trump]: its only word stays
        assertThat(Boundaries.startRight(TEXT, span("Trump"))).isNull();
        assertThat(Boundaries.endLeft(TEXT, span("Trump"))).isNull();
        // [ahead]\nof: the next line is not taken in, nor the line before
        assertThat(Boundaries.endRight(TEXT, span("ahead"))).isNull();
        assertThat(Boundaries.startLeft(TEXT, span("of the"))).isNull();
    }
}

package org.lector.ui.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lector.model.Span;

class QuoteCuesTest {

    static final String TEXT = "\"We will not abandon Ukraine,\" Macron said. He said it twice, and Starmer nodded.";

    private static Span span(String needle) {
        int i = TEXT.indexOf(needle);
        return new Span(i, i + needle.length());
    }

    @Test
    void selectionOfAllTheWordsInsideTheMarksTakesInTheMarksAndTheCommaBeforeThem() {
        assertThat(QuoteCues.passage(TEXT, span("We will not abandon Ukraine")).of(TEXT))
                .isEqualTo("\"We will not abandon Ukraine,\"");
        assertThat(QuoteCues.passage(TEXT, span("e will not abandon Ukrain")).of(TEXT))
                .isEqualTo("\"We will not abandon Ukraine,\"");
        assertThat(QuoteCues.passage(TEXT, span("will not aband")).of(TEXT))
                .as("part of a quotation is a partial quote, without the marks").isEqualTo("will not abandon");
    }

    @Test
    void selectionWithoutMarksIsSnappedToWords() {
        assertThat(QuoteCues.passage(TEXT, span("e said it tw")).of(TEXT)).isEqualTo("He said it twice");
    }

    @Test
    void cueIsTheNearestWholeWordOutsideTheQuote() {
        Span quote = span("\"We will not abandon Ukraine,\"");
        assertThat(QuoteCues.find(TEXT, quote, "SAID")).contains(span("said"));
        assertThat(QuoteCues.find(TEXT, quote, "sai")).isEmpty();
        assertThat(QuoteCues.find(TEXT, quote, "abandon")).as("inside the quote is no cue").isEmpty();
    }

    @Test
    void nearbyWordsComeNearestFirstWithoutRepeats() {
        Span quote = span("\"We will not abandon Ukraine,\"");
        assertThat(QuoteCues.nearbyWords(TEXT, quote)).startsWith("macron", "said", "twice")
                .doesNotHaveDuplicates().doesNotContain("abandon", "he", "it");
    }
}

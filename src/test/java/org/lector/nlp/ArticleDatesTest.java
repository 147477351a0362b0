package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Title\\n\\nPARIS, March 27, 2025 (Reuters) - text | 2025-03-27
            Title\\nThursday, 27 March 2025\\n\\nText         | 2025-03-27
            Title\\n2025-03-27\\nText                         | 2025-03-27
            Title\\n\\nNo date here at all.                    | none
            """)
    void findsTheDatelineInTheFirstLines(String text, String expected) {
        String t = text.replace("\\n", "\n");
        assertThat(ArticleDates.find(t).map(Object::toString).orElse("none")).isEqualTo(expected);
    }

    @Test
    void onlyTheStartOfALineIsSearchedSoALongLineIsNotReadToTheEnd() {
        assertThat(ArticleDates.find("Title\n\n" + "word ".repeat(30) + "March 27, 2025")).isPresent();
        assertThat(ArticleDates.find("Title\n\n" + "word ".repeat(60) + "March 27, 2025")).isEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against the hang, not a speed target
    void aLineOfCombiningMarksWithoutABaseLetterEnds() {
        // Searched whole, \b looks back over all the marks before each position: 200,000 squared steps.
        assertThat(ArticleDates.find("Marks\n\n" + "\u0301\u0323".repeat(100_000))).isEmpty();
    }
}

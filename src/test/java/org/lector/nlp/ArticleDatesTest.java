package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

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
}

package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
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

    @Test
    void linesReadInPlaceFindWhatASplitOfTheTextFound() {
        // The first 12 lines and the rest as one, each cut to 200 characters, the way find read them before.
        String[] parts = {"", " ", "\t", "\u2003", "Title", "PARIS, March 27, 2025 -", "2024-02-29", "Feb 30, 2025",
            "3rd May 2023 text", "word ", "\uD83D\uDE00", "\n", "\n\n", "Sept. 9 2021", "x".repeat(190) + "May 1, 2020"};
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                text.append(parts[random.nextInt(parts.length)]).append(random.nextInt(3) == 0 ? "" : "\n");
            }
            String t = text.toString();
            assertThat(ArticleDates.find(t)).as("seed %d, text %s", seed, t).isEqualTo(bySplit(t));
        }
    }

    private static Optional<LocalDate> bySplit(String text) {
        int seen = 0;
        for (String line : text.split("\n", 13)) {
            if (line.isBlank()) {
                continue;
            }
            if (++seen > 6) {
                break;
            }
            Optional<LocalDate> d = ArticleDates.inLine(line.length() > 200
                    ? line.substring(0, 200) : line);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }
}

package org.lector.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadingStatsTest {

    @Test
    void countsWordsWithApostrophesAndHyphensInsideAsOne() {
        assertThat(ReadingStats.of("Ukraine's co-hosted summit, 30-day ceasefire.").words()).isEqualTo(5);
    }

    @Test
    void ignoresPunctuationAndWhitespace() {
        assertThat(ReadingStats.of("  \"Strong decisions\" —  from  the summit!\n\n").words()).isEqualTo(5);
    }

    @Test
    void readingTimeIsAtLeastAMinuteForAnyText() {
        assertThat(ReadingStats.of("One word").minutes()).isEqualTo(1);
        assertThat(ReadingStats.of("").minutes()).isZero();
    }

    @Test
    void readingTimeFollowsWordsPerMinute() {
        String text = "word ".repeat(ReadingStats.WORDS_PER_MINUTE * 10);
        assertThat(ReadingStats.of(text).minutes()).isEqualTo(10);
    }
}

package org.lector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The repair passes on issue 21's over-long words: the line-end hyphen search tried a greedy run of letters at every
 * letter of a 100,000-letter word and took minutes. The timeouts only guard against a hang; they are not the test.
 */
class RepairFinderScaleTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aWordOfAHundredThousandLettersIsSearchedAndStillHasItsHyphenRepairFound() {
        String text = "x".repeat(100_000) + "\n\nThe commit-\nment was kept.";
        assertThat(RepairFinder.find(text)).anySatisfy(r -> assertThat(r.replacement()).isEqualTo("commitment"));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aMegabyteWordOfMixedCharactersIsSearched() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String alphabet = "abcXYZ\u00e9\u00df\u0416\u05d0\u4e2d-'\u2019.0";
        StringBuilder b = new StringBuilder(1_000_000);
        for (int i = 0; i < 1_000_000; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        assertThat(RepairFinder.find(b.toString())).as("seed %d", seed).isNotNull();
    }
}

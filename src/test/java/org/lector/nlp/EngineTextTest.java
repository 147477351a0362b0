package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EngineTextTest {

    @Test
    void ordinaryTextIsCutOnlyAtBlankLines() {
        String paragraph = "The minister said the talks would go on. ".repeat(30).strip();
        String text = (paragraph + "\n\n").repeat(100);
        List<int[]> chunks = EngineText.chunk(text, 4_000);
        assertThat(chunks).hasSizeGreaterThan(10);
        for (int[] c : chunks.subList(0, chunks.size() - 1)) {
            assertThat(text.substring(c[1], c[1] + 2)).isEqualTo("\n\n");
        }
        assertCovers(text, chunks);
    }

    @Test
    void textWithoutBlankLinesIsCutAtLineBreaksIntoBoundedChunks() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("line ").append(i).append('\n');
        }
        String text = sb.toString();
        List<int[]> chunks = EngineText.chunk(text, 4_000);
        for (int[] c : chunks) {
            assertThat(c[1] - c[0]).isLessThanOrEqualTo(EngineText.SPAN * 4_000);
            assertThat(c[1] == text.length() || text.charAt(c[1] - 1) == '\n').isTrue();
        }
        assertCovers(text, chunks);
    }

    @Test
    void oneLongLineIsCutAfterSentencesElseAtSpaces() {
        String sentences = "The quick brown fox jumps over the lazy dog. ".repeat(5_000);
        for (int[] c : EngineText.chunk(sentences, 4_000)) {
            assertThat(c[1] - c[0]).isLessThanOrEqualTo(EngineText.SPAN * 4_000);
            assertThat(c[1] == sentences.length() || sentences.startsWith(". ", c[1] - 2)).isTrue();
        }
        String words = "quick brown fox ".repeat(15_000);
        List<int[]> chunks = EngineText.chunk(words, 4_000);
        for (int[] c : chunks) {
            assertThat(c[1] == words.length() || words.charAt(c[1] - 1) == ' ').isTrue();
        }
        assertCovers(words, chunks);
    }

    @Test
    void aRunWithoutSpacesIsCutBetweenCodePointsAndBeforeMarks() {
        String run = mixedRun(200_000, new Random(21));
        List<int[]> chunks = EngineText.chunk(run, 4_000);
        assertThat(chunks).hasSizeGreaterThan(10);
        for (int[] c : chunks) {
            assertThat(c[1] - c[0]).isLessThanOrEqualTo(EngineText.SPAN * 4_000);
            assertThat(c[1] == run.length() || !Character.isLowSurrogate(run.charAt(c[1]))).isTrue();
        }
        assertCovers(run, chunks);
    }

    @Test
    void theEngineSeesNoTokenLongerThanTheLimitAndOffsetsMapBack() {
        String text = "Before the word " + mixedRun(5_000, new Random(7)) + " and after it, "
                + "e" + "\u0301".repeat(2_000) + " end.";
        EngineText input = EngineText.of(text, 0, text.length());
        assertThat(input.isCut()).isTrue();
        String view = input.view();
        int run = 0;
        for (int i = 0; i < view.length(); i++) {
            run = Character.isWhitespace(view.charAt(i)) ? 0 : run + 1;
            assertThat(run).isLessThanOrEqualTo(EngineText.MAX_TOKEN);
            if (!Character.isWhitespace(view.charAt(i))) {
                assertThat(text.charAt(input.original(i))).isEqualTo(view.charAt(i));
            }
        }
        // Every character of the text is in the view once, in order.
        int expected = 0;
        for (int i = 0; i < view.length(); i++) {
            if (!Character.isWhitespace(view.charAt(i))) {
                int at = input.original(i);
                while (Character.isWhitespace(text.charAt(expected))) {
                    expected++;
                }
                assertThat(at).isEqualTo(expected);
                expected++;
            }
        }
        assertThat(input.originalEnd(view.indexOf(" end.") + 5)).isEqualTo(text.length());
    }

    @Test
    void aStretchWithoutSentenceEndsIsCutAtLineBreaksIntoSentencesCoreNlpCanTake() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            sb.append("line ").append(i).append(" of Berlin\n");
        }
        String text = sb.toString();
        EngineText input = EngineText.of(text, 0, text.length());
        String[] sentences = input.view().split("\n\n");
        assertThat(sentences).hasSizeGreaterThan(5);
        for (String s : sentences) {
            assertThat(s.length()).isLessThanOrEqualTo(EngineText.MAX_SENTENCE + 20);
            assertThat(s.endsWith("Berlin\n") || s.endsWith("Berlin") || s.isEmpty()).isTrue();
        }
        for (int i = 0; i < input.view().length(); i++) {
            char c = input.view().charAt(i);
            if (!Character.isWhitespace(c)) {
                assertThat(text.charAt(input.original(i))).isEqualTo(c);
            }
        }
    }

    @Test
    void proseWithSentenceEndsIsNotCut() {
        String text = "He said so. \u201CReally?\u201D she asked. It was late! ".repeat(200);
        assertThat(EngineText.of(text, 0, text.length()).isCut()).isFalse();
    }

    @Test
    void ordinaryTextIsGivenAsItIs() {
        String text = "A normal sentence with a long-ish URL https://example.org/a/b/c?d=e and more.";
        EngineText input = EngineText.of(text, 2, text.length());
        assertThat(input.isCut()).isFalse();
        assertThat(input.view()).isEqualTo(text.substring(2));
        assertThat(input.original(0)).isEqualTo(2);
        assertThat(input.originalEnd(input.view().length())).isEqualTo(text.length());
    }

    @Test
    void everyChunkEndsAtTheFirstBlankLineAfterItsSizeWhenOneIsNearElseBeforeTheLimit() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String[] pieces = {"word", "Word.", " ", " ", " ", "\n", "\n\n", "\n\n\n"};
        for (int round = 0; round < 200; round++) {
            // From prose with many blank lines to a text with none (one long line).
            int kinds = random.nextBoolean() ? pieces.length : 5;
            StringBuilder sb = new StringBuilder();
            int length = 2_000 + random.nextInt(60_000);
            while (sb.length() < length) {
                sb.append(pieces[random.nextInt(kinds)]);
            }
            String text = sb.toString();
            int size = 1_000 + random.nextInt(3_000);
            List<int[]> chunks = EngineText.chunk(text, size);
            assertCovers(text, chunks);
            for (int[] c : chunks.subList(0, chunks.size() - 1)) {
                int from = c[0] + size;
                int limit = Math.min(text.length(), c[0] + size * EngineText.SPAN);
                int gap = text.indexOf("\n\n", from);
                if (gap >= 0 && gap < limit) {
                    assertThat(c[1]).as("seed %d, chunk at %d", seed, c[0]).isEqualTo(gap);
                } else {
                    assertThat(c[1]).as("seed %d, chunk at %d", seed, c[0]).isGreaterThan(from)
                            .isLessThanOrEqualTo(limit);
                }
            }
        }
    }

    private static void assertCovers(String text, List<int[]> chunks) {
        int at = 0;
        for (int[] c : chunks) {
            assertThat(c[0]).isEqualTo(at);
            assertThat(c[1]).isGreaterThan(c[0]);
            at = c[1];
        }
        assertThat(at).isEqualTo(text.length());
    }

    private static String mixedRun(int length, Random random) {
        return org.lector.cli.hostile.HostileCorpus.mixedRun(length, random);
    }
}

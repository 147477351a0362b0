package org.lector.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lector.testing.Corpus;

/** The diff on the 40 Wikinews articles of the shared corpus, each edited the ways publishers edit. */
class TextDiffOnCorpusTest {

    /** Up to three edits at random sentences: one deleted, one inserted, one number changed. */
    static String edited(String text, Random random, List<String> log) {
        List<String> sentences = new ArrayList<>(List.of(text.split("(?<=\\. )")));
        if (sentences.size() < 6) {
            return text;
        }
        int deleted = 1 + random.nextInt(sentences.size() - 2);
        log.add("deleted: " + sentences.remove(deleted));
        int inserted = 1 + random.nextInt(sentences.size() - 2);
        sentences.add(inserted, "Officials later added that the figures were revised on Friday. ");
        log.add("inserted at " + inserted);
        for (int tries = 0; tries < 20; tries++) {
            int i = random.nextInt(sentences.size());
            String s = sentences.get(i);
            String changed = s.replaceFirst("\\d", "9");
            if (!changed.equals(s)) {
                sentences.set(i, changed);
                log.add("number changed in: " + s);
                break;
            }
        }
        return String.join("", sentences);
    }

    @Test
    void theChangesOfEveryEditedArticleRebuildItAndAreNoMoreThanTheEditsMade() throws IOException {
        Random random = new Random(20);
        List<Path> articles;
        try (Stream<Path> s = Files.list(Corpus.root().resolve("articles"))) {
            articles = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(articles).hasSize(40);
        for (Path p : articles) {
            String older = Files.readString(p, StandardCharsets.UTF_8);
            List<String> log = new ArrayList<>();
            String newer = edited(older, random, log);

            List<TextChange> changes = TextDiff.between(older, newer);

            StringBuilder rebuilt = new StringBuilder();
            int at = 0;
            for (TextChange c : changes) {
                assertThat(c.oldStart()).as(p.getFileName().toString()).isGreaterThanOrEqualTo(at);
                assertThat(newer.substring(c.start(), c.end())).isEqualTo(c.after());
                assertThat(older.substring(c.oldStart(), c.oldEnd())).isEqualTo(c.before());
                rebuilt.append(older, at, c.oldStart()).append(c.after());
                at = c.oldEnd();
            }
            rebuilt.append(older.substring(at));
            assertThat(rebuilt.toString()).as(p.getFileName().toString()).isEqualTo(newer);
            assertThat(changes.size()).as(p.getFileName() + ": " + log + " gave " + changes)
                    .isBetween(log.isEmpty() ? 0 : 1, log.size());
        }
    }
}

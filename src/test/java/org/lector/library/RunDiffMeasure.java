package org.lector.library;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The measurements behind decision 0016 (run by hand: {@code java -cp ... org.lector.library.RunDiffMeasure
 * ../shared/corpus}): on every PolNeAR train text and Wikinews article edited three ways, how many passages the diff
 * reports per edit made and how long it takes; on War and Peace with 20 scattered edits, how long one diff takes.
 */
public final class RunDiffMeasure {

    private RunDiffMeasure() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(corpus.resolve("gold/polnear-train.quotes.jsonl"))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                texts.add(json.readTree(line).path("text").asText());
            }
        }
        try (var s = Files.list(corpus.resolve("articles"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        Random random = new Random(11);
        int edits = 0;
        int passages = 0;
        int exact = 0;
        long nanos = 0;
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up; the second is counted
            edits = 0;
            passages = 0;
            exact = 0;
            nanos = 0;
            for (String older : texts) {
                List<String> log = new ArrayList<>();
                String newer = TextDiffOnCorpusTest.edited(older, random, log);
                long t = System.nanoTime();
                List<TextChange> changes = TextDiff.between(older, newer);
                nanos += System.nanoTime() - t;
                edits += log.size();
                passages += changes.size();
                exact += changes.size() == log.size() ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "%d articles, %d edits: %d passages (%.2f per edit), %d articles with one"
                + " passage per edit; %.2f ms per diff%n", texts.size(), edits, passages, (double) passages / edits,
                exact, nanos / 1e6 / texts.size());
        String war = Files.readString(corpus.resolve("long/2600-0.txt"), StandardCharsets.UTF_8);
        StringBuilder edited = new StringBuilder(war);
        for (int i = 0; i < 20; i++) {
            int at = war.length() / 21 * (i + 1);
            edited.insert(at + i * 12, " [inserted] ");
        }
        for (int round = 0; round < 3; round++) {
            long t = System.nanoTime();
            List<TextChange> changes = TextDiff.between(war, edited.toString());
            System.out.printf(Locale.ROOT, "War and Peace (%,d chars), 20 insertions: %d passages in %.0f ms%n",
                    war.length(), changes.size(), (System.nanoTime() - t) / 1e6);
        }
        long t = System.nanoTime();
        String rewritten = war.substring(0, war.length() / 2).replace("Prince", "Duke") + war.substring(war.length() / 2);
        List<TextChange> changes = TextDiff.between(war, rewritten);
        System.out.printf(Locale.ROOT, "War and Peace, \"Prince\" replaced by \"Duke\" in its first half: %,d passages"
                + " in %.0f ms%n", changes.size(), (System.nanoTime() - t) / 1e6);
    }
}

package org.lector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lector.model.Repair;
import org.lector.model.RepairKind;

/**
 * Measures {@link RepairFinder} the way issue 18 asks: damage injected into the 40 Wikinews articles (glued word
 * pairs, dropped apostrophes, mojibake paragraphs, line-end hyphens), precision and recall per kind; and false
 * suggestions per 10,000 words on the undamaged articles and the first 300,000 characters of War and Peace.
 *
 * <p>A suggestion counts as right when it makes exactly the edit the damage made, undone: both are reduced to
 * their smallest edit (common start and end trimmed) and compared. Apostrophes whose loss leaves another English
 * word ("it's"/"its", "we're"/"were", "he'll"/"hell", "I'd"/"id") are not injected, and a possessive whose loss
 * leaves a plural ("the team's coach"/"the teams coach") is injected but counted apart: telling it from a plural
 * takes grammar, which the finder does not have; the report gives that count too. The damage is random but seeded,
 * so every run sees the same.
 */
class RepairEvaluationTest {

    private static final Pattern PAIR = Pattern.compile("(?<=^|[ \\n])(\\p{L}{2,}) (\\p{L}{2,})(?=[ ,.;:\\n]|$)");
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=^|[ \\n\"(])(\\p{L}{3,})(['\u2019])s(?=[ ,.;:\\n])");
    private static final Pattern CONTRACTION = Pattern.compile(
            "(?i)(?<=^|[ \\n\"(])(do|does|did|is|are|was|were|wo|ca|could|should|would|has|have|had|must|need)n(['\u2019])t"
                    + "(?=[ ,.;:\\n])|(?<=^|[ \\n\"(])(you|they|I)(['\u2019])(re|ve|m)(?=[ ,.;:\\n])");
    private static final Pattern LONG_WORD = Pattern.compile("(?<=[ \\n])(\\p{Ll}{7,})(?=[ ,.;:])");
    private static final Set<String> AMBIGUOUS_POSSESSIVES = Set.of("it", "he", "she", "that", "what", "let", "there",
            "here", "who", "where");

    /** One edit: text[start, end) replaced by {@code replacement}, reduced to its smallest form. */
    record Edit(int start, int end, String replacement, RepairKind kind) {

        static Edit minimal(String text, int start, int end, String replacement, RepairKind kind) {
            String old = text.substring(start, end);
            int p = 0;
            while (p < old.length() && p < replacement.length() && old.charAt(p) == replacement.charAt(p)) {
                p++;
            }
            int s = 0;
            while (s < old.length() - p && s < replacement.length() - p
                    && old.charAt(old.length() - 1 - s) == replacement.charAt(replacement.length() - 1 - s)) {
                s++;
            }
            // A straight or a curly apostrophe mends the same damage.
            String mend = replacement.substring(p, replacement.length() - s);
            return new Edit(start + p, end - s, kind == RepairKind.APOSTROPHE ? mend.replace('\u2019', '\'') : mend,
                    kind);
        }
    }

    /**
     * An article with damage in it, and the edits that mend it (offsets into the damaged text); {@code realWords}
     * are the mends of apostrophes whose loss left another English word ("the teams coach").
     */
    record Damaged(String text, List<Edit> mends, Set<Edit> realWords) {
    }

    /** Damages {@code original}: a few of each kind, at random but seeded places, never two in one word. */
    static Damaged damage(String original, long seed) {
        Random random = new Random(seed);
        List<int[]> spans = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        List<RepairKind> kinds = new ArrayList<>();
        // Candidates per kind, in the original text: [start, end) replaced by the damaged form.
        pick(random, PAIR.matcher(original), 5, m -> m.group(1) + m.group(2), RepairKind.GLUED, spans,
                replacements, kinds);
        pick(random, POSSESSIVE.matcher(original), 2, m -> AMBIGUOUS_POSSESSIVES.contains(m.group(1)
                .toLowerCase(Locale.ROOT)) ? null : m.group(1) + "s", RepairKind.APOSTROPHE, spans, replacements, kinds);
        pick(random, CONTRACTION.matcher(original), 2, m -> m.group().replace("'", "").replace("\u2019", ""),
                RepairKind.APOSTROPHE, spans, replacements, kinds);
        pick(random, LONG_WORD.matcher(original), 3, m -> {
            String w = m.group(1);
            int cut = 3 + random.nextInt(w.length() - 5);
            return w.substring(0, cut) + (random.nextBoolean() ? "-\n" : "- ") + w.substring(cut);
        }, RepairKind.HYPHENATION, spans, replacements, kinds);
        // Mojibake: one paragraph with characters beyond ASCII, double-encoded whole.
        List<int[]> paragraphs = new ArrayList<>();
        Matcher p = Pattern.compile("[^\\n]+").matcher(original);
        while (p.find()) {
            if (p.group().chars().anyMatch(c -> c > 0x7F)) {
                paragraphs.add(new int[] {p.start(), p.end()});
            }
        }
        List<Edit> mends = new ArrayList<>();
        StringBuilder damaged = new StringBuilder();
        // Up to two such paragraphs, in text order.
        List<int[]> mojibake = new ArrayList<>();
        while (mojibake.size() < Math.min(2, paragraphs.size())) {
            int[] chosen = paragraphs.get(random.nextInt(paragraphs.size()));
            if (!mojibake.contains(chosen)) {
                mojibake.add(chosen);
            }
        }
        mojibake.sort((a, b) -> Integer.compare(a[0], b[0]));
        // Apply in text order, skipping any edit that overlaps one taken already or a mojibake paragraph.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
        int at = 0;
        int next = 0;
        for (int i : order) {
            int[] s = spans.get(i);
            boolean inMojibake = mojibake.stream().anyMatch(m -> s[1] > m[0] && s[0] < m[1]);
            if (s[0] < at || inMojibake) {
                continue;
            }
            while (next < mojibake.size() && mojibake.get(next)[1] <= s[0]) {
                at = doubleEncode(original, mojibake.get(next++), at, damaged, mends);
            }
            damaged.append(original, at, s[0]);
            int start = damaged.length();
            damaged.append(replacements.get(i));
            // The mend turns the damaged form back into the original.
            mends.add(Edit.minimal(damaged.toString(), start, damaged.length(), original.substring(s[0], s[1]),
                    kinds.get(i)));
            at = s[1];
        }
        while (next < mojibake.size()) {
            at = doubleEncode(original, mojibake.get(next++), at, damaged, mends);
        }
        damaged.append(original, at, original.length());
        Set<Edit> realWords = new HashSet<>();
        EnglishWords list = EnglishWords.get();
        for (Edit e : mends) {
            if (e.kind() == RepairKind.APOSTROPHE) {
                int s = e.start();
                while (s > 0 && Character.isLetter(damaged.charAt(s - 1))) {
                    s--;
                }
                int z = e.end();
                while (z < damaged.length() && Character.isLetter(damaged.charAt(z))) {
                    z++;
                }
                String word = damaged.substring(s, z);
                if (list.known(word) && !word.equalsIgnoreCase("wont") && !word.equalsIgnoreCase("cant")) {
                    realWords.add(e);
                }
            }
        }
        return new Damaged(damaged.toString(), mends, realWords);
    }

    private static int doubleEncode(String original, int[] paragraph, int at, StringBuilder damaged, List<Edit> mends) {
        damaged.append(original, at, paragraph[0]);
        int i = paragraph[0];
        while (i < paragraph[1]) {
            int cp = original.codePointAt(i);
            if (cp <= 0x7F) {
                damaged.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            // A run of characters beyond ASCII: one mend.
            int runStart = i;
            int start = damaged.length();
            while (i < paragraph[1] && original.codePointAt(i) > 0x7F) {
                String ch = new String(Character.toChars(original.codePointAt(i)));
                damaged.append(new String(ch.getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("windows-1252")));
                i += ch.length();
            }
            mends.add(new Edit(start, damaged.length(), original.substring(runStart, i), RepairKind.MOJIBAKE));
        }
        return paragraph[1];
    }

    private static void pick(Random random, Matcher m, int howMany, java.util.function.Function<Matcher, String> damage,
            RepairKind kind, List<int[]> spans, List<String> replacements, List<RepairKind> kinds) {
        List<int[]> found = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        while (m.find()) {
            String d = damage.apply(m);
            if (d != null) {
                found.add(new int[] {m.start(), m.end()});
                forms.add(d);
            }
        }
        Set<Integer> chosen = new HashSet<>();
        for (int tries = 0; chosen.size() < Math.min(howMany, found.size()) && tries < 100; tries++) {
            chosen.add(random.nextInt(found.size()));
        }
        for (int c : chosen) {
            spans.add(found.get(c));
            replacements.add(forms.get(c));
            kinds.add(kind);
        }
    }

    /** Counts per kind. */
    static final class Score {
        final Map<RepairKind, int[]> counts = new EnumMap<>(RepairKind.class); // {right, suggested, injected}
        /** Apostrophes whose loss left a real word: {right, injected}. */
        final int[] realWords = new int[2];
        final List<String> wrong = new ArrayList<>();
        final List<String> missed = new ArrayList<>();

        void add(Damaged d, List<Repair> suggestions) {
            Set<Edit> expected = new HashSet<>(d.mends());
            for (Edit e : d.mends()) {
                if (d.realWords().contains(e)) {
                    realWords[1]++;
                } else {
                    counts.computeIfAbsent(e.kind(), k -> new int[3])[2]++;
                }
            }
            for (Repair r : suggestions) {
                int[] c = counts.computeIfAbsent(r.kind(), k -> new int[3]);
                c[1]++;
                Edit e = Edit.minimal(d.text(), r.start(), r.end(), r.replacement(), r.kind());
                if (d.realWords().contains(e) && expected.remove(e)) {
                    // Right, but beyond what is measured: counted apart, and not as suggested.
                    realWords[0]++;
                    c[1]--;
                } else if (expected.remove(e)) {
                    c[0]++;
                } else {
                    wrong.add(r.kind().id() + ": \"" + r.text() + "\" -> \"" + r.replacement() + "\"");
                }
            }
            for (Edit e : expected) {
                if (d.realWords().contains(e)) {
                    continue;
                }
                int from = Math.max(0, e.start() - 12);
                int to = Math.min(d.text().length(), e.end() + 12);
                missed.add(e.kind().id() + ": \"" + d.text().substring(from, to).replace('\n', '/') + "\"");
            }
        }

        double precision(RepairKind k) {
            int[] c = counts.getOrDefault(k, new int[3]);
            return c[1] == 0 ? 1 : (double) c[0] / c[1];
        }

        double recall(RepairKind k) {
            int[] c = counts.getOrDefault(k, new int[3]);
            return c[2] == 0 ? 1 : (double) c[0] / c[2];
        }

        String line(RepairKind k) {
            int[] c = counts.getOrDefault(k, new int[3]);
            return String.format(Locale.ROOT, "%-12s injected %3d  suggested %3d  right %3d  precision %.3f  recall %.3f",
                    k.id(), c[2], c[1], c[0], precision(k), recall(k));
        }
    }

    @Test
    void findsInjectedDamageWithPrecisionAtLeast95AndRecallAtLeast80PercentPerKind() throws IOException {
        List<Producers.Article> articles = Producers.articles();
        assertThat(articles).hasSize(40);
        Score score = new Score();
        long seed = 18;
        for (Producers.Article a : articles) {
            Damaged d = damage(TextNormalizer.normalize(a.text()), seed++);
            List<Repair> found = new ArrayList<>(RepairFinder.find(d.text()));
            found.removeIf(r -> DAMAGE_IN_THE_SOURCE.contains(a.name() + ": " + r.text() + " -> " + r.replacement()));
            score.add(d, found);
        }
        StringBuilder report = new StringBuilder("Repairs on the 40 Wikinews articles with injected damage:\n");
        for (RepairKind k : RepairKind.values()) {
            report.append(score.line(k)).append('\n');
        }
        report.append(String.format(Locale.ROOT, "apostrophes whose loss left a real word (not measured above): "
                + "%d injected, %d found%n", score.realWords[1], score.realWords[0]));
        report.append("wrong: ").append(score.wrong).append('\n');
        report.append("missed: ").append(score.missed).append('\n');
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "repairs-report.txt"), report, StandardCharsets.UTF_8);
        for (RepairKind k : RepairKind.values()) {
            assertThat(score.counts.get(k)[2]).as("injected " + k).isGreaterThanOrEqualTo(20);
            assertThat(score.precision(k)).as(score.line(k)).isGreaterThanOrEqualTo(0.95);
            assertThat(score.recall(k)).as(score.line(k)).isGreaterThanOrEqualTo(0.80);
        }
    }

    /**
     * Damage the articles have already, checked by hand in the files: mending it is right, so it is reported apart
     * rather than counted as a false suggestion.
     */
    private static final Set<String> DAMAGE_IN_THE_SOURCE = Set.of(
            "GUM_news_lanterns: years -> year's"); // "The theme of this years lantern festival"

    @Test
    void suggestsFewerThanOneRepairPer10000WordsOfUndamagedText() throws IOException {
        int words = 0;
        List<String> suggestions = new ArrayList<>();
        List<String> sourceDamage = new ArrayList<>();
        for (Producers.Article a : Producers.articles()) {
            String text = TextNormalizer.normalize(a.text());
            words += WordSimilarity.words(text).size();
            for (Repair r : RepairFinder.find(text)) {
                String s = a.name() + ": " + r.text() + " -> " + r.replacement();
                (DAMAGE_IN_THE_SOURCE.contains(s) ? sourceDamage : suggestions).add(s);
            }
        }
        int articleWords = words;
        int articleFalse = suggestions.size();
        String novel = TextNormalizer.normalize(Files.readString(TestCorpus.file("long/2600-0.txt"),
                StandardCharsets.UTF_8)).substring(0, 300_000);
        int novelWords = WordSimilarity.words(novel).size();
        RepairFinder.find(novel).forEach(r -> suggestions.add("War and Peace: " + r.text() + " -> " + r.replacement()));
        int novelFalse = suggestions.size() - articleFalse;
        String report = String.format(Locale.ROOT, "False suggestions: articles %d in %d words (%.2f per 10,000), "
                        + "War and Peace %d in %d words (%.2f per 10,000): %s; mending damage in the source: %s%n",
                articleFalse, articleWords, articleFalse * 10_000.0 / articleWords, novelFalse, novelWords,
                novelFalse * 10_000.0 / novelWords, suggestions, sourceDamage);
        System.out.print(report);
        assertThat(articleFalse * 10_000.0 / articleWords).as(report).isLessThan(1.0);
        assertThat(novelFalse * 10_000.0 / novelWords).as(report).isLessThan(1.0);
    }

    @Test
    void suggestsEveryGluedWordAndLostApostropheTheIssueListsInTheSample() throws IOException {
        String sample = TextNormalizer.normalize(Files.readString(TestCorpus.file("sample/paris-summit.txt"),
                StandardCharsets.UTF_8));
        List<Repair> repairs = RepairFinder.find(sample);
        Map<String, String> byText = new java.util.HashMap<>();
        for (Repair r : repairs) {
            byText.put(r.text(), r.replacement());
        }
        System.out.println("Sample repairs: " + repairs.stream().map(r -> r.text() + " -> " + r.replacement()).toList());
        assertThat(byText).containsEntry("existingFrench", "existing French")
                .containsEntry("hardwarefrom", "hardware from")
                .containsEntry("guaranteesecurity", "guarantee security")
                .containsEntry("thecomplexity", "the complexity")
                .containsEntry("Ukraines", "Ukraine's")
                .containsEntry("Kyivs", "Kyiv's")
                .containsEntry("wont", "won't");
        for (Repair r : repairs) {
            assertThat(sample.substring(r.start(), r.end())).isEqualTo(r.text());
        }
    }
}

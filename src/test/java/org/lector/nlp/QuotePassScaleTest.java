package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lector.model.QuoteKind;

/**
 * The quote pass (marks, speakers, clusters and facts over a tier-1 layer) on generated text with tens of thousands
 * of quotation marks: it must end with a sane result. The layer comes from a small tokenizer here, not from CoreNLP,
 * so only tier 2 is measured; the timeout is a guard against a hang (before the pass was made linear, 30,000
 * marks took over a minute), not a speed target.
 */
class QuotePassScaleTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\d+|[^\\s\\p{L}\\d]");

    /** Tokens, one sentence per full stop, "said" a verb, capitalized words names, "Holt" a person. */
    private static TextLayer layer(String text) {
        List<TextLayer.Tok> toks = new ArrayList<>();
        List<TextLayer.Sent> sents = new ArrayList<>();
        List<TextLayer.RawMention> names = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int first = 0;
        while (m.find()) {
            String w = m.group();
            String pos = w.equals("said") ? "VBD" : w.equals(",") || w.equals(".") ? w
                    : "\"“”".contains(w) ? "``" : Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
            String lemma = w.equals("said") ? "say" : w.toLowerCase(java.util.Locale.ROOT);
            int i = toks.size();
            toks.add(new TextLayer.Tok(i, sents.size(), m.start(), m.end(), w, pos, lemma,
                    w.equals("Holt") ? "PERSON" : "O"));
            if (w.equals("Holt")) {
                names.add(new TextLayer.RawMention(m.start(), m.end(), "PERSON", "", 0.9, i, i + 1));
            }
            if (w.equals(".")) {
                sents.add(new TextLayer.Sent(sents.size(), toks.get(first).start(), m.end(), first, i + 1));
                first = i + 1;
            }
        }
        if (first < toks.size()) {
            sents.add(new TextLayer.Sent(sents.size(), toks.get(first).start(), toks.get(toks.size() - 1).end(), first,
                    toks.size()));
        }
        return new TextLayer(toks, sents, names);
    }

    private static DeepAnalysis run(String text) {
        TextLayer layer = layer(text);
        return DeepAnalysis.run(text, layer, MentionFinder.find(text, layer), null, "test", CancellationToken.none());
    }

    @Test
    void thirtyThousandQuotationMarksInProseAreAllAttributed() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 15_000; i++) {
            b.append("\"We will not accept plan number ").append(i).append(",\" Holt said. ");
            if (i % 5 == 4) {
                b.append("\n\n");
            }
        }
        String text = b.toString();
        DeepAnalysis a = assertTimeoutPreemptively(HANG_GUARD, () -> run(text));
        assertThat(a.quotes()).hasSize(15_000).allMatch(q -> "Holt".equals(q.speakerName()));
    }

    @Test
    void aHundredThousandStraightMarksPairUp() {
        String text = "\"".repeat(100_000);
        DeepAnalysis a = assertTimeoutPreemptively(HANG_GUARD, () -> run(text));
        // The first two pair up, a quotation of nothing that nobody says; every later mark comes right after
        // another and before no word, so it can only close, and with no quote open it opens nothing.
        assertThat(a.quotes()).hasSize(1).allMatch(q -> q.speakerId() == null && q.text().equals("\"\""));
    }

    @Test
    void fiftyThousandQuotationsEachOverALineBreakEndWithAResult() {
        // Each quotation opens on one line and closes on the next (one sentence a line), so each is carried over.
        String text = "He said \"we will not go.\nWe never did.\"\n".repeat(50_000);
        DeepAnalysis a = assertTimeoutPreemptively(HANG_GUARD, () -> run(text));
        assertThat(a.quotes()).hasSize(50_000).allMatch(q -> q.text().endsWith("never did.\""));
    }

    @Test
    void aHundredThousandQuotedWordsAndCurlyMarksEndWithAResult() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            words.append("\"word").append(i % 7).append("\" ");
        }
        String quotedWords = words.toString();
        DeepAnalysis a = assertTimeoutPreemptively(HANG_GUARD, () -> run(quotedWords));
        assertThat(a.quotes()).hasSize(100_000).allMatch(q -> q.kind() == QuoteKind.SCARE);

        String curly = "“".repeat(50_000) + "”".repeat(50_000);
        DeepAnalysis c = assertTimeoutPreemptively(HANG_GUARD, () -> run(curly));
        // An opener typed where a closer belongs pairs with the one before it; the closers after them close nothing.
        assertThat(c.quotes()).hasSize(25_000).allMatch(q -> q.speakerId() == null);
    }
}

package org.lector.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lector.model.EntityMention;
import org.lector.model.MentionForm;
import org.lector.model.Span;

/**
 * CoNLL-2003 style BIO (IOB2) over the engine's tokens: a {@code -DOCSTART-} line, then one token per line in four
 * space-separated columns {@code word POS chunk NER}, with {@code _} for POS and chunk (Lector does not export
 * them), and a blank line between sentences. NER labels are Lector's type ids ({@code B-PERSON},
 * {@code I-ORGANIZATION}, ...), not CoNLL's four. Pronoun mentions are left out, as NER corpora do; where mentions
 * overlap, the one starting first (the longer on a tie) wins. A sentence ends after a {@code .}, {@code !} or
 * {@code ?} token, or at a blank line in the text. Whitespace or a control character inside a token becomes
 * {@code _}.
 */
public final class ConllExporter {

    private ConllExporter() {
    }

    public static String export(ExportInput in, ExportProgress progress) {
        String text = in.document().text();
        List<Span> tokens = in.tokensOrSimple();
        List<EntityMention> ms = new ArrayList<>();
        for (EntityMention m : in.analysis().entities()) {
            if (m.form() != MentionForm.PRONOUN && !m.span().isEmpty()) {
                ms.add(m);
            }
        }
        ms.sort(Comparator.comparing(EntityMention::span, Comparator.comparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::end).reversed())));
        StringBuilder b = new StringBuilder(tokens.size() * 16 + 32);
        b.append("-DOCSTART- -X- -X- O\n\n");
        int mi = 0;
        EntityMention current = null;
        int prevEnd = -1;
        String prevWord = "";
        boolean lineOpen = false;
        int step = Math.max(1, tokens.size() / 20);
        for (int ti = 0; ti < tokens.size(); ti++) {
            Span t = tokens.get(ti);
            if (lineOpen && (prevWord.equals(".") || prevWord.equals("!") || prevWord.equals("?")
                    || blankLineBetween(text, prevEnd, t.start()))) {
                b.append('\n');
            }
            // the mention this token falls in, if any
            while (mi < ms.size() && ms.get(mi).span().end() <= t.start()) {
                mi++;
            }
            String label = "O";
            EntityMention m = mi < ms.size() && ms.get(mi).span().start() < t.end() ? ms.get(mi) : null;
            if (m != null) {
                label = (m == current ? "I-" : "B-") + m.type().id();
                current = m;
            } else {
                current = null;
            }
            String word = word(text, t);
            b.append(word).append(" _ _ ").append(label).append('\n');
            prevEnd = t.end();
            prevWord = word;
            lineOpen = true;
            if (ti % step == 0) {
                progress.progress((double) ti / tokens.size());
            }
        }
        progress.progress(1);
        return b.toString();
    }

    private static boolean blankLineBetween(String text, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (text.charAt(i) == '\n' && text.charAt(i + 1) == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * The token as one column: every character a reader could split on becomes {@code _}. Readers split on
     * different sets (Java's whitespace, Python's {@code str.split()}, which adds NEL, NBSP, the Unicode space
     * separators and the information separators U+001C..U+001F), so all of them, and every other control, go.
     */
    private static String word(String text, Span t) {
        String w = t.of(text);
        StringBuilder b = null;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.CONTROL) {
                if (b == null) {
                    b = new StringBuilder(w.length()).append(w, 0, i);
                }
                b.append('_');
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? w : b.toString();
    }
}

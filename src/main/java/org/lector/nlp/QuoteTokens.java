package org.lector.nlp;

import java.util.List;
import java.util.Set;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;

/**
 * Token and mention tests the quote patterns share: noun phrases before and after a token, names, punctuation and
 * which mentions can speak.
 */
final class QuoteTokens {

    private QuoteTokens() {
    }

    /** Whether token {@code t} lies in a name (the tagger reads "Hope" in "Hope Hicks" as a verb). */
    static boolean inName(List<Mention> ms, int t) {
        int j = Mention.firstFrom(ms, t + 1) - 1;
        for (int k = j; k >= 0 && k > j - 4; k--) {
            Mention m = ms.get(k);
            if (m.firstToken() <= t && t < m.endToken() && m.form() == MentionForm.NAME) {
                return true;
            }
        }
        return false;
    }

    /** A noun phrase ending just before token {@code end}: [first token, end), or null. */
    static int[] npBefore(List<TextLayer.Tok> toks, int end, int lo) {
        if (end > lo && toks.get(end - 1).pos().equals("PRP")) {
            return new int[] {end - 1, end};
        }
        int s = end;
        while (s > lo && end - s < 14) {
            TextLayer.Tok t = toks.get(s - 1);
            if (isNpWord(t)) {
                s--;
                continue;
            }
            if (isDeterminer(t)) {
                s--;
                // "a spokesman for the campaign": the phrase goes on before the preposition.
                if (s - 2 >= lo && Set.of("for", "of", "at", "with", "from").contains(toks.get(s - 1).lower())
                        && toks.get(s - 2).isNoun()) {
                    s -= 1;
                    continue;
                }
                break;
            }
            if (Set.of("of", "for").contains(t.lower()) && s - 1 > lo && toks.get(s - 2).isNoun() && s < end) {
                s--;
                continue;
            }
            break;
        }
        while (s < end && !isNounish(toks.get(s)) && !isDeterminer(toks.get(s))
                && !toks.get(s).pos().startsWith("JJ") && !toks.get(s).pos().equals("CD")) {
            s++;
        }
        if (s >= end || !(isNounish(toks.get(end - 1)) || toks.get(end - 1).pos().startsWith("PRP"))) {
            return null;
        }
        return new int[] {s, end};
    }

    /** A noun phrase starting at {@code start}: a name, a pronoun or a described speaker; null when none. */
    static int[] npAfter(List<TextLayer.Tok> toks, int start, int limit, Quotations qs) {
        int e = start;
        if (e < limit && toks.get(e).pos().startsWith("PRP") && !toks.get(e).pos().equals("PRP$")) {
            return new int[] {e, e + 1};
        }
        while (e < limit && !qs.quoted(e) && (isNpWord(toks.get(e)) || isDeterminer(toks.get(e))
                || compound(toks, e, limit)
                || (Set.of("of", "for").contains(toks.get(e).lower()) && e > start && e + 1 < limit
                && (toks.get(e + 1).pos().startsWith("NN") || isDeterminer(toks.get(e + 1)))))) {
            e++;
        }
        while (e > start && !isNounish(toks.get(e - 1))) {
            e--;
        }
        return e > start ? new int[] {start, e} : null;
    }

    /** A word of a hyphenated modifier: "well" and "connected" in "well-connected". */
    private static boolean compound(List<TextLayer.Tok> toks, int t, int limit) {
        boolean hyphenAfter = t + 1 < limit && (toks.get(t + 1).pos().equals("HYPH") || toks.get(t + 1).word().equals("-"));
        boolean hyphenBefore = t > 0 && (toks.get(t - 1).pos().equals("HYPH") || toks.get(t - 1).word().equals("-"));
        String p = toks.get(t).pos();
        return hyphenAfter && (p.startsWith("RB") || p.startsWith("VB")) || hyphenBefore && p.startsWith("VB");
    }

    private static boolean isNpWord(TextLayer.Tok t) {
        String p = t.pos();
        return p.startsWith("NN") || p.startsWith("JJ") || p.equals("CD") || p.equals("POS") || p.equals("HYPH")
                || p.equals("NNP") || t.word().equals("-") || t.word().equals("&")
                || p.equals("VBN") && Character.isUpperCase(t.word().charAt(0));
    }

    private static boolean isNounish(TextLayer.Tok t) {
        return t.pos().startsWith("NN") || t.pos().equals("CD") && Character.isLetter(t.word().charAt(0));
    }

    private static boolean isDeterminer(TextLayer.Tok t) {
        return t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("WP$");
    }

    /** The index of the last person name or nominal in tokens [from, to), or -1. */
    static int personIn(List<Mention> ms, int from, int to) {
        int found = -1;
        for (int j = Mention.firstFrom(ms, from); j < ms.size() && ms.get(j).firstToken() < to; j++) {
            Mention m = ms.get(j);
            if (m.endToken() <= to && m.type() == EntityType.PERSON && m.form() != MentionForm.PRONOUN) {
                found = j;
            }
        }
        return found;
    }

    static boolean canSpeak(Mention m) {
        return m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION
                || m.type() == EntityType.PLACE && m.form() == MentionForm.NAME
                || m.type() == EntityType.MISC && SpeakerPhrases.SPEAKER.equals(m.subtype())
                || m.type() == EntityType.GROUP && m.form() == MentionForm.NAME;
    }

    static boolean precededByColon(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
            i--;
        }
        return i >= 0 && text.charAt(i) == ':';
    }

    /** A word of a date or time ("Wednesday", "week" in "last week"), by CoreNLP's tag. */
    static boolean isTime(TextLayer.Tok t) {
        return t.ner().equals("DATE") || t.ner().equals("TIME") || t.ner().equals("DURATION");
    }

    static boolean isSentenceEnd(TextLayer.Tok t) {
        String w = t.word();
        return w.equals(".") || w.equals("?") || w.equals("!");
    }

    static boolean isPunct(TextLayer.Tok t) {
        return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().charAt(0));
    }
}

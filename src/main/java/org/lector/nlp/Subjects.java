package org.lector.nlp;

import java.util.List;
import java.util.Set;
import org.lector.model.EntityType;

/**
 * Who a cue reports: the subject right before a cue verb (past auxiliaries, adverbs, an apposition or a relative
 * clause), the main clause's subject for a cue with none of its own, the owner of a speech noun, and the tense and
 * voice tests that say whether a participle reports at all.
 */
final class Subjects {

    private Subjects() {
    }

    /** Words between a cue verb and its subject that are no subject: auxiliaries and adverbs. */
    static final Set<String> BETWEEN_SUBJECT_AND_CUE = Set.of("has", "have", "had", "is", "was", "were", "are", "will", "would", "did", "does", "do",
            "also", "then", "later", "previously", "repeatedly", "reportedly", "once", "again",
            "recently", "quickly", "been", "not", "n't", "never", "often", "already", "simply",
            "just", "even", "still", "further", "first", "last", "finally", "publicly",
            "privately", "flatly", "openly", "separately", "initially", "earlier", "subsequently",
            "bluntly", "angrily", "famously", "memorably", "ultimately", "elsewhere", "too",
            "herself", "himself", "themselves", "itself", "could", "might", "may", "can", "should",
            "must", "shall");

    /** Whether token {@code c} lies between two commas opened after {@code from}: an apposition. */
    static boolean inApposition(List<TextLayer.Tok> toks, int from, int c) {
        int commas = 0;
        for (int t = from; t < c; t++) {
            if (toks.get(t).word().equals(",")) {
                commas++;
            }
        }
        return commas % 2 == 1;
    }

    /** Who a speech noun belongs to: {@code his claim}, {@code Holt's remarks}; null when it has no owner. */
    static int[] possessor(List<TextLayer.Tok> toks, int noun, int lo, List<Mention> ms) {
        for (int t = noun - 1; t >= lo && t >= noun - 4; t--) {
            TextLayer.Tok tok = toks.get(t);
            if (tok.pos().equals("PRP$")) {
                return new int[] {t, t + 1};
            }
            if (tok.pos().equals("POS")) {
                int[] np = QuoteTokens.npBefore(toks, t, lo);
                return np;
            }
            if (!tok.pos().startsWith("JJ") && !tok.pos().startsWith("NN") && !tok.pos().equals("VBN")) {
                return null;
            }
        }
        return null;
    }

    /**
     * A past participle reports speech in a perfect tense ("has said", "had repeatedly warned"); elsewhere it
     * names ("a program called ...") or is passive ("was quoted").
     */
    static boolean perfect(List<TextLayer.Tok> toks, int c, int lo) {
        for (int t = c - 1; t >= lo && t >= c - 3; t--) {
            String w = toks.get(t).lower();
            if (w.equals("has") || w.equals("have") || w.equals("had") || w.equals("'s") || w.equals("'ve")) {
                return true;
            }
            if (!toks.get(t).pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /** A past participle after a form of "be" ("was said", "is widely quoted"): a passive report. */
    static boolean passive(List<TextLayer.Tok> toks, int c, int lo) {
        for (int t = c - 1; t >= lo && t >= c - 3; t--) {
            String w = toks.get(t).lower();
            if (Set.of("is", "was", "are", "were", "been", "be", "being").contains(w)) {
                return true;
            }
            if (!toks.get(t).pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The subject of the cue at {@code cue}: the phrase right before it, past auxiliaries and adverbs, an
     * apposition or a relative clause ({@code Holt, chief economist at a bank, said}; {@code Holt, who ...,
     * said}). Returns its token range, or null.
     */
    static int[] subjectBefore(List<TextLayer.Tok> toks, int cue, int lo, Quotations qs, List<Mention> ms) {
        int e = cue;
        while (e > lo) {
            TextLayer.Tok b = toks.get(e - 1);
            if (BETWEEN_SUBJECT_AND_CUE.contains(b.lower()) || b.pos().startsWith("RB") && !b.lower().equals("as")) {
                e--;
            } else if (QuoteTokens.isTime(b)) {
                // "Holt on Wednesday said", "Holt last week said"
                int s = e - 1;
                while (s > lo && QuoteTokens.isTime(toks.get(s - 1))) {
                    s--;
                }
                if (s > lo && Set.of("on", "in", "last", "this", "earlier", "late").contains(toks.get(s - 1).lower())) {
                    s--;
                }
                if (s == e - 1 && !b.pos().startsWith("NNP")) {
                    break;
                }
                e = s;
            } else if (b.word().equals(")") || b.word().equals("-RRB-")) {
                // "Rep. Earl Blumenauer (D-Ore.) said": the parenthesis belongs to the name
                int s = e - 2;
                while (s > lo && s > e - 10 && !(toks.get(s).word().equals("(") || toks.get(s).word().equals("-LRB-"))) {
                    s--;
                }
                if (s <= lo || !(toks.get(s).word().equals("(") || toks.get(s).word().equals("-LRB-"))) {
                    break;
                }
                e = s;
            } else {
                break;
            }
        }
        if (e <= lo) {
            return null;
        }
        TextLayer.Tok before = toks.get(e - 1);
        if (before.pos().startsWith("WP") || before.lower().equals("that") && e - 2 >= lo
                && toks.get(e - 2).word().equals(",")) {
            e--; // "Holt, who said" / "Holt, that said"
            before = toks.get(e - 1);
        }
        if (before.word().equals(",")) {
            // An apposition or relative clause ends here: the subject stands before where it opened.
            int open = -1;
            for (int t = e - 2; t >= lo && t >= e - 25; t--) {
                if (toks.get(t).word().equals(",")) {
                    open = t;
                    break;
                }
                if (qs.quoted(t) || QuoteCues.isCue(toks.get(t)) && toks.get(t).pos().startsWith("VB")) {
                    break;
                }
            }
            if (open < 0) {
                return null;
            }
            int[] np = QuoteTokens.npBefore(toks, open, lo);
            if (np == null) {
                return null;
            }
            // "The campaign's spokeswoman, Hope Hicks, said": the name in the apposition is the speaker.
            int named = QuoteTokens.personIn(ms, open + 1, e - 1);
            if (named >= 0 && QuoteTokens.personIn(ms, np[0], np[1]) < 0) {
                Mention p = ms.get(named);
                return new int[] {p.firstToken(), p.endToken()};
            }
            return np;
        }
        return QuoteTokens.npBefore(toks, e, lo);
    }

    /**
     * The subject of the sentence's main clause, for a cue with none of its own ({@code Holt ..., adding that}):
     * the first person, pronoun or organization followed by a verb, else the first person.
     */
    static int[] mainSubject(Quotations qs, List<TextLayer.Tok> toks, int lo, int cue, List<Mention> ms) {
        int firstPerson = -1;
        for (int j = Mention.firstFrom(ms, lo); j < ms.size() && ms.get(j).endToken() <= cue; j++) {
            Mention m = ms.get(j);
            if (!QuoteTokens.canSpeak(m) || qs.quoted(m.firstToken())) {
                continue;
            }
            if (followedByVerb(toks, m.endToken(), cue)) {
                return new int[] {m.firstToken(), m.endToken()};
            }
            if (firstPerson < 0 && m.type() == EntityType.PERSON) {
                firstPerson = j;
            }
        }
        if (firstPerson >= 0) {
            return new int[] {ms.get(firstPerson).firstToken(), ms.get(firstPerson).endToken()};
        }
        return null;
    }

    private static boolean followedByVerb(List<TextLayer.Tok> toks, int from, int to) {
        for (int t = from; t < to && t < from + 4; t++) {
            TextLayer.Tok tok = toks.get(t);
            if (tok.isVerb() && !tok.pos().equals("VBG")) {
                return true;
            }
            if (!BETWEEN_SUBJECT_AND_CUE.contains(tok.lower()) && !tok.pos().startsWith("RB")
                    && !tok.pos().equals("POS")) {
                return false;
            }
        }
        return false;
    }
}

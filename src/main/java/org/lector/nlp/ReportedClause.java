package org.lector.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The clause a partial quote is reported in: where it starts after its cue and where it ends. */
final class ReportedClause {

    private ReportedClause() {
    }

    /** How far after the cue "that" may open its reported clause ({@code told supporters after ... that}). */
    private static final int THAT_REACH = 20;
    /** Verbs whose reported clause follows the person addressed ({@code assured me he}, {@code told reporters}). */
    private static final Set<String> ADDRESS_CUES = Set.of("tell", "assure", "inform", "remind", "warn", "promise",
            "reassure", "advise", "caution", "ask", "urge");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "him", "her", "us", "them", "you");

    /**
     * A partial quote's reported clause: from the cue's complement to the end of its sentence (or a semicolon). It
     * starts after "that" ({@code told supporters after the rally that ...}), else after the cue's comma or colon,
     * else after the person a telling verb addresses ({@code assured me he ...}). Its end is not cut earlier: the
     * reported words often go on past a dash or a "but" with more of them quoted.
     */
    static QuoteFrames.Frame withContent(Quotations qs, int q, QuoteFrames.Frame f, int from) {
        List<TextLayer.Tok> toks = qs.layer.tokens();
        QuoteMarks.Marks m = qs.marks.get(q);
        int open = qs.first[q];
        if (Quotations.opensSentence(qs.text, m.start(), toks, open)) {
            return f;
        }
        int s = from;
        int that = -1;
        for (int t = from; t < open && t < from + THAT_REACH; t++) {
            if (toks.get(t).lower().equals("that") && !qs.quoted(t)) {
                that = t;
                break;
            }
        }
        if (that >= 0) {
            s = that + 1;
        } else {
            // Skip the cue's object: "told reporters, ...", "said Tuesday: ..."
            for (int t = from; t < open && t < from + 8; t++) {
                String w = toks.get(t).lower();
                if (w.equals(",") || w.equals(":")) {
                    s = t + 1;
                    break;
                }
            }
            if (s == from && f.cue() >= 0 && ADDRESS_CUES.contains(toks.get(f.cue()).lemma().toLowerCase(Locale.ROOT))) {
                s = afterAddressee(toks, from, open);
            }
        }
        if (f.speakerEnd() > s && f.speakerEnd() <= open) {
            s = f.speakerEnd(); // "according to Holt, ..."
            while (s < open && QuoteTokens.isPunct(toks.get(s))) {
                s++;
            }
        }
        if (s >= open) {
            return f;
        }
        int sentence = toks.get(Math.max(open, qs.after[q] - 1)).sentence();
        int e = qs.layer.sentences().get(sentence).endToken();
        int end = m.end();
        if (!m.open() && ".!?…".indexOf(Quotations.lastInside(qs.text, m)) >= 0) {
            // "... we hit a home run." USAF officials said ...: the clause ended inside the marks, even where the
            // sentence splitter ran on over a line break
            e = qs.after[q];
        }
        for (int t = qs.after[q]; t < e; t++) {
            TextLayer.Tok tok = toks.get(t);
            if (qs.paragraphBreak(m.end(), tok.start()) || QuoteTokens.isSentenceEnd(tok) || tok.word().equals(";")) {
                break;
            }
            int quote = qs.quoteOf[t];
            end = quote >= 0 ? Math.max(end, qs.marks.get(quote).end()) : tok.end();
        }
        return new QuoteFrames.Frame(f.how(), f.cue(), f.cueEnd(), f.speakerStart(), f.speakerEnd(), toks.get(s).start(), end);
    }

    /**
     * Where the reported clause starts after a telling verb's addressee: a pronoun ({@code assured me}) or a
     * short noun phrase ({@code told The Washington Post}, {@code told reporters}) followed by the clause.
     */
    private static int afterAddressee(List<TextLayer.Tok> toks, int from, int open) {
        if (from >= open) {
            return from;
        }
        TextLayer.Tok first = toks.get(from);
        if (first.pos().equals("PRP") && OBJECT_PRONOUNS.contains(first.lower())) {
            return from + 1;
        }
        int t = from;
        if (t < open && first.pos().equals("DT")) {
            t++;
        }
        int nouns = t;
        while (t < open && t - from < 6 && toks.get(t).pos().startsWith("NN")) {
            t++;
        }
        return t > nouns && t < open ? t : from;
    }
}

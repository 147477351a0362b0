package org.lector.nlp;

import java.util.List;
import java.util.Locale;

/**
 * Step 1 of {@link QuoteFinder}: for every quotation, the words that report it (the cue) and where its speaker is
 * written, by the patterns in the order {@link QuoteFinder} lists them.
 */
final class QuoteFrames {

    private QuoteFrames() {
    }

    private static final int BACK_WINDOW = 45;
    private static final int AFTER_WINDOW = 30;

    /** How a quotation's speaker was found. */
    enum How { TITLE, NO_QUOTE, SCARE, AFTER, BEFORE, ACCORDING, COLON, SENTENCE, PARAGRAPH, NONE }

    /**
     * Where a quotation's report is written.
     *
     * @param how          which pattern found it
     * @param cue          the cue's first token, or -1
     * @param cueEnd       just after the cue's last token ("according to" is two)
     * @param speakerStart the speaker phrase's first token, or -1 when none is written
     * @param speakerEnd   just after its last token
     * @param contentStart the first character of the reported clause a partial quote sits in, or -1
     * @param contentEnd   just after it
     */
    record Frame(How how, int cue, int cueEnd, int speakerStart, int speakerEnd, int contentStart,
                 int contentEnd) {

        static final Frame NONE = new Frame(How.NONE, -1, -1, -1, -1, -1, -1);

        static Frame of(How how) {
            return new Frame(how, -1, -1, -1, -1, -1, -1);
        }

        boolean hasSpeaker() {
            return speakerStart >= 0;
        }
    }

    // ------------------------------------------------------------------------------------------- step 1: frames

    /**
     * Where each quotation's report is written, in the order of {@link Quotations#marks}.
     *
     * @param own      the report a quotation has of its own, or {@link Frame#NONE}
     * @param fallback for a quotation with none: the report the paragraph before ends with ({@code Holt said:}),
     *                 else a cue later in its own sentence ({@code The "rigged" system, Holt argued, ...}), else
     *                 the subject of the paragraph before; used when no earlier quote's speaker continues into it
     */
    record Frames(Frame[] own, Frame[] fallback) {
    }

    static Frames frames(Quotations qs, List<Mention> ms) {
        Frame[] own = new Frame[qs.size()];
        Frame[] fallback = new Frame[qs.size()];
        for (int q = 0; q < qs.size(); q++) {
            own[q] = frame(qs, q, ms);
            fallback[q] = Frame.NONE;
            if (own[q].how() == How.NONE) {
                fallback[q] = previousParagraph(qs, q, ms, true);
                if (!fallback[q].hasSpeaker()) {
                    fallback[q] = laterInSentence(qs, q, ms);
                }
                if (!fallback[q].hasSpeaker()) {
                    fallback[q] = previousParagraph(qs, q, ms, false);
                }
            }
        }
        return new Frames(own, fallback);
    }

    /** A cue later in a quotation's sentence, not attached to it, and its subject. */
    private static Frame laterInSentence(Quotations qs, int q, List<Mention> ms) {
        List<TextLayer.Tok> toks = qs.layer.tokens();
        int a = qs.after[q];
        if (a >= toks.size() || qs.first[q] >= toks.size()) {
            return Frame.NONE;
        }
        int sentence = toks.get(a - 1).sentence();
        if (toks.get(a).sentence() != sentence) {
            return Frame.NONE; // the quotation ends its sentence
        }
        int end = Math.min(qs.layer.sentences().get(sentence).endToken(), a + AFTER_WINDOW);
        for (int c = a; c < end; c++) {
            TextLayer.Tok tok = toks.get(c);
            if (qs.quoted(c) || !QuoteCues.reportsHere(toks, c, true) || QuoteTokens.inName(ms, c)) {
                continue;
            }
            int lo = Math.max(clauseStart(qs, q), qs.layer.sentences().get(sentence).firstToken());
            int[] subject = Subjects.subjectBefore(toks, c, a, qs, ms);
            if (subject == null || qs.quoted(subject[0])) {
                subject = Subjects.mainSubject(qs, toks, lo, c, ms);
            }
            return subject == null ? Frame.NONE
                    : new Frame(How.SENTENCE, c, c + 1, subject[0], subject[1], -1, -1);
        }
        return Frame.NONE;
    }

    private static Frame frame(Quotations qs, int q, List<Mention> ms) {
        QuoteMarks.Marks m = qs.marks.get(q);
        String text = qs.text;
        if (QuoteTitles.soCalled(text, m.start())) {
            return Frame.of(How.SCARE);
        }
        if (QuoteTitles.isTitle(qs, q, ms)) {
            return Frame.of(How.TITLE);
        }
        if (QuoteTitles.isNickname(qs, q) || QuoteTitles.isHeading(qs, q)) {
            return Frame.of(How.NO_QUOTE);
        }
        Frame f = m.open() ? Frame.NONE : after(qs, q, ms);
        if (f.how() == How.NONE) {
            f = before(qs, q, ms);
        }
        return f;
    }

    /**
     * For a quotation opening its paragraph: the report the paragraph before ends with ({@code Stated Holt:})
     * when {@code colon}, else the subject of that paragraph's last sentence ({@code Holt spoke about the plan.}).
     */
    private static Frame previousParagraph(Quotations qs, int q, List<Mention> ms, boolean colon) {
        List<TextLayer.Tok> toks = qs.layer.tokens();
        QuoteMarks.Marks m = qs.marks.get(q);
        int open = qs.first[q];
        if (open == 0 || open >= toks.size() || !Quotations.startsParagraph(qs.text, m.start(), qs.paragraph[q])) {
            return Frame.NONE;
        }
        int last = open - 1;
        if (qs.quoted(last)) {
            return Frame.NONE; // the paragraph before ends in a quote: its speaker continues, if any
        }
        int lo = Math.max(0, Math.max(last - BACK_WINDOW,
                qs.layer.sentences().get(toks.get(last).sentence()).firstToken()));
        if (colon) {
            if (!toks.get(last).word().equals(":")) {
                return Frame.NONE;
            }
            Frame f = cueBefore(qs, last, lo, ms);
            return f.hasSpeaker() ? new Frame(How.COLON, f.cue(), f.cueEnd(), f.speakerStart(), f.speakerEnd(), -1, -1)
                    : Frame.NONE;
        }
        int[] subject = Subjects.mainSubject(qs, toks, lo, last + 1, ms);
        return subject == null ? Frame.NONE : new Frame(How.PARAGRAPH, -1, -1, subject[0], subject[1], -1, -1);
    }

    /** {@code "...," Holt said} / {@code "...," said Holt} / {@code "...," according to Holt}. */
    private static Frame after(Quotations qs, int q, List<Mention> ms) {
        List<TextLayer.Tok> toks = qs.layer.tokens();
        QuoteMarks.Marks m = qs.marks.get(q);
        String text = qs.text;
        int t = qs.after[q];
        if (t >= toks.size() || qs.paragraphBreak(m.end(), toks.get(t).start())) {
            return Frame.NONE;
        }
        char last = Quotations.lastInside(text, m);
        boolean comma = false;
        while (t < toks.size() && QuoteTokens.isPunct(toks.get(t)) && !qs.quoted(t) && toks.get(t).start() - m.end() < 3) {
            comma |= toks.get(t).word().equals(",") || toks.get(t).word().equals("--")
                    || toks.get(t).word().equals("—");
            t++;
        }
        if (t >= toks.size() || qs.quoted(t)) {
            return Frame.NONE;
        }
        boolean joined = comma || ",?!—–-…".indexOf(last) >= 0;
        int limit = Math.min(toks.size(), t + AFTER_WINDOW);
        for (int c = t; c < limit; c++) {
            TextLayer.Tok tok = toks.get(c);
            if (qs.quoted(c) || qs.paragraphBreak(toks.get(t).start(), tok.start()) || QuoteTokens.isSentenceEnd(tok)) {
                break;
            }
            if (tok.lower().equals("according") && c + 1 < toks.size() && toks.get(c + 1).lower().equals("to")) {
                int[] np = QuoteTokens.npAfter(toks, c + 2, limit, qs);
                if (np != null && c == t) {
                    return new Frame(How.AFTER, c, c + 2, np[0], np[1], -1, -1);
                }
                return Frame.NONE;
            }
            boolean finite = tok.isVerb() && !tok.pos().equals("VBN") && !tok.pos().equals("VBG")
                    && !Subjects.BETWEEN_SUBJECT_AND_CUE.contains(tok.lower()) && !QuoteTokens.inName(ms, c);
            // Right after a quote and its comma, the verb next to the speaker reports it whatever it is
            // ("beamed", "pressed", "interjected"); after a full stop only a speech verb does.
            boolean cue = QuoteCues.isCue(tok) && !QuoteTokens.inName(ms, c) || joined && finite && QuoteCues.attributive(tok);
            if (!cue) {
                if (c > t && finite && !Subjects.inApposition(toks, t, c)) {
                    return Frame.NONE; // another verb first: the words after the quote are a sentence of their own
                }
                continue;
            }
            if (c == t) {
                int[] np = QuoteTokens.npAfter(toks, c + 1, limit, qs);
                if (np != null && (joined || QuoteCues.isCue(tok))) {
                    return new Frame(How.AFTER, c, c + 1, np[0], np[1], -1, -1);
                }
                return Frame.NONE;
            }
            int[] subject = Subjects.subjectBefore(toks, c, t, qs, ms);
            if (subject != null && subject[0] == t) {
                if (!joined && !(QuoteCues.isCue(tok) && shortSentence(toks, c, limit))) {
                    return Frame.NONE;
                }
                return new Frame(How.AFTER, c, c + 1, subject[0], subject[1], -1, -1);
            }
            return Frame.NONE;
        }
        return Frame.NONE;
    }

    /** A cue and what little may follow it before the sentence ends: {@code Holt said on Tuesday.} */
    private static boolean shortSentence(List<TextLayer.Tok> toks, int cue, int limit) {
        for (int t = cue + 1; t < limit && t < cue + 8; t++) {
            if (QuoteTokens.isSentenceEnd(toks.get(t))) {
                return true;
            }
        }
        return false;
    }

    /** The cue before a quotation in its sentence, and its subject. */
    private static Frame before(Quotations qs, int q, List<Mention> ms) {
        List<TextLayer.Tok> toks = qs.layer.tokens();
        int open = qs.first[q];
        if (open >= toks.size()) {
            return Frame.NONE;
        }
        Frame f = cueBefore(qs, open, clauseStart(qs, q), ms);
        if (!f.hasSpeaker() || f.cue() < 0) {
            return f;
        }
        // The reported clause is the complement of a speech verb, "according to" or "his claim that".
        TextLayer.Tok cue = toks.get(f.cue());
        boolean speech = f.how() == How.ACCORDING || QuoteCues.isCue(cue)
                || cue.isNoun() && f.cueEnd() < open && toks.get(f.cueEnd()).lower().equals("that");
        if (speech) {
            return ReportedClause.withContent(qs, q, f, f.how() == How.ACCORDING ? f.speakerEnd() : f.cueEnd());
        }
        return f;
    }

    /**
     * The report nearest before token {@code open}, back to {@code lo}: a cue verb and its subject, "according
     * to" and its object, a speech noun and its possessor ({@code his claim that}), or a colon after a speaker
     * ({@code Holt: "..."}). Quoted tokens are skipped: they are someone's words, not the writer's report.
     */
    private static Frame cueBefore(Quotations qs, int open, int lo, List<Mention> ms) {
        Frame f = cueBefore(qs, open, lo, ms, Pass.SPEECH);
        if (f.how() == How.NONE) {
            f = cueBefore(qs, open, lo, ms, Pass.NOUN);
        }
        if (f.how() == How.NONE) {
            f = cueBefore(qs, open, lo, ms, Pass.BROAD);
        }
        return f.how() == How.NONE ? passiveBefore(qs, open, lo, ms) : f;
    }

    /**
     * A passive speech verb before the quotation ({@code Holt was said to be "furious"}), when nothing else in the
     * clause reports it: reported, by someone the text does not name.
     */
    private static Frame passiveBefore(Quotations qs, int open, int lo, List<Mention> ms) {
        List<TextLayer.Tok> toks = qs.layer.tokens();
        for (int c = open - 1; c >= lo; c--) {
            TextLayer.Tok tok = toks.get(c);
            if (!qs.quoted(c) && tok.pos().equals("VBN") && QuoteCues.isCue(tok) && !QuoteTokens.inName(ms, c)
                    && Subjects.passive(toks, c, lo)) {
                return new Frame(How.BEFORE, c, c + 1, -1, -1, -1, -1);
            }
        }
        return Frame.NONE;
    }

    /** What {@link #cueBefore} looks for: speech verbs, speech nouns with an owner, the wider cues. */
    private enum Pass { SPEECH, NOUN, BROAD }

    /**
     * As {@link #cueBefore(Quotations, int, int, List)}, with speech cues only or, when {@code broad}, with the
     * wider attribution cues too ({@code Holt endorsed the "plan"}).
     */
    private static Frame cueBefore(Quotations qs, int open, int lo, List<Mention> ms, Pass pass) {
        List<TextLayer.Tok> toks = qs.layer.tokens();
        for (int c = open - 1; c >= lo; c--) {
            if (qs.quoted(c)) {
                continue;
            }
            TextLayer.Tok tok = toks.get(c);
            if (tok.lower().equals("according") && c + 1 < open && toks.get(c + 1).lower().equals("to")) {
                int[] np = QuoteTokens.npAfter(toks, c + 2, open, qs);
                if (np != null) {
                    return new Frame(How.ACCORDING, c, c + 2, np[0], np[1], -1, -1);
                }
                continue;
            }
            if (tok.isNoun() && QuoteCues.CUE_NOUNS.contains(tok.lemma().toLowerCase(Locale.ROOT))) {
                int[] owner = pass == Pass.NOUN ? Subjects.possessor(toks, c, lo, ms) : null;
                if (owner != null) {
                    return new Frame(How.BEFORE, c, c + 1, owner[0], owner[1], -1, -1);
                }
                continue;
            }
            if (pass == Pass.NOUN || !QuoteCues.reportsHere(toks, c, pass == Pass.BROAD) || QuoteTokens.inName(ms, c)
                    || tok.pos().equals("VBN") && !Subjects.perfect(toks, c, lo)) {
                continue;
            }
            // "..., saying": a participle after a comma reports for the main clause's subject.
            boolean participle = (tok.pos().equals("VBG") || tok.pos().equals("VBN")) && c > lo
                    && toks.get(c - 1).word().equals(",");
            int[] subject = participle ? null : Subjects.subjectBefore(toks, c, lo, qs, ms);
            if (subject == null) {
                subject = Subjects.mainSubject(qs, toks, lo, c, ms);
            }
            if (subject == null) {
                return new Frame(How.BEFORE, c, c + 1, -1, -1, -1, -1); // reported, by someone named elsewhere
            }
            return new Frame(How.BEFORE, c, c + 1, subject[0], subject[1], -1, -1);
        }
        if (pass != Pass.SPEECH) {
            return Frame.NONE;
        }
        if (open > 0 && toks.get(open - 1).word().equals(":") || QuoteTokens.precededByColon(qs.text, toks.get(open).start())) {
            // "Philip Bump: ...": the name right before the colon; else the sentence's subject
            int colon = open > 0 && toks.get(open - 1).word().equals(":") ? open - 1 : -1;
            int[] named = colon > lo ? QuoteTokens.npBefore(toks, colon, lo) : null;
            if (named != null && SpeakerPhrases.speakerMention(ms, toks, new Frame(How.COLON, -1, -1, named[0], named[1], -1, -1)) >= 0) {
                return new Frame(How.COLON, -1, -1, named[0], named[1], -1, -1);
            }
            int[] subject = Subjects.mainSubject(qs, toks, lo, open, ms);
            if (subject != null) {
                return new Frame(How.COLON, -1, -1, subject[0], subject[1], -1, -1);
            }
        }
        return Frame.NONE;
    }

    /**
     * The first token of the clause a quotation's report may stand in: its sentence's start, but never before a
     * paragraph break or a sentence end the tokenizer missed (outside quotations), and at most a window back.
     */
    static int clauseStart(Quotations qs, int q) {
        List<TextLayer.Tok> toks = qs.layer.tokens();
        int open = qs.first[q];
        int lo = Math.max(0, open - BACK_WINDOW);
        int sentenceStart = qs.layer.sentences().get(toks.get(open).sentence()).firstToken();
        lo = Math.max(lo, sentenceStart);
        int para = qs.paragraph[q];
        for (int t = open - 1; t >= lo; t--) {
            TextLayer.Tok tok = toks.get(t);
            if (tok.start() < para || QuoteTokens.isSentenceEnd(tok) && !qs.quoted(t)) {
                return t + 1;
            }
        }
        return lo;
    }
}

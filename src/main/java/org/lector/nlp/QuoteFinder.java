package org.lector.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lector.model.EntityCluster;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;

/**
 * Finds quoted passages, what kind they are and who says them, by rule over the tier-1 tokens and mentions (why
 * rules and not CoreNLP's quote sieves or a dependency parse: docs/decisions/0014-quotes-and-speakers.md).
 *
 * <p>Work happens in two steps, because a speaker may be a phrase no mention covers yet ("a campaign
 * spokesman"): {@link #frames} finds, for every quotation, the words that report it (the cue) and where its
 * speaker is written; {@link #speakerPhrases} turns speaker phrases that are no mention into nominal mentions,
 * which the clusterer then groups with the rest; {@link #quotes} names each speaker by its cluster. Each quotation
 * looks at a bounded window of tokens around it, so the pass is linear in the text.
 *
 * <p>The patterns, in the order they are tried:
 * <ol>
 *   <li>a title in quotation marks ("Face the Nation", a memoir's title, a campaign's slogan) is {@code title},
 *       not speech; "so-called" makes a {@code scare} quote;</li>
 *   <li>after the quote: {@code "...," Jane Holt, chief economist at a bank, said}; {@code "...," said Holt};
 *       {@code "...," he added}; {@code "...," the newspaper wrote}; {@code "...," according to Holt};</li>
 *   <li>before it, in its sentence: {@code Holt said that the plan was "reckless"}; {@code Holt told reporters:
 *       "..."}; {@code ..., adding that "..."} (the subject of the main clause); {@code According to Holt, "..."};
 *       {@code Holt: "..."};</li>
 *   <li>a quote with no cue of its own continues the speaker of the quote before it in its paragraph
 *       ({@code "...," Macron said. "..."}), of the quote it continues over a paragraph break (an opening mark with
 *       no closing one at the paragraph's end), or, when its paragraph is only that quote, the previous
 *       paragraph's speaker;</li>
 *   <li>a pronoun speaker is the nearest earlier person of its gender (see {@link Pronouns}); an organization or a
 *       described speaker ("the White House", "a spokesman") speaks as such.</li>
 * </ol>
 * A quote nobody is reported saying is {@code scare}; one that opens its sentence is {@code direct}; otherwise
 * {@code partial}, and a partial quote's span is the reported clause that holds it ({@code she said [the rival
 * campaign "cannot win" the state]}): the quoted words alone do not say what was said.
 *
 * <p>Longer than most files, on purpose: the quote and speaker patterns of decision 0014 are one ordered rule
 * list over the same token view (after the quote, before it, according to, colon, speech nouns, pronouns,
 * interruptions, paragraphs), and each rule's precedence over the others is only readable when they sit together;
 * the pairing of quotation marks and the token helpers they share are private to them.
 */
final class QuoteFinder {

    /**
     * Lemmas of verbs that report speech or writing: the cues of PolNeAR's training articles that introduce
     * quotations (said, told, wrote, added, called, tweeted, asked, noted, explained, ...), widened with their
     * near synonyms.
     */
    static final Set<String> CUES = Set.of("interject", "exhort", "beam", "press", "remember", "propose", "recount", "gripe",
            "grumble", "marvel", "chime", "insist", "rant", "sneer", "hiss", "bellow", "roar",
            "scream", "stammer", "murmur", "chuckle", "laugh", "smile", "shrug", "nod", "add",
            "say", "tell", "write", "call", "tweet", "ask", "continue", "note", "report",
            "describe", "explain", "state", "respond", "reply", "declare", "conclude", "read",
            "argue", "pledge", "promise", "accuse", "claim", "warn", "announce", "admit",
            "suggest", "recall", "chant", "shout", "vow", "blame", "acknowledge", "remark",
            "assure", "urge", "joke", "blast", "predict", "mock", "yell", "lament", "boast",
            "complain", "assert", "concede", "emphasize", "emphasise", "stress", "post", "quip",
            "testify", "threaten", "agree", "mutter", "whisper", "cry", "exclaim", "answer",
            "observe", "reiterate", "underline", "underscore", "deny", "confirm", "contend",
            "criticize", "criticise", "demand", "dub", "label", "implore", "plead", "counter",
            "retort", "scoff", "snap", "charge", "allege", "maintain", "caution", "proclaim",
            "thank", "praise", "question", "wonder", "muse", "opine", "posit", "concur",
            "elaborate", "reveal", "disclose", "tout", "hail", "slam", "decry", "denounce",
            "condemn", "dismiss", "fume", "rail", "lash", "jab", "taunt", "brag", "gush", "sigh",
            "quote", "cite", "highlight", "point", "put", "email", "text", "message", "begin",
            "start", "finish", "summarize", "summarise", "characterize", "characterise", "term",
            "brand", "deem", "christen", "nickname", "refer", "inform", "instruct", "beg",
            "command", "order", "advise", "recommend", "offer", "preach", "lecture", "scold",
            "chide", "rebuke", "reprimand", "admonish", "challenge", "dare", "swear", "guarantee",
            "reassure", "speculate", "hypothesize", "estimate", "forecast", "comment", "imply", "bemoan", "bark",
            "herald", "affirm");
    /**
     * Verbs PolNeAR's training articles often attribute with beyond speech (learned: lemmas that head a gold cue
     * in at least 30 % of their uses and at least five times): a stance, a belief, an intent. A quotation in a
     * clause they govern is that subject's, not a scare quote.
     */
    private static final Set<String> BROAD_CUES = Set.of("accord", "agree", "aim", "allege", "appear", "assure", "attack", "back", "blame", "blast",
            "boast", "charge", "cite", "comment", "complain", "concede", "conclude", "condemn",
            "confirm", "convince", "criticize", "criticise", "decline", "decry", "deem", "defend",
            "demand", "denounce", "deny", "discuss", "dismiss", "echo", "endorse", "estimate",
            "expect", "express", "fear", "highlight", "hope", "indicate", "issue", "list",
            "mention", "mock", "name", "oppose", "persuade", "point", "portray", "praise",
            "prefer", "press", "promote", "propose", "push", "question", "recall", "refer",
            "refuse", "reiterate", "reject", "remember", "remind", "repeat", "reveal", "seek",
            "seem", "show", "slam", "sound", "suggest", "talk", "thank", "threaten", "tout",
            "urge", "view", "wonder", "worry", "find", "believe", "consider", "identify", "share",
            "welcome", "announce", "promise", "pledge", "vow", "describe", "call", "label", "dub",
            "term", "brand");

    /** Nouns that report speech when someone owns them: {@code his claim that ...}, {@code Holt's remarks}. */
    private static final Set<String> CUE_NOUNS = Set.of("call", "claim", "statement", "remark", "comment",
            "argument", "assertion", "description", "warning", "promise", "pledge", "accusation", "insistence",
            "criticism", "suggestion", "word", "speech", "message", "tweet", "post", "response", "reply", "answer",
            "admission", "announcement", "declaration", "characterization", "reference", "plea", "demand",
            "prediction", "vow", "boast", "complaint", "charge", "allegation", "testimony", "interview", "letter",
            "memo", "email", "essay", "op-ed", "column", "retort", "quip", "joke", "slogan", "mantra", "refrain",
            "rhetoric", "language", "phrase", "term", "label", "view", "belief", "assessment", "verdict");

    /** Cue verbs that only report speech with a phrase of their own ("put it", "pointed out", "went on"). */
    private static final Set<String> WEAK_CUES = Set.of("demand", "put", "point", "begin", "start", "finish", "continue",
            "offer", "order", "command", "question", "read", "call", "term", "refer", "cite", "quote", "thank",
            "praise", "hail", "dismiss", "message", "text", "challenge", "dare", "recommend", "propose");
    /** Nouns that make a quotation a title: a show, a book, a campaign ({@code the "Stop Trump" movement}). */
    private static final Set<String> TITLE_NOUNS = Set.of("show", "program", "programme", "book", "books", "memoir", "novel", "film", "movie",
            "documentary", "series", "song", "album", "column", "article", "op-ed", "essay",
            "headline", "episode", "podcast", "newsletter", "hashtag", "slogan", "campaign",
            "movement", "tour", "play", "musical", "poem", "blog", "video", "ad", "advertisement",
            "editorial", "titled", "entitled", "broadcast", "segment", "bestseller", "hats", "hat",
            "t-shirts", "shirts", "plates", "caucus", "initiative", "act", "bill", "report",
            "speech", "track", "sketch", "rally", "rallies", "website", "site", "page", "anthem",
            "motto", "magazine", "channel", "network", "special", "miniseries", "sitcom", "opera",
            "painting", "exhibition", "conference", "summit");
    /** Words after which a capitalized quotation of two words or more names a show or a book, not speech. */
    private static final Set<String> TITLE_PLACES = Set.of("on", "of", "in", "from", "with", "via", "told",
            "watching", "watched", "hosted", "hosts", "starring", "titled", "entitled", "dubbed", "publish",
            "published", "wrote", "author");
    private static final Set<String> TITLE_LOWER = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for",
            "and", "or", "but", "with", "from", "by", "vs", "vs.", "is", "are", "be", "de", "la", "le", "&", "as",
            "it", "up", "into", "over", "&amp;");
    /** Words between a cue verb and its subject that are no subject: auxiliaries and adverbs. */
    private static final Set<String> BETWEEN_SUBJECT_AND_CUE = Set.of("has", "have", "had", "is", "was", "were", "are", "will", "would", "did", "does", "do",
            "also", "then", "later", "previously", "repeatedly", "reportedly", "once", "again",
            "recently", "quickly", "been", "not", "n't", "never", "often", "already", "simply",
            "just", "even", "still", "further", "first", "last", "finally", "publicly",
            "privately", "flatly", "openly", "separately", "initially", "earlier", "subsequently",
            "bluntly", "angrily", "famously", "memorably", "ultimately", "elsewhere", "too",
            "herself", "himself", "themselves", "itself", "could", "might", "may", "can", "should",
            "must", "shall");
    /** Heads of a described speaker that is no person: an organization or a document. */
    private static final Set<String> ORG_HEADS = Set.of("campaign", "committee", "newspaper", "paper",
            "magazine", "network", "company", "group", "agency", "department", "office", "administration",
            "government", "party", "organization", "organisation", "board", "council", "court", "firm", "team",
            "union", "association", "coalition", "ministry", "commission", "panel", "website", "site", "outlet",
            "station", "channel", "publication", "institute", "foundation", "center", "centre", "service",
            "bureau", "embassy", "house", "senate", "congress", "pac", "caucus", "chamber", "army", "military",
            "police", "county", "state", "city", "university", "school", "church", "crowd", "audience");
    private static final Set<String> DOCUMENT_HEADS = Set.of("statement", "report", "email", "e-mail", "letter",
            "lawsuit", "suit", "ad", "advertisement", "poll", "survey", "study", "release", "editorial", "memo",
            "tweet", "post", "message", "note", "filing", "complaint", "indictment", "ruling", "order", "document",
            "transcript", "video", "book", "article", "column", "op-ed", "speech", "sign", "banner", "headline",
            "notice", "petition", "website", "page", "platform", "resolution", "bill", "motion", "verdict",
            "decision", "opinion", "brief", "affidavit", "policy", "manifesto", "text");
    /** Words that say a quotation is a term, not speech. */
    private static final Pattern SO_CALLED = Pattern.compile("(?s).*\\b(?:so[- ]called|the term|the word|"
            + "the phrase|the words|the label|the moniker|the nickname|the slogan|the hashtag)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** What a repeated quotation may differ by: quotation marks and closing punctuation. */
    private static final Pattern QUOTE_NOISE = Pattern.compile("[\"'“”‘’.,!?]");
    private static final Set<String> PREPOSITIONS = Set.of("for", "of", "at", "with", "from", "in", "on");
    private static final int BACK_WINDOW = 45;
    /** How far after the cue "that" may open its reported clause ({@code told supporters after ... that}). */
    private static final int THAT_REACH = 20;
    /** Verbs whose reported clause follows the person addressed ({@code assured me he}, {@code told reporters}). */
    private static final Set<String> ADDRESS_CUES = Set.of("tell", "assure", "inform", "remind", "warn", "promise",
            "reassure", "advise", "caution", "ask", "urge");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "him", "her", "us", "them", "you");
    /** Words that open a clause a report may sit in, which ends at its comma ({@code When Holt said ..., the}). */
    private static final Set<String> SUBORDINATORS = Set.of("when", "as", "after", "while", "if", "because", "since",
            "although", "though", "before", "until", "once", "whenever", "whereas");
    private static final Set<String> DASHES = Set.of("—", "–", "--", "―");
    /** Words that open a relative clause after a comma: the writer's aside about a name, not the report. */
    private static final Set<String> RELATIVES = Set.of("who", "which", "where", "whose", "whom");
    /** The most words a scare quote has: a longer quotation is somebody's words. */
    private static final int SCARE_WORDS = 3;
    /** How many paragraphs back the last speaker still speaks a quotation nobody else is reported saying. */
    private static final int NEAREST_PARAGRAPHS = 2;
    /** How many mentions back an unresolved pronoun speaker looks for its person. */
    private static final int SPEAKER_LOOKBACK = 300;
    private static final int AFTER_WINDOW = 30;
    /** How far a quote with no cue looks back for a speaker to continue, in paragraphs. */
    private static final int CONTINUE_PARAGRAPHS = 1;

    private QuoteFinder() {
    }

    /** The subtype of a nominal mention the quote pass made for a described speaker. */
    static final String SPEAKER = "SPEAKER";

    /** How a quotation's speaker was found. */
    enum How { TITLE, SCARE, AFTER, BEFORE, ACCORDING, COLON, SENTENCE, PARAGRAPH, NONE }

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

    /** The quotations of a text with their tokens and paragraphs, shared by the steps. */
    static final class Quotations {
        final String text;
        final TextLayer layer;
        final List<QuoteMarks.Marks> marks;
        /** Index of the quotation each token lies in, or -1. */
        final int[] quoteOf;
        /** Each quotation's first token and the first token after it. */
        final int[] first;
        final int[] after;
        /** Each quotation's paragraph: the offset its paragraph starts at. */
        final int[] paragraph;
        /** Each quotation's paragraph, counted from the text's first. */
        final int[] paragraphIndex;
        /** Where each paragraph starts (after a blank line). */
        private final int[] paragraphStarts;

        Quotations(String text, TextLayer layer) {
            this.text = text;
            this.layer = layer;
            this.paragraphStarts = QuoteMarks.paragraphStarts(text);
            this.marks = QuoteMarks.find(text, paragraphStarts);
            List<TextLayer.Tok> toks = layer.tokens();
            quoteOf = new int[toks.size()];
            java.util.Arrays.fill(quoteOf, -1);
            first = new int[marks.size()];
            after = new int[marks.size()];
            paragraph = new int[marks.size()];
            paragraphIndex = new int[marks.size()];
            int para = 0;
            for (int q = 0; q < marks.size(); q++) {
                QuoteMarks.Marks m = marks.get(q);
                while (para + 1 < paragraphStarts.length && paragraphStarts[para + 1] <= m.start()) {
                    para++;
                }
                paragraph[q] = paragraphStarts[para];
                paragraphIndex[q] = para;
                first[q] = Sorted.firstAtLeast(toks, TextLayer.Tok::start, m.start());
                int t = first[q];
                while (t < toks.size() && toks.get(t).start() < m.end()) {
                    if (toks.get(t).end() <= m.end() || m.open()) {
                        quoteOf[t] = q;
                    }
                    t++;
                }
                after[q] = t;
            }
        }

        int size() {
            return marks.size();
        }

        boolean quoted(int token) {
            return quoteOf[token] >= 0;
        }

        /** Where paragraph {@code index} starts. */
        int paragraphStart(int index) {
            return paragraphStarts[index];
        }

        /** Whether a paragraph starts in {@code (from, to]}. */
        boolean paragraphBreak(int from, int to) {
            int i = java.util.Arrays.binarySearch(paragraphStarts, from + 1);
            int next = i >= 0 ? i : -i - 1;
            return next < paragraphStarts.length && paragraphStarts[next] <= to;
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
            if (qs.quoted(c) || !isBroadCue(tok) || inName(ms, c)) {
                continue;
            }
            int lo = Math.max(clauseStart(qs, q), qs.layer.sentences().get(sentence).firstToken());
            int[] subject = subjectBefore(toks, c, a, qs, ms);
            if (subject == null || qs.quoted(subject[0])) {
                subject = mainSubject(qs, toks, lo, c, ms);
            }
            return subject == null ? Frame.NONE
                    : new Frame(How.SENTENCE, c, c + 1, subject[0], subject[1], -1, -1);
        }
        return Frame.NONE;
    }

    private static Frame frame(Quotations qs, int q, List<Mention> ms) {
        QuoteMarks.Marks m = qs.marks.get(q);
        String text = qs.text;
        if (soCalled(text, m.start())) {
            return Frame.of(How.SCARE);
        }
        if (isTitle(qs, q, ms)) {
            return Frame.of(How.TITLE);
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
        if (open == 0 || open >= toks.size() || !startsParagraph(qs.text, m.start(), qs.paragraph[q])) {
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
        int[] subject = mainSubject(qs, toks, lo, last + 1, ms);
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
        char last = lastInside(text, m);
        boolean comma = false;
        while (t < toks.size() && isPunct(toks.get(t)) && !qs.quoted(t) && toks.get(t).start() - m.end() < 3) {
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
            if (qs.quoted(c) || qs.paragraphBreak(toks.get(t).start(), tok.start()) || isSentenceEnd(tok)) {
                break;
            }
            if (tok.lower().equals("according") && c + 1 < toks.size() && toks.get(c + 1).lower().equals("to")) {
                int[] np = npAfter(toks, c + 2, limit, qs);
                if (np != null && c == t) {
                    return new Frame(How.AFTER, c, c + 2, np[0], np[1], -1, -1);
                }
                return Frame.NONE;
            }
            boolean finite = tok.isVerb() && !tok.pos().equals("VBN") && !tok.pos().equals("VBG")
                    && !BETWEEN_SUBJECT_AND_CUE.contains(tok.lower()) && !inName(ms, c);
            // Right after a quote and its comma, the verb next to the speaker reports it whatever it is
            // ("beamed", "pressed", "interjected"); after a full stop only a speech verb does.
            boolean cue = isCue(tok) && !inName(ms, c) || joined && finite && attributive(tok);
            if (!cue) {
                if (c > t && finite && !inApposition(toks, t, c)) {
                    return Frame.NONE; // another verb first: the words after the quote are a sentence of their own
                }
                continue;
            }
            if (c == t) {
                int[] np = npAfter(toks, c + 1, limit, qs);
                if (np != null && (joined || isCue(tok))) {
                    return new Frame(How.AFTER, c, c + 1, np[0], np[1], -1, -1);
                }
                return Frame.NONE;
            }
            int[] subject = subjectBefore(toks, c, t, qs, ms);
            if (subject != null && subject[0] == t) {
                if (!joined && !(isCue(tok) && shortSentence(toks, c, limit))) {
                    return Frame.NONE;
                }
                return new Frame(How.AFTER, c, c + 1, subject[0], subject[1], -1, -1);
            }
            return Frame.NONE;
        }
        return Frame.NONE;
    }

    /** A verb that can report a quotation it follows: not a form of be, have or do, nor a modal. */
    private static boolean attributive(TextLayer.Tok t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return (t.pos().equals("VBD") || t.pos().equals("VBZ")) && !Set.of("be", "have", "do", "get", "go", "come",
                "make", "take", "seem", "become", "remain", "include", "mean", "need", "want", "like").contains(lemma);
    }

    /** Whether token {@code t} lies in a name (the tagger reads "Hope" in "Hope Hicks" as a verb). */
    private static boolean inName(List<Mention> ms, int t) {
        int j = Mention.firstFrom(ms, t + 1) - 1;
        for (int k = j; k >= 0 && k > j - 4; k--) {
            Mention m = ms.get(k);
            if (m.firstToken() <= t && t < m.endToken() && m.form() == MentionForm.NAME) {
                return true;
            }
        }
        return false;
    }

    /** A cue and what little may follow it before the sentence ends: {@code Holt said on Tuesday.} */
    private static boolean shortSentence(List<TextLayer.Tok> toks, int cue, int limit) {
        for (int t = cue + 1; t < limit && t < cue + 8; t++) {
            if (isSentenceEnd(toks.get(t))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code c} lies between two commas opened after {@code from}: an apposition. */
    private static boolean inApposition(List<TextLayer.Tok> toks, int from, int c) {
        int commas = 0;
        for (int t = from; t < c; t++) {
            if (toks.get(t).word().equals(",")) {
                commas++;
            }
        }
        return commas % 2 == 1;
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
        boolean speech = f.how() == How.ACCORDING || isCue(cue)
                || cue.isNoun() && f.cueEnd() < open && toks.get(f.cueEnd()).lower().equals("that");
        if (speech) {
            return withContent(qs, q, f, f.how() == How.ACCORDING ? f.speakerEnd() : f.cueEnd());
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
        return f.how() == How.NONE ? cueBefore(qs, open, lo, ms, Pass.BROAD) : f;
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
                int[] np = npAfter(toks, c + 2, open, qs);
                if (np != null) {
                    return new Frame(How.ACCORDING, c, c + 2, np[0], np[1], -1, -1);
                }
                continue;
            }
            if (tok.isNoun() && CUE_NOUNS.contains(tok.lemma().toLowerCase(Locale.ROOT))) {
                int[] owner = pass == Pass.NOUN ? possessor(toks, c, lo, ms) : null;
                if (owner != null) {
                    return new Frame(How.BEFORE, c, c + 1, owner[0], owner[1], -1, -1);
                }
                continue;
            }
            if (pass == Pass.SPEECH && tok.pos().equals("VBN") && isCue(tok) && !inName(ms, c) && passive(toks, c, lo)) {
                return new Frame(How.BEFORE, c, c + 1, -1, -1, -1, -1); // "was said to be", by someone unnamed
            }
            if (pass == Pass.NOUN || !(pass == Pass.BROAD ? isBroadCue(tok) : isCue(tok)) || inName(ms, c)
                    || tok.pos().equals("VBN") && !perfect(toks, c, lo)) {
                continue;
            }
            // "..., saying": a participle after a comma reports for the main clause's subject.
            boolean participle = (tok.pos().equals("VBG") || tok.pos().equals("VBN")) && c > lo
                    && toks.get(c - 1).word().equals(",");
            int[] subject = participle ? null : subjectBefore(toks, c, lo, qs, ms);
            if (subject == null) {
                subject = mainSubject(qs, toks, lo, c, ms);
            }
            if (subject == null) {
                return new Frame(How.BEFORE, c, c + 1, -1, -1, -1, -1); // reported, by someone named elsewhere
            }
            return new Frame(How.BEFORE, c, c + 1, subject[0], subject[1], -1, -1);
        }
        if (pass != Pass.SPEECH) {
            return Frame.NONE;
        }
        if (open > 0 && toks.get(open - 1).word().equals(":") || precededByColon(qs.text, toks.get(open).start())) {
            // "Philip Bump: ...": the name right before the colon; else the sentence's subject
            int colon = open > 0 && toks.get(open - 1).word().equals(":") ? open - 1 : -1;
            int[] named = colon > lo ? npBefore(toks, colon, lo) : null;
            if (named != null && speakerMention(ms, toks, new Frame(How.COLON, -1, -1, named[0], named[1], -1, -1)) >= 0) {
                return new Frame(How.COLON, -1, -1, named[0], named[1], -1, -1);
            }
            int[] subject = mainSubject(qs, toks, lo, open, ms);
            if (subject != null) {
                return new Frame(How.COLON, -1, -1, subject[0], subject[1], -1, -1);
            }
        }
        return Frame.NONE;
    }

    /** Who a speech noun belongs to: {@code his claim}, {@code Holt's remarks}; null when it has no owner. */
    private static int[] possessor(List<TextLayer.Tok> toks, int noun, int lo, List<Mention> ms) {
        for (int t = noun - 1; t >= lo && t >= noun - 4; t--) {
            TextLayer.Tok tok = toks.get(t);
            if (tok.pos().equals("PRP$")) {
                return new int[] {t, t + 1};
            }
            if (tok.pos().equals("POS")) {
                int[] np = npBefore(toks, t, lo);
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
    private static boolean perfect(List<TextLayer.Tok> toks, int c, int lo) {
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
    private static boolean passive(List<TextLayer.Tok> toks, int c, int lo) {
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
     * The first token of the clause a quotation's report may stand in: its sentence's start, but never before a
     * paragraph break or a sentence end the tokenizer missed (outside quotations), and at most a window back.
     */
    private static int clauseStart(Quotations qs, int q) {
        List<TextLayer.Tok> toks = qs.layer.tokens();
        int open = qs.first[q];
        int lo = Math.max(0, open - BACK_WINDOW);
        int sentenceStart = qs.layer.sentences().get(toks.get(open).sentence()).firstToken();
        lo = Math.max(lo, sentenceStart);
        int para = qs.paragraph[q];
        for (int t = open - 1; t >= lo; t--) {
            TextLayer.Tok tok = toks.get(t);
            if (tok.start() < para || isSentenceEnd(tok) && !qs.quoted(t)) {
                return t + 1;
            }
        }
        return lo;
    }

    /**
     * The subject of the cue at {@code cue}: the phrase right before it, past auxiliaries and adverbs, an
     * apposition or a relative clause ({@code Holt, chief economist at a bank, said}; {@code Holt, who ...,
     * said}). Returns its token range, or null.
     */
    private static int[] subjectBefore(List<TextLayer.Tok> toks, int cue, int lo, Quotations qs, List<Mention> ms) {
        int e = cue;
        while (e > lo) {
            TextLayer.Tok b = toks.get(e - 1);
            if (BETWEEN_SUBJECT_AND_CUE.contains(b.lower()) || b.pos().startsWith("RB") && !b.lower().equals("as")) {
                e--;
            } else if (isTime(b)) {
                // "Holt on Wednesday said", "Holt last week said"
                int s = e - 1;
                while (s > lo && isTime(toks.get(s - 1))) {
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
                if (qs.quoted(t) || isCue(toks.get(t)) && toks.get(t).pos().startsWith("VB")) {
                    break;
                }
            }
            if (open < 0) {
                return null;
            }
            int[] np = npBefore(toks, open, lo);
            if (np == null) {
                return null;
            }
            // "The campaign's spokeswoman, Hope Hicks, said": the name in the apposition is the speaker.
            int named = personIn(ms, open + 1, e - 1);
            if (named >= 0 && personIn(ms, np[0], np[1]) < 0) {
                Mention p = ms.get(named);
                return new int[] {p.firstToken(), p.endToken()};
            }
            return np;
        }
        return npBefore(toks, e, lo);
    }

    /**
     * The subject of the sentence's main clause, for a cue with none of its own ({@code Holt ..., adding that}):
     * the first person, pronoun or organization followed by a verb, else the first person.
     */
    private static int[] mainSubject(Quotations qs, List<TextLayer.Tok> toks, int lo, int cue, List<Mention> ms) {
        int firstPerson = -1;
        for (int j = Mention.firstFrom(ms, lo); j < ms.size() && ms.get(j).endToken() <= cue; j++) {
            Mention m = ms.get(j);
            if (!canSpeak(m) || qs.quoted(m.firstToken())) {
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

    /** A noun phrase ending just before token {@code end}: [first token, end), or null. */
    private static int[] npBefore(List<TextLayer.Tok> toks, int end, int lo) {
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
    private static int[] npAfter(List<TextLayer.Tok> toks, int start, int limit, Quotations qs) {
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
    private static int personIn(List<Mention> ms, int from, int to) {
        int found = -1;
        for (int j = Mention.firstFrom(ms, from); j < ms.size() && ms.get(j).firstToken() < to; j++) {
            Mention m = ms.get(j);
            if (m.endToken() <= to && m.type() == EntityType.PERSON && m.form() != MentionForm.PRONOUN) {
                found = j;
            }
        }
        return found;
    }

    /**
     * A partial quote's reported clause: from the cue's complement to the end of its clause. It starts after "that"
     * ({@code told supporters after the rally that ...}), else after the cue's comma or colon, else after the
     * person a telling verb addresses ({@code assured me he ...}); it ends at the sentence's end, a semicolon, a
     * dash after the quotation, a quotation that ends its own sentence ({@code ''... political.''}), or, when
     * the report sits in a clause opened by "when", "as", "if" and the like, the comma that closes that clause.
     */
    private static Frame withContent(Quotations qs, int q, Frame f, int from) {
        List<TextLayer.Tok> toks = qs.layer.tokens();
        QuoteMarks.Marks m = qs.marks.get(q);
        int open = qs.first[q];
        if (opensSentence(qs.text, m.start(), toks, open)) {
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
            while (s < open && isPunct(toks.get(s))) {
                s++;
            }
        }
        if (s >= open) {
            return f;
        }
        int sentence = toks.get(Math.max(open, qs.after[q] - 1)).sentence();
        int e = qs.layer.sentences().get(sentence).endToken();
        int end = m.end();
        int lo = clauseStart(qs, q);
        boolean subordinate = lo < s && SUBORDINATORS.contains(toks.get(lo).lower());
        boolean ownSentence = !m.open() && ".?!".indexOf(lastInside(qs.text, m)) >= 0;
        for (int t = qs.after[q]; t < e && !ownSentence; t++) {
            TextLayer.Tok tok = toks.get(t);
            String w = tok.word();
            if (qs.paragraphBreak(m.end(), tok.start()) || isSentenceEnd(tok) || w.equals(";")
                    || dash(qs.text, tok) || subordinate && w.equals(",") || tok.lower().equals("but")
                    || w.equals(",") && t + 1 < e && RELATIVES.contains(toks.get(t + 1).lower())) {
                break;
            }
            int quote = qs.quoteOf[t];
            end = quote >= 0 ? Math.max(end, qs.marks.get(quote).end()) : tok.end();
        }
        return new Frame(f.how(), f.cue(), f.cueEnd(), f.speakerStart(), f.speakerEnd(), toks.get(s).start(), end);
    }

    /** A dash between words: a dash character, or a hyphen with a space on both sides. */
    private static boolean dash(String text, TextLayer.Tok tok) {
        String w = tok.word();
        return DASHES.contains(w) || w.equals("-") && tok.start() > 0 && tok.end() < text.length()
                && Character.isWhitespace(text.charAt(tok.start() - 1)) && Character.isWhitespace(text.charAt(tok.end()));
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

    // ------------------------------------------------------------------------- step 2: described speakers

    /**
     * Speaker phrases no mention covers ("a campaign spokesman", "the newspaper"), as nominal mentions: a
     * person, an organization or a document by their head word. The clusterer groups them with the rest.
     */
    static List<Mention> speakerPhrases(String text, TextLayer layer, List<Mention> ms, Frames frames) {
        List<TextLayer.Tok> toks = layer.tokens();
        List<Mention> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        List<Frame> all = new ArrayList<>(List.of(frames.own()));
        all.addAll(List.of(frames.fallback()));
        for (Frame f : all) {
            if (!f.hasSpeaker() || speakerMention(ms, toks, f) >= 0) {
                continue;
            }
            int s = f.speakerStart();
            int e = f.speakerEnd();
            if (!seen.add(((long) s << 32) | e)) {
                continue;
            }
            if (!toks.get(e - 1).isNoun()) {
                continue;
            }
            // Capitalized words alone are a name the recognizer missed ("Xi said"); with a determiner, a number or
            // a common noun they describe the speaker ("a campaign spokesman", "one Democrat").
            boolean name = true;
            for (int t = s; t < e; t++) {
                name &= toks.get(t).pos().startsWith("NNP");
            }
            String head = headWord(toks, s, e);
            EntityType type = ORG_HEADS.contains(head) ? EntityType.ORGANIZATION
                    : DOCUMENT_HEADS.contains(head) ? EntityType.MISC : EntityType.PERSON;
            int start = toks.get(s).start();
            int end = toks.get(e - 1).end();
            out.add(new Mention(start, end, text.substring(start, end), type, SPEAKER,
                    name ? MentionForm.NAME : MentionForm.NOMINAL, s, e, "", 0.6));
        }
        return out;
    }

    /** The head noun of a phrase: its last noun before a preposition ("spokesman" in "a spokesman for X"). */
    private static String headWord(List<TextLayer.Tok> toks, int s, int e) {
        String head = toks.get(e - 1).lower();
        for (int t = s; t < e; t++) {
            if (PREPOSITIONS.contains(toks.get(t).lower())) {
                break;
            }
            if (toks.get(t).isNoun()) {
                head = toks.get(t).lower();
            }
        }
        return head;
    }

    /**
     * The mention that names a frame's speaker: a mention covering the whole phrase; else a person name ending it
     * ("Trump campaign manager Kellyanne Conway"); else the mention ending the phrase's head, before a
     * preposition ("Jane Holt of Acme Bank"); -1 when none does ("a campaign spokesman").
     */
    static int speakerMention(List<Mention> ms, List<TextLayer.Tok> toks, Frame f) {
        int s = f.speakerStart();
        int e = f.speakerEnd();
        int headEnd = e;
        for (int t = s + 1; t < e; t++) {
            if (PREPOSITIONS.contains(toks.get(t).lower())) {
                headEnd = t;
                break;
            }
        }
        int personAtEnd = -1;
        int atHead = -1;
        for (int j = Mention.firstFrom(ms, Math.max(0, s - 6)); j < ms.size() && ms.get(j).firstToken() < e; j++) {
            Mention m = ms.get(j);
            if (!canSpeak(m) || m.endToken() <= s) {
                continue;
            }
            if (m.firstToken() <= s && m.endToken() >= e) {
                return j;
            }
            if (m.firstToken() >= s && m.endToken() == e && m.type() == EntityType.PERSON) {
                personAtEnd = j;
            }
            if (m.firstToken() >= s && m.endToken() == headEnd && (atHead < 0
                    || m.type() == EntityType.PERSON && ms.get(atHead).type() != EntityType.PERSON)) {
                atHead = j;
            }
        }
        return personAtEnd >= 0 ? personAtEnd : atHead;
    }

    // ----------------------------------------------------------------------------- step 3: quotes, speakers

    /** The quotes, their kinds, spans and speakers' clusters. {@code ms} holds the speaker phrases too. */
    static List<Quote> quotes(Quotations qs, Frames frames, List<Mention> ms, Clusterer.Result clustering,
                              String engine) {
        String text = qs.text;
        List<TextLayer.Tok> toks = qs.layer.tokens();
        String[] clusterOf = clustering.clusterOfMention();
        Map<String, String> names = new HashMap<>();
        for (EntityCluster c : clustering.clusters()) {
            names.put(c.id(), c.name());
        }
        int n = qs.size();
        String[] speaker = new String[n];
        for (int q = 0; q < n; q++) {
            speaker[q] = speakerOf(qs, frames.own()[q], ms, clustering);
        }
        // A quotation over several paragraphs is one: the speaker found for any part is every part's.
        for (int q = 1; q < n; q++) {
            if (continuesOverParagraph(qs, q) && speaker[q] == null && frames.own()[q].how() == How.NONE) {
                speaker[q] = speaker[q - 1];
            }
        }
        for (int q = n - 2; q >= 0; q--) {
            if (continuesOverParagraph(qs, q + 1) && speaker[q] == null && frames.own()[q].how() == How.NONE) {
                speaker[q] = speaker[q + 1];
            }
        }
        String lastSpeaker = null;
        int lastSpeakerParagraph = -1;
        Quote[] made = new Quote[n];
        for (int q = 0; q < n; q++) {
            QuoteMarks.Marks m = qs.marks.get(q);
            Frame f = frames.own()[q];
            boolean opens = opensSentence(text, m.start(), toks, qs.first[q]);
            String who = speaker[q];
            if (who == null && f.how() != How.TITLE && f.how() != How.SCARE) {
                // Interrupted quotes and quote-only paragraphs continue the last speaker.
                boolean speech = isSpeech(qs, q);
                boolean sameParagraph = lastSpeakerParagraph == qs.paragraphIndex[q];
                boolean previousParagraph = lastSpeakerParagraph >= 0 && lastSpeakerParagraph < qs.paragraphIndex[q]
                        && qs.paragraphIndex[q] - lastSpeakerParagraph <= CONTINUE_PARAGRAPHS
                        && opens && startsParagraph(text, m.start(), qs.paragraph[q])
                        && wordCount(text, m) > SCARE_WORDS;
                if ((sameParagraph && opens) || previousParagraph) {
                    who = lastSpeaker;
                }
                Frame fallback = frames.fallback()[q];
                if (who == null && (speech || fallback.how() != How.PARAGRAPH)) {
                    who = speakerOf(qs, fallback, ms, clustering);
                }
                // Reported by someone (a cue stands in its sentence) or someone's words rather than a term: the
                // nearest speaker says it. A few words with no report around them are the writer's scare quote.
                boolean reported = f.how() != How.NONE || fallback.how() == How.SENTENCE || speech;
                if (who == null && reported) {
                    who = nearestSpeaker(qs, q, ms, clustering);
                    if (who == null && lastSpeaker != null
                            && qs.paragraphIndex[q] - lastSpeakerParagraph <= NEAREST_PARAGRAPHS) {
                        who = lastSpeaker;
                    }
                }
            }
            QuoteKind kind;
            if (f.how() == How.TITLE) {
                kind = QuoteKind.TITLE;
                who = null;
            } else if (f.how() == How.SCARE || who == null && !spoken(toks, f) && !(opens && isSpeech(qs, q))) {
                kind = QuoteKind.SCARE;
                who = null;
            } else {
                kind = opens ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
            }
            Span span = new Span(m.start(), m.end());
            if (kind == QuoteKind.PARTIAL && f.contentStart() >= 0) {
                span = new Span(Math.min(f.contentStart(), m.start()), Math.max(f.contentEnd(), m.end()));
            }
            Span cue = f.cue() >= 0 && who != null && speaker[q] != null
                    ? new Span(toks.get(f.cue()).start(), toks.get(f.cueEnd() - 1).end()) : null;
            made[q] = new Quote("q", span, text.substring(span.start(), span.end()), kind,
                    who, who == null ? "" : names.getOrDefault(who, ""), cue,
                    cue == null ? "" : text.substring(cue.start(), cue.end()),
                    Provenance.auto(engine, who == null ? 0.6 : speaker[q] != null ? 0.8 : 0.7));
            if (who != null) {
                lastSpeaker = who;
                lastSpeakerParagraph = qs.paragraphIndex[q];
            }
        }
        echo(qs, frames, made);
        List<Quote> out = new ArrayList<>();
        for (Quote q : made) {
            addMerged(out, q);
        }
        return out;
    }

    /**
     * Whether a frame reports speech with a speech verb of its own, though it names nobody (and a quotation that
     * opens its sentence and reads as speech is someone's words too, whoever they are) ({@code Priebus was
     * said to be "furious"}, {@code accused the donors of being "traitors"} far from its subject): such a
     * quotation is someone's words, not the writer's scare quote, even when the speaker cannot be told.
     */
    private static boolean spoken(List<TextLayer.Tok> toks, Frame f) {
        return f.how() == How.BEFORE && f.cue() >= 0 && isCue(toks.get(f.cue()));
    }

    /**
     * A quotation that repeats words someone is reported saying elsewhere in the text (a headline's, or a
     * paragraph's words quoted again later) is theirs, unless the text marks it a term ("so-called") or a title.
     * One map of the quoted words, so a novel's thousands of quotes are not compared pairwise.
     */
    private static void echo(Quotations qs, Frames frames, Quote[] made) {
        Map<String, Quote> said = new HashMap<>();
        for (int q = 0; q < made.length; q++) {
            if (made[q].speakerId() != null) {
                said.putIfAbsent(normalize(qs.text.substring(qs.marks.get(q).start(), qs.marks.get(q).end())),
                        made[q]);
            }
        }
        for (int q = 0; q < made.length; q++) {
            Quote x = made[q];
            if (x.kind() != QuoteKind.SCARE || frames.own()[q].how() == How.SCARE) {
                continue;
            }
            Quote o = said.get(normalize(qs.text.substring(qs.marks.get(q).start(), qs.marks.get(q).end())));
            if (o != null) {
                made[q] = new Quote(x.id(), x.span(), x.text(), QuoteKind.PARTIAL, o.speakerId(), o.speakerName(),
                        null, "", x.provenance());
            }
        }
    }

    /**
     * The cluster a frame's speaker belongs to. A pronoun the clusterer left unresolved (its antecedent further
     * back than it looks) is the nearest earlier person of its gender outside quotations; "it" and "they" are the
     * nearest organization.
     */
    private static String speakerOf(Quotations qs, Frame f, List<Mention> ms, Clusterer.Result clustering) {
        if (!f.hasSpeaker()) {
            return null;
        }
        String[] clusterOf = clustering.clusterOfMention();
        List<TextLayer.Tok> toks = qs.layer.tokens();
        int j = speakerMention(ms, toks, f);
        if (j >= 0 && clusterOf[j] != null) {
            return clusterOf[j];
        }
        TextLayer.Tok first = toks.get(f.speakerStart());
        if (f.speakerEnd() - f.speakerStart() != 1 || !first.pos().startsWith("PRP")) {
            return null;
        }
        String w = first.lower();
        boolean organization = w.equals("it") || w.equals("its") || w.equals("they") || w.equals("their");
        Gender wanted = Gender.ofPronoun(w);
        if (!organization && wanted == Gender.UNKNOWN) {
            return null; // "I", "we", "you": the writer or someone the text does not name here
        }
        int from = Mention.firstFrom(ms, f.speakerStart()) - 1;
        for (int k = from; k >= 0 && k > from - SPEAKER_LOOKBACK; k--) {
            Mention m = ms.get(k);
            String c = clusterOf[k];
            if (c == null || qs.quoted(m.firstToken())) {
                continue;
            }
            if (organization ? m.type() == EntityType.ORGANIZATION
                    : m.type() == EntityType.PERSON && clustering.gender(c).fits(wanted)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The speaker nearest before a quotation that has no report of its own: the subject of its sentence, else the
     * nearest person or organization before it outside quotations in its paragraph or the one before.
     */
    private static String nearestSpeaker(Quotations qs, int q, List<Mention> ms, Clusterer.Result clustering) {
        List<TextLayer.Tok> toks = qs.layer.tokens();
        int open = qs.first[q];
        if (open >= toks.size()) {
            return null;
        }
        String[] clusterOf = clustering.clusterOfMention();
        int[] subject = mainSubject(qs, toks, clauseStart(qs, q), open, ms);
        if (subject != null) {
            int j = speakerMention(ms, toks, new Frame(How.SENTENCE, -1, -1, subject[0], subject[1], -1, -1));
            if (j >= 0 && clusterOf[j] != null) {
                return clusterOf[j];
            }
        }
        int para = qs.paragraphIndex[q] > 0 ? qs.paragraphStart(qs.paragraphIndex[q] - 1) : 0;
        int from = Mention.firstFrom(ms, open) - 1;
        for (int k = from; k >= 0 && k > from - SPEAKER_LOOKBACK && ms.get(k).start() >= para; k--) {
            Mention m = ms.get(k);
            if (clusterOf[k] != null && !qs.quoted(m.firstToken())
                    && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)) {
                return clusterOf[k];
            }
        }
        return null;
    }

    /**
     * Whether a quotation reads as someone's words rather than a term: more than {@value #SCARE_WORDS} words with
     * a verb among them ("we will not accept this"), not a noun phrase ("coalition of the willing").
     */
    private static boolean isSpeech(Quotations qs, int q) {
        if (wordCount(qs.text, qs.marks.get(q)) <= SCARE_WORDS) {
            return false;
        }
        List<TextLayer.Tok> toks = qs.layer.tokens();
        for (int t = qs.first[q]; t < qs.after[q] && t < toks.size(); t++) {
            TextLayer.Tok tok = toks.get(t);
            if (tok.isVerb() && !tok.pos().equals("VBG") && !tok.pos().equals("VBN")) {
                return true;
            }
        }
        return false;
    }

    private static int wordCount(String text, QuoteMarks.Marks m) {
        int n = 0;
        boolean in = false;
        for (int i = m.start(); i < m.end(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter || in && (text.charAt(i) == '\'' || text.charAt(i) == '’' || text.charAt(i) == '-');
        }
        return n;
    }

    /**
     * Adds {@code q}, folding it into the quote before when their reported clauses overlap (two quoted phrases
     * in one reported clause are one quote).
     */
    private static void addMerged(List<Quote> out, Quote q) {
        if (!out.isEmpty()) {
            Quote p = out.get(out.size() - 1);
            if (q.span().start() < p.span().end()) {
                if (java.util.Objects.equals(p.speakerId(), q.speakerId()) && p.kind() == QuoteKind.PARTIAL) {
                    return; // already inside the previous quote's clause
                }
                if (q.span().end() <= p.span().end()) {
                    return;
                }
                int start = p.span().end();
                q = new Quote(q.id(), new Span(start, q.span().end()), q.text().substring(start - q.span().start()),
                        q.kind(), q.speakerId(), q.speakerName(), q.cue(), q.cueText(), q.provenance());
            }
        }
        out.add(new Quote("q" + (out.size() + 1), q.span(), q.text(), q.kind(), q.speakerId(), q.speakerName(),
                q.cue(), q.cueText(), q.provenance()));
    }

    /** Quote {@code q} opens its paragraph and the quote before ran to the end of the previous one, unclosed. */
    private static boolean continuesOverParagraph(Quotations qs, int q) {
        if (q == 0 || !qs.marks.get(q - 1).open()) {
            return false;
        }
        return qs.paragraphIndex[q] == qs.paragraphIndex[q - 1] + 1
                && startsParagraph(qs.text, qs.marks.get(q).start(), qs.paragraph[q]);
    }

    private static boolean startsParagraph(String text, int start, int paragraph) {
        for (int i = paragraph; i < start; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // --------------------------------------------------------------------------------------------- helpers

    /**
     * A title in quotation marks: a few capitalized words ("Face the Nation") next to a word that names what it
     * is (a show, a book, a campaign), or after a possessive organization ("NBC's "Meet the Press"").
     */
    static boolean isTitle(Quotations qs, int q, List<Mention> ms) {
        QuoteMarks.Marks m = qs.marks.get(q);
        String inner = qs.text.substring(m.start(), m.end()).replaceAll("^[\"'“‘”„\\s]+|[\"'“”’\\s,.]+$", "");
        String[] words = inner.split("\\s+");
        if (inner.isEmpty() || words.length > 10 || !isTitleCase(words)) {
            return false;
        }
        List<TextLayer.Tok> toks = qs.layer.tokens();
        int open = qs.first[q];
        if (open > 0 && open < toks.size() && words.length >= 2 && TITLE_PLACES.contains(toks.get(open - 1).lower())) {
            return true; // appeared on "Face the Nation", told "Fox and Friends", co-editor of "Chick Lit"
        }
        boolean comma = false;
        for (int t = open - 1; t >= 0 && t >= open - 4; t--) {
            TextLayer.Tok tok = toks.get(t);
            if (TITLE_NOUNS.contains(tok.lower()) || tok.pos().equals("POS") && t > 0 && isOrganization(ms, t - 1)) {
                return true;
            }
            if (tok.word().equals(",") && !comma) {
                comma = true; // his show, "The Apprentice"
                continue;
            }
            if (qs.quoted(t) || isPunct(tok) && !tok.pos().equals("POS")) {
                break;
            }
        }
        int a = qs.after[q];
        for (int t = a; t < toks.size() && t < a + 2; t++) {
            if (TITLE_NOUNS.contains(toks.get(t).lower())) {
                return true;
            }
            if (isPunct(toks.get(t))) {
                break;
            }
        }
        return false;
    }

    private static boolean isOrganization(List<Mention> ms, int token) {
        for (int j = Mention.firstFrom(ms, Math.max(0, token - 4)); j < ms.size() && ms.get(j).firstToken() <= token;
                j++) {
            Mention m = ms.get(j);
            if (m.endToken() == token + 1 && m.type() == EntityType.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitleCase(String[] words) {
        boolean upper = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                return false;
            }
            char c = w.charAt(0);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                upper = true;
            } else if (i == 0 || !TITLE_LOWER.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return upper;
    }

    /** A speech cue, or one of the wider attribution cues: belief, stance, intent ({@link #BROAD_CUES}). */
    static boolean isBroadCue(TextLayer.Tok t) {
        // Finite or a participle: "to talk about" is an intent, not a report
        return t.pos().startsWith("VB") && !t.pos().equals("VB") && BROAD_CUES.contains(t.lemma().toLowerCase(Locale.ROOT))
                || isCue(t);
    }

    static boolean isCue(TextLayer.Tok t) {
        if (!t.pos().startsWith("VB")) {
            return false;
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return CUES.contains(lemma) && !WEAK_CUES.contains(lemma) || strongWeak(t, lemma);
    }

    /** A weak cue counts where it is a cue's usual word form ("called", "read"). */
    private static boolean strongWeak(TextLayer.Tok t, String lemma) {
        return switch (lemma) {
            case "call", "continue" -> true;
            default -> false;
        };
    }

    private static boolean canSpeak(Mention m) {
        return m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION
                || m.type() == EntityType.PLACE && m.form() == MentionForm.NAME
                || m.type() == EntityType.MISC && SPEAKER.equals(m.subtype())
                || m.type() == EntityType.GROUP && m.form() == MentionForm.NAME;
    }

    private static char lastInside(String text, QuoteMarks.Marks m) {
        int i = m.end() - 2;
        while (i > m.start() && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i > m.start() ? text.charAt(i) : ' ';
    }

    private static boolean precededByColon(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
            i--;
        }
        return i >= 0 && text.charAt(i) == ':';
    }

    /** A word of a date or time ("Wednesday", "week" in "last week"), by CoreNLP's tag. */
    private static boolean isTime(TextLayer.Tok t) {
        return t.ner().equals("DATE") || t.ner().equals("TIME") || t.ner().equals("DURATION");
    }

    private static boolean isSentenceEnd(TextLayer.Tok t) {
        String w = t.word();
        return w.equals(".") || w.equals("?") || w.equals("!");
    }

    private static String normalize(String quoted) {
        return QUOTE_NOISE.matcher(quoted).replaceAll("").trim().toLowerCase(Locale.ROOT);
    }

    private static boolean soCalled(String text, int start) {
        String before = text.substring(Math.max(0, start - 16), start);
        return SO_CALLED.matcher(before).matches();
    }

    /**
     * A quote opens its sentence when nothing of the sentence stands before it: the paragraph's start, a
     * sentence end, a colon, or a cue and comma ({@code Holt said, "..."}).
     */
    static boolean opensSentence(String text, int start, List<TextLayer.Tok> toks, int open) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00a0')) {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n' || ".!?:\"”".indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        return text.charAt(i) == ',' && open >= 2 && open <= toks.size() && isCue(toks.get(open - 2));
    }

    private static boolean isPunct(TextLayer.Tok t) {
        return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().charAt(0));
    }
}

package org.lector.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that report speech, for {@link QuoteFinder}: cue verbs learned from PolNeAR train and widened with near
 * synonyms, the wider verbs of stance and belief, the speech nouns, and the tests a token passes to be a cue.
 */
final class QuoteCues {

    private QuoteCues() {
    }

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
    static final Set<String> CUE_NOUNS = Set.of("call", "claim", "statement", "remark", "comment",
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

    /** A verb that can report a quotation it follows: not a form of be, have or do, nor a modal. */
    static boolean attributive(TextLayer.Tok t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return (t.pos().equals("VBD") || t.pos().equals("VBZ")) && !Set.of("be", "have", "do", "get", "go", "come",
                "make", "take", "seem", "become", "remain", "include", "mean", "need", "want", "like").contains(lemma);
    }

    /** A speech cue, or one of the wider attribution cues: belief, stance, intent ({@link #BROAD_CUES}). */
    static boolean isBroadCue(TextLayer.Tok t) {
        // Finite or a participle: "to talk about" is an intent, not a report
        return t.pos().startsWith("VB") && !t.pos().equals("VB") && BROAD_CUES.contains(t.lemma().toLowerCase(Locale.ROOT))
                || isCue(t);
    }

    /**
     * Whether the verb at {@code c} is a cue in its place, not only in the lexicon: a cue in its base form after a
     * modal ("checks will continue", "she may say") tells of speech to come or speech that might be, which reports
     * no quotation. Adverbs and "not" may stand between ("will not soon say").
     *
     * @param broad whether the wider cues of stance and belief count ({@link #isBroadCue})
     */
    static boolean reportsHere(List<TextLayer.Tok> toks, int c, boolean broad) {
        TextLayer.Tok t = toks.get(c);
        if (!(broad ? isBroadCue(t) : isCue(t))) {
            return false;
        }
        if (!t.pos().equals("VB")) {
            return true;
        }
        for (int b = c - 1; b >= 0 && b >= c - 3; b--) {
            TextLayer.Tok before = toks.get(b);
            if (before.pos().equals("MD")) {
                return false;
            }
            if (!before.pos().startsWith("RB")) {
                return true;
            }
        }
        return true;
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
}

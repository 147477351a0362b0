package org.lector.nlp;

import java.util.ArrayList;
import java.util.Comparator;
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
 * Finds quoted passages and who says them, by rule. CoreNLP's own quote annotator needs coref, always names a
 * speaker (even for a scare quote) and got two of the sample's quotes wrong, so Lector does this itself:
 * <ol>
 *   <li>quotation marks: straight and curly double quotes paired within a paragraph (an unclosed one runs to the
 *       paragraph's end, as in dialogue that continues), curly and straight single quotes told from apostrophes
 *       by what stands around them; quotes inside quotes are not reported separately;</li>
 *   <li>the cue: a speech verb right after the quote with its speaker ({@code ," Macron said},
 *       {@code ," he stated}, {@code ," said Macron}), else the closest speech verb before the quote in its
 *       sentence with the person before that verb ({@code Macron stressed that ... "..."});</li>
 *   <li>a quote with no cue that opens a sentence right after an attributed quote continues it
 *       ({@code "...," Macron said. "We expect ..."}); a quote that repeats an attributed one (a headline) gets
 *       the same speaker;</li>
 *   <li>kind: {@code scare} when nobody is reported saying it ("so-called", or no cue); {@code direct} when it
 *       opens its sentence; otherwise {@code partial}.</li>
 * </ol>
 */
final class QuoteFinder {

    /** Lemmas (and a few British spellings CoreNLP does not lemmatize) of verbs that report speech. */
    static final Set<String> CUES = Set.of("say", "tell", "stress", "urge", "accuse", "insist", "state", "emphasise",
            "emphasize", "add", "note", "warn", "claim", "declare", "announce", "argue", "explain", "ask", "reply",
            "respond", "acknowledge", "express", "describe", "call", "write", "suggest", "admit", "deny", "confirm",
            "predict", "promise", "vow", "pledge", "remark", "comment", "tweet", "post", "report", "recall",
            "assert", "contend", "concede", "criticise", "criticize", "demand", "exclaim", "shout",
            "whisper", "cry", "answer", "observe", "reiterate", "underline", "underscore",
            "according", "dub", "label", "quip", "testify", "threaten", "agree", "mutter");

    /** What a repeated quotation may differ by: quotation marks and closing punctuation. */
    private static final Pattern QUOTE_NOISE = Pattern.compile("[\"'“”‘’.,!?]");
    private static final Set<String> AUX_BEFORE_CUE = Set.of("has", "had", "have", "also", "then", "later");

    private QuoteFinder() {
    }

    /** A quotation-mark span before attribution. */
    record Marks(int start, int end) {
    }

    static List<Quote> find(String text, TextLayer layer, List<Mention> ms, String[] clusterOf,
                            List<EntityCluster> clusters, String engine) {
        List<Marks> marks = marks(text);
        List<Quote> out = new ArrayList<>();
        boolean[] inQuote = new boolean[layer.tokens().size()];
        List<TextLayer.Tok> tokens = layer.tokens();
        for (Marks q : marks) {
            for (int t = firstTokenAtOrAfter(tokens, q.start()); t < tokens.size() && tokens.get(t).start() < q.end();
                    t++) {
                if (tokens.get(t).end() <= q.end()) {
                    inQuote[t] = true;
                }
            }
        }
        Quote previous = null;
        // Who first said each quoted text: a later quote repeating it (a headline's words) is theirs. A map, not
        // a walk back over every earlier quote: a novel has thousands.
        Map<String, String> spokenBy = new HashMap<>();
        for (Marks q : marks) {
            int id = out.size() + 1;
            Attribution a = attribute(text, q, layer, ms, clusterOf, inQuote);
            QuoteKind kind;
            String quoted = text.substring(q.start(), q.end());
            if (soCalled(text, q.start())) {
                a = null;
            }
            boolean opensSentence = opensSentence(text, q.start(), layer);
            if (a == null && previous != null && previous.speakerId() != null && opensSentence
                    && sameParagraphSoon(text, previous.span().end(), q.start())) {
                a = new Attribution(previous.speakerId(), previous.cue(), previous.cueText());
            }
            if (a == null && !soCalled(text, q.start())) {
                a = new Attribution(spokenBy.get(normalize(quoted)), null, "");
            }
            if (a == null || a.speakerId() == null) {
                kind = opensSentence && wordCount(quoted) >= 6 ? QuoteKind.DIRECT : QuoteKind.SCARE;
            } else {
                kind = opensSentence ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
            }
            String speaker = a == null ? null : a.speakerId();
            String name = speaker == null ? "" : clusters.stream().filter(c -> c.id().equals(speaker))
                    .map(EntityCluster::name).findFirst().orElse("");
            Quote quote = new Quote("q" + id, new Span(q.start(), q.end()), quoted, kind, speaker, name,
                    a == null ? null : a.cue(), a == null || a.cue() == null ? "" : a.cueText(),
                    Provenance.auto(engine, speaker == null ? 0.6 : 0.8));
            out.add(quote);
            if (speaker != null) {
                spokenBy.putIfAbsent(normalize(quoted), speaker);
            }
            previous = quote;
        }
        return out;
    }

    record Attribution(String speakerId, Span cue, String cueText) {
    }

    // ---------------------------------------------------------------- quotation marks

    static List<Marks> marks(String text) {
        List<Marks> all = new ArrayList<>();
        int p = 0;
        while (p < text.length()) {
            int end = text.indexOf("\n\n", p);
            if (end < 0) {
                end = text.length();
            }
            paragraph(text, p, end, all);
            p = end + 2;
        }
        all.sort(Comparator.comparingInt(Marks::start).thenComparing(Comparator.comparingInt(Marks::end).reversed()));
        // Quotes inside quotes belong to the outer quote.
        List<Marks> out = new ArrayList<>();
        int reach = -1;
        for (Marks m : all) {
            if (m.start() >= reach) {
                out.add(m);
                reach = m.end();
            }
        }
        return out;
    }

    private static void paragraph(String text, int from, int to, List<Marks> out) {
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (open < 0) {
                    open = i;
                } else {
                    out.add(new Marks(open, i + 1));
                    open = -1;
                }
            } else if (c == '“') {
                if (open < 0) {
                    open = i;
                }
            } else if (c == '”') {
                if (open >= 0) {
                    out.add(new Marks(open, i + 1));
                    open = -1;
                }
            }
        }
        if (open >= 0 && to - open > 1) {
            out.add(new Marks(open, trimEnd(text, open, to)));
        }
        // Single quotes: an opener after a space or line start, before a letter; a closer after a non-space,
        // before a space, punctuation or the end. Apostrophes ("Ukraine's", "wont", "boys' club") fail one side.
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '\'' || c == '‘') && isOpener(text, i, from)) {
                for (int j = i + 2; j < to && j - i < 200; j++) {
                    char d = text.charAt(j);
                    if ((d == '\'' || d == '’') && isCloser(text, j, to)) {
                        out.add(new Marks(i, j + 1));
                        i = j;
                        break;
                    }
                    if (d == '\n') {
                        break;
                    }
                }
            }
        }
    }

    private static int trimEnd(String text, int from, int to) {
        int e = to;
        while (e > from + 1 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static boolean isOpener(String text, int i, int from) {
        boolean before = i == from || Character.isWhitespace(text.charAt(i - 1)) || "([—–-\"“".indexOf(text.charAt(i - 1)) >= 0;
        return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean isCloser(String text, int j, int to) {
        char prev = text.charAt(j - 1);
        if (Character.isWhitespace(prev)) {
            return false;
        }
        if (j + 1 >= to) {
            return true;
        }
        char next = text.charAt(j + 1);
        return Character.isWhitespace(next) || ".,;:!?)—–\"”".indexOf(next) >= 0;
    }

    // ---------------------------------------------------------------- attribution

    private static Attribution attribute(String text, Marks q, TextLayer layer, List<Mention> ms, String[] clusterOf,
                                         boolean[] inQuote) {
        List<TextLayer.Tok> toks = layer.tokens();
        int after = firstTokenAtOrAfter(toks, q.end());
        // 1. Right after the quote, and nothing else between: ," Macron said / ," he stated / ," said Macron
        int k = after;
        while (k < toks.size() && isPunct(toks.get(k)) && !inQuote[k] && toks.get(k).start() - q.end() < 3) {
            k++;
        }
        if (k < toks.size() && !inQuote[k]) {
            int cue = -1;
            if (isCue(toks.get(k))) {
                cue = k;
            } else {
                for (int j = Mention.firstFrom(ms, k); j < ms.size() && ms.get(j).firstToken() == k; j++) {
                    Mention m = ms.get(j);
                    if (clusterOf[j] != null && canSpeak(m)) {
                        int v = m.endToken();
                        if (v < toks.size() && AUX_BEFORE_CUE.contains(toks.get(v).lower())) {
                            v++;
                        }
                        if (v < toks.size() && isCue(toks.get(v))) {
                            cue = v;
                        }
                        break;
                    }
                }
            }
            if (cue >= 0) {
                int speaker = speakerNear(cue, after, ms, clusterOf, toks);
                if (speaker >= 0) {
                    return new Attribution(clusterOf[speaker], span(toks.get(cue)), toks.get(cue).word());
                }
            }
        }
        // 2. Before the quote, in its sentence: Macron stressed that ... "..."
        int open = firstTokenAtOrAfter(toks, q.start());
        if (open >= toks.size()) {
            return null;
        }
        int sentence = toks.get(Math.min(open, toks.size() - 1)).sentence();
        TextLayer.Sent s = layer.sentences().get(sentence);
        for (int t = open - 1; t >= s.firstToken(); t--) {
            if (inQuote[t] || !isCue(toks.get(t))) {
                continue;
            }
            int speaker = personBefore(t, s.firstToken(), ms, clusterOf, toks);
            if (speaker >= 0) {
                return new Attribution(clusterOf[speaker], span(toks.get(t)), toks.get(t).word());
            }
            break;
        }
        return null;
    }

    /** The speaker next to a cue after a quote: right before it ("Macron said") or right after ("said Macron"). */
    private static int speakerNear(int cue, int windowStart, List<Mention> ms, String[] clusterOf,
                                   List<TextLayer.Tok> toks) {
        // Every candidate starts at or after the window (the cue is in it, at or after its start).
        for (int j = Mention.firstFrom(ms, windowStart); j < ms.size(); j++) {
            Mention m = ms.get(j);
            if (clusterOf[j] == null || !canSpeak(m)) {
                continue;
            }
            boolean before = m.firstToken() >= windowStart && m.endToken() <= cue
                    && cue - m.endToken() <= 1;
            if (m.firstToken() > cue + 2) {
                break;
            }
            boolean afterCue = m.firstToken() > cue && m.firstToken() <= cue + 2;
            if (before || afterCue) {
                return j;
            }
        }
        return -1;
    }

    /** The closest person (else organization or place named right before the verb) before a cue verb. */
    private static int personBefore(int cue, int sentenceStart, List<Mention> ms, String[] clusterOf,
                                    List<TextLayer.Tok> toks) {
        int best = -1;
        for (int j = Mention.firstFrom(ms, sentenceStart); j < ms.size() && ms.get(j).firstToken() < cue; j++) {
            Mention m = ms.get(j);
            if (clusterOf[j] == null || m.endToken() > cue) {
                continue;
            }
            if (m.type() == EntityType.PERSON) {
                best = j;
            } else if (canSpeak(m) && (m.endToken() == cue || (m.endToken() == cue - 1
                    && AUX_BEFORE_CUE.contains(toks.get(m.endToken()).lower())))) {
                best = j;
            }
        }
        return best;
    }

    private static boolean canSpeak(Mention m) {
        return m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION
                || (m.type() == EntityType.PLACE && m.form() == MentionForm.NAME);
    }

    static boolean isCue(TextLayer.Tok t) {
        if (t.lower().equals("according")) {
            return true;
        }
        if (!t.pos().startsWith("VB")) {
            return false;
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return CUES.contains(lemma) || CUES.contains(t.lower().replaceAll("(ed|ing|s)$", ""))
                || CUES.contains(t.lower().replaceAll("(d|s)$", ""));
    }

    /** Later quotes repeating an earlier headline are handled by {@link #echoBack}. */
    static List<Quote> echoBack(List<Quote> quotes) {
        // The first quote with a speaker for each text, found once (a novel has thousands of quotes).
        Map<String, Quote> firstSaid = new HashMap<>();
        for (Quote o : quotes) {
            if (o.speakerId() != null) {
                firstSaid.putIfAbsent(normalize(o.text()), o);
            }
        }
        List<Quote> out = new ArrayList<>(quotes);
        for (int i = 0; i < out.size(); i++) {
            Quote q = out.get(i);
            Quote o = q.speakerId() == null ? firstSaid.get(normalize(q.text())) : null;
            if (o != null) {
                out.set(i, new Quote(q.id(), q.span(), q.text(), QuoteKind.PARTIAL, o.speakerId(), o.speakerName(),
                        null, "", q.provenance()));
            }
        }
        return out;
    }

    private static String normalize(String quoted) {
        return QUOTE_NOISE.matcher(quoted).replaceAll("").trim().toLowerCase(Locale.ROOT);
    }

    private static boolean soCalled(String text, int start) {
        String before = text.substring(Math.max(0, start - 12), start).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*so[- ]called\\s*$");
    }

    private static boolean opensSentence(String text, int start, TextLayer layer) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || ".!?:\"”".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean sameParagraphSoon(String text, int prevEnd, int start) {
        return start - prevEnd < 80 && !text.substring(prevEnd, start).contains("\n\n");
    }

    private static int firstTokenAtOrAfter(List<TextLayer.Tok> toks, int offset) {
        return Sorted.firstAtLeast(toks, TextLayer.Tok::start, offset);
    }

    private static boolean isPunct(TextLayer.Tok t) {
        return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().charAt(0));
    }

    private static Span span(TextLayer.Tok t) {
        return new Span(t.start(), t.end());
    }

    private static int wordCount(String s) {
        return s.trim().split("\\s+").length;
    }
}

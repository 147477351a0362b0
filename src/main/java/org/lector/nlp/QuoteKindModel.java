package org.lector.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a quotation that no pattern gives a speaker of its own is somebody's words or the writer's scare quote: a
 * logistic regression over a few dozen signs around the quotation (how the patterns placed it, its length and
 * wording, the words just before and after its marks, a cue in its sentence, the speaker the continuation rules
 * would give it), trained on PolNeAR's training articles (decision 0026; the weights are
 * {@value #RESOURCE}, written by {@code bench/quote-kind/train.py}).
 *
 * <p>The features of every such quotation are logged at DEBUG on the logger {@value #FEATURE_LOG}, one tab-separated
 * line each, which is what the training script reads; nothing else uses that logger.
 */
final class QuoteKindModel {

    static final String RESOURCE = "org/lector/nlp/quote-kind-model.tsv";
    static final String FEATURE_LOG = "org.lector.nlp.QuoteKindModel.features";
    private static final Logger FEATURES = LoggerFactory.getLogger(FEATURE_LOG);

    /** Feature names, in the order of the vector {@link #features} builds. */
    static final List<String> NAMES = List.of("bias", "rule_scare",
            "how_none", "how_scare", "how_before", "how_after", "how_sentence", "how_colon_according", "how_other",
            "fallback_paragraph", "fallback_sentence",
            "via_continue", "via_fallback", "via_nearest", "via_last", "via_none",
            "words_1", "words_2", "words_3", "words_4_6", "words_7_15", "words_16",
            "speech", "punct_inside", "characterizes", "cue_in_sentence", "opens", "starts_paragraph",
            "first_upper", "title_case", "prev_article", "prev_verb", "prev_prep", "prev_possessive", "prev_naming",
            "next_noun", "next_punct", "first_person", "second_person", "verb_inside", "unclosed",
            "other_quote_in_sentence", "person_before_in_sentence", "speaker_same_paragraph", "prev_cue_noun", "no_candidate",
            "single_marks", "first_line", "name_colon_line", "title_case_line");

    /** Verbs and words that name what something is called: {@code dubbed it "X"}, {@code the "X" label}. */
    private static final Set<String> NAMING = Set.of("call", "dub", "label", "term", "name", "brand", "nickname",
            "christen", "title", "entitle", "know", "describe", "refer", "so-called", "word", "phrase", "slogan");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our", "i'm", "we're",
            "i've", "we've", "i'll", "we'll", "mine", "ours", "myself", "ourselves");
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself", "you're");

    private static final Model MODEL = load();
    /** The longest line read as a headline, in characters. */
    private static final int LINE = 400;
    /** How many tokens before a quotation its sentence is read for a person. */
    private static final int PERSON_WINDOW = 40;

    private QuoteKindModel() {
    }

    /** The weights, one per feature of {@link #NAMES}, and the decision threshold. */
    private record Model(double[] weights, double threshold) {
    }

    /** Everything the continuation rules of {@link QuoteFinder} found for one quotation. */
    record Context(QuoteFrames.Frame own, QuoteFrames.Frame fallback, boolean ruleScare, int via, boolean candidate,
                   boolean speech,
                   boolean attributed, boolean opens, boolean speakerSameParagraph) {
    }

    /** How a quotation's candidate speaker was found: {@link Context#via}. */
    static final int VIA_NONE = 0;
    static final int VIA_CONTINUE = 1;
    static final int VIA_FALLBACK = 2;
    static final int VIA_NEAREST = 3;
    static final int VIA_LAST = 4;

    /** Whether the trained model has a weight for every feature (its load fails otherwise). */
    static boolean available() {
        return MODEL.weights.length == NAMES.size();
    }

    /** Whether the quotation is somebody's words by the model; logs its features for training at DEBUG. */
    static boolean reported(Quotations qs, int q, List<Mention> ms, Context c) {
        double[] x = features(qs, q, ms, c);
        if (FEATURES.isDebugEnabled()) {
            StringBuilder line = new StringBuilder();
            line.append(qs.text.length()).append('\t').append(qs.text.hashCode()).append('\t')
                    .append(qs.marks.get(q).start()).append('\t').append(qs.marks.get(q).end()).append('\t');
            for (int i = 0; i < x.length; i++) {
                line.append(i == 0 ? "" : ",").append(x[i] == 0 ? "0" : x[i] == 1 ? "1" : Double.toString(x[i]));
            }
            FEATURES.debug("{}", line);
        }
        return probability(x) >= MODEL.threshold;
    }

    static double probability(double[] x) {
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += MODEL.weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    static double[] features(Quotations qs, int q, List<Mention> ms, Context c) {
        double[] x = new double[NAMES.size()];
        String text = qs.text;
        QuoteMarks.Marks m = qs.marks.get(q);
        List<TextLayer.Tok> toks = qs.layer.tokens();
        int i = 0;
        x[i++] = 1;
        x[i++] = b(c.ruleScare());
        QuoteFrames.How how = c.own().how();
        x[i++] = b(how == QuoteFrames.How.NONE);
        x[i++] = b(how == QuoteFrames.How.SCARE);
        x[i++] = b(how == QuoteFrames.How.BEFORE);
        x[i++] = b(how == QuoteFrames.How.AFTER);
        x[i++] = b(how == QuoteFrames.How.SENTENCE);
        x[i++] = b(how == QuoteFrames.How.COLON || how == QuoteFrames.How.ACCORDING);
        x[i++] = b(how == QuoteFrames.How.PARAGRAPH);
        x[i++] = b(c.fallback().how() == QuoteFrames.How.PARAGRAPH);
        x[i++] = b(c.fallback().how() == QuoteFrames.How.SENTENCE || c.fallback().how() == QuoteFrames.How.COLON);
        x[i++] = b(c.via() == VIA_CONTINUE);
        x[i++] = b(c.via() == VIA_FALLBACK);
        x[i++] = b(c.via() == VIA_NEAREST);
        x[i++] = b(c.via() == VIA_LAST);
        x[i++] = b(c.via() == VIA_NONE);
        int words = Quotations.wordCount(text, m);
        x[i++] = b(words <= 1);
        x[i++] = b(words == 2);
        x[i++] = b(words == 3);
        x[i++] = b(words >= 4 && words <= 6);
        x[i++] = b(words >= 7 && words <= 15);
        x[i++] = b(words >= 16);
        x[i++] = b(c.speech());
        x[i++] = b(".!?,".indexOf(Quotations.lastInside(text, m)) >= 0);
        int open = qs.first[q];
        int after = qs.after[q];
        boolean inText = open < toks.size();
        x[i++] = b(inText && QuoteFinder.characterizes(toks, open));
        x[i++] = b(c.attributed());
        x[i++] = b(c.opens());
        x[i++] = b(Quotations.startsParagraph(text, m.start(), qs.paragraph[q]));
        int upper = 0;
        int lower = 0;
        boolean firstUpper = false;
        boolean firstPerson = false;
        boolean secondPerson = false;
        boolean verb = false;
        for (int t = open; t < after && t < toks.size(); t++) {
            TextLayer.Tok tok = toks.get(t);
            char ch = tok.word().charAt(0);
            if (Character.isLetter(ch)) {
                if (upper + lower == 0) {
                    firstUpper = Character.isUpperCase(ch);
                }
                if (Character.isUpperCase(ch)) {
                    upper++;
                } else if (!Set.of("of", "the", "a", "an", "and", "in", "on", "for", "to").contains(tok.lower())) {
                    lower++;
                }
            }
            firstPerson |= FIRST_PERSON.contains(tok.lower());
            secondPerson |= SECOND_PERSON.contains(tok.lower());
            verb |= tok.isVerb() && !tok.pos().equals("VBG") && !tok.pos().equals("VBN");
        }
        x[i++] = b(firstUpper);
        x[i++] = b(words >= 2 && lower == 0 && upper >= 2);
        TextLayer.Tok prev = inText && open > 0 ? toks.get(open - 1) : null;
        boolean sameSentencePrev = prev != null && prev.sentence() == toks.get(open).sentence();
        x[i++] = b(sameSentencePrev && Set.of("a", "an", "the").contains(prev.lower()));
        x[i++] = b(sameSentencePrev && prev.isVerb());
        x[i++] = b(sameSentencePrev && (prev.pos().equals("IN") || prev.pos().equals("TO")));
        x[i++] = b(sameSentencePrev && (prev.pos().equals("POS") || prev.pos().equals("PRP$")));
        x[i++] = b(sameSentencePrev && naming(toks, open));
        TextLayer.Tok next = after < toks.size() && after > 0 && toks.get(after).sentence() == toks.get(after - 1).sentence()
                ? toks.get(after) : null;
        x[i++] = b(next != null && next.isNoun());
        x[i++] = b(next == null || QuoteTokens.isPunct(next));
        x[i++] = b(firstPerson);
        x[i++] = b(secondPerson);
        x[i++] = b(verb);
        x[i++] = b(m.open());
        x[i++] = b(inText && otherQuoteInSentence(qs, q, toks));
        x[i++] = b(inText && personBefore(qs, toks, ms, open));
        x[i++] = b(c.speakerSameParagraph());
        x[i++] = b(sameSentencePrev && open >= 2 && cueNounBefore(toks, open));
        x[i++] = b(!c.candidate());
        x[i++] = b(text.charAt(m.start()) == '\'' || text.charAt(m.start()) == '\u2018');
        // A headline's line is short: a longer line is read no further, so a text of one endless line stays linear
        int lineStart = m.start();
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && m.start() - lineStart < LINE) {
            lineStart--;
        }
        int lineEnd = m.start();
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && lineEnd - lineStart < LINE) {
            lineEnd++;
        }
        boolean shortLine = (lineStart == 0 || text.charAt(lineStart - 1) == '\n')
                && (lineEnd == text.length() || text.charAt(lineEnd) == '\n');
        x[i++] = b(lineStart == 0);
        x[i++] = b(shortLine && NAME_COLON.matcher(text.substring(lineStart, m.start())).lookingAt());
        x[i++] = b(shortLine && titleCase(text.substring(lineStart, lineEnd)));
        return x;
    }

    /** A line that opens with a name and a colon: {@code Holt: The plan is "reckless"} (a headline's speaker). */
    private static final Pattern NAME_COLON = Pattern.compile("\\s*(?:[A-Z][\\w.'\u2019-]*\\s+){0,3}[A-Z][\\w.'\u2019-]*:\\s");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][\\w'\u2019-]*");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "in", "on", "at",
            "to", "for", "by", "with", "from", "as", "is", "but");

    /** A line set in title case (four words or more, most of them capitalized): a headline, not a sentence. */
    private static boolean titleCase(String line) {
        Matcher w = WORD.matcher(line);
        int words = 0;
        int capitals = 0;
        while (w.find()) {
            String word = w.group();
            if (SMALL_WORDS.contains(word)) {
                continue;
            }
            words++;
            capitals += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
        }
        return words >= 4 && capitals >= 0.7 * words;
    }

    private static double b(boolean v) {
        return v ? 1 : 0;
    }

    /** A naming word among the three tokens before the opening mark ({@code called it "X"}, {@code dubbed "X"}). */
    private static boolean naming(List<TextLayer.Tok> toks, int open) {
        for (int t = open - 1; t >= 0 && t >= open - 3; t--) {
            if (NAMING.contains(toks.get(t).lemma().toLowerCase(Locale.ROOT)) || NAMING.contains(toks.get(t).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A speech noun among the four tokens before the opening mark ({@code his claim that "..."}). */
    private static boolean cueNounBefore(List<TextLayer.Tok> toks, int open) {
        for (int t = open - 1; t >= 0 && t >= open - 4; t--) {
            TextLayer.Tok tok = toks.get(t);
            if (tok.isNoun() && QuoteCues.CUE_NOUNS.contains(tok.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean otherQuoteInSentence(Quotations qs, int q, List<TextLayer.Tok> toks) {
        int s = toks.get(qs.first[q]).sentence();
        return q > 0 && qs.first[q - 1] < toks.size() && toks.get(qs.first[q - 1]).sentence() == s
                || q + 1 < qs.size() && qs.first[q + 1] < toks.size() && toks.get(qs.first[q + 1]).sentence() == s;
    }

    private static boolean personBefore(Quotations qs, List<TextLayer.Tok> toks, List<Mention> ms, int open) {
        int from = Math.max(open - PERSON_WINDOW, qs.layer.sentences().get(toks.get(open).sentence()).firstToken());
        return QuoteTokens.personIn(ms, from, open) >= 0;
    }

    private static Model load() {
        InputStream in = QuoteKindModel.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            // Shipped in the jar; without it the engine would not be the one its version names.
            throw new IllegalStateException(RESOURCE + " is missing from the class path");
        }
        Map<String, Double> w = new HashMap<>();
        double threshold = 0.5;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] kv = line.split("\t");
                if (kv[0].equals("threshold")) {
                    threshold = Double.parseDouble(kv[1]);
                } else {
                    w.put(kv[0], Double.parseDouble(kv[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] weights = new double[NAMES.size()];
        for (int i = 0; i < weights.length; i++) {
            Double v = w.get(NAMES.get(i));
            if (v == null) {
                throw new IllegalStateException(RESOURCE + " has no weight for " + NAMES.get(i));
            }
            weights[i] = v;
        }
        return new Model(weights, threshold);
    }
}

package org.lector.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lector.model.Repair;
import org.lector.model.RepairKind;
import org.lector.model.Span;

/**
 * Finds damage in an article's text that copying and converting leave behind, and suggests a mend for each: never
 * changes the text itself. Four kinds ({@link RepairKind}):
 *
 * <ul>
 *   <li><b>Glued words</b>: a word that is no English word (SCOWL, {@link EnglishWords}) and occurs once, which
 *       splits into two parts that are: "thecomplexity", "hardwarefrom" (two common words), "existingFrench",
 *       "withUS" (a word, then a capitalized word or name where the case changes), "Turkeywill" (a name, then a
 *       common word), "DonaldTrump" (two names). A name is a proper noun of the word list or a capitalized word the
 *       article uses elsewhere in mid-sentence. Never inside a real word or a name: a word the list knows, or that
 *       the article uses twice, is left alone.</li>
 *   <li><b>Lost apostrophes</b>: contractions that are no words without their apostrophe ("dont", "wont" unless it
 *       is the word: "was wont to"); possessives: a word that is no English word, ends in "s" and is followed by a
 *       noun, whose stem is a word or a name ("Ukraines allies", "Kyivs defences", "companys shares"). The
 *       apostrophe is the one the article uses most (' or ’).</li>
 *   <li><b>Line-end hyphens</b>: "negoti-" and "ations" across a line break (or a space, when the text was
 *       reflowed), joined when {@link PdfParagraphs#joinHyphenated} would join them, and, across a space, only when
 *       the whole is a word ("pre- and post-war" stays).</li>
 *   <li><b>Mojibake</b>: UTF-8 read as Windows-1252 or Latin-1 ("PÃ¡vlovna", "donâ€™t"): a run of such characters
 *       that decodes as UTF-8 to something else is mended to what it decodes to.</li>
 * </ul>
 *
 * <p>Stateless; the word list loads on first use. Measured in {@code docs/quality.md} ("Repairs").
 *
 * <p>The words and what the rules ask of them are {@link RepairTokens}; mojibake is {@link Mojibake}.
 */
public final class RepairFinder {

    /** A word a possessive's stem must be: SCOWL sizes up to 50 hold about 75,000 words. */
    private static final int COMMON = 50;
    /**
     * Both parts of two glued lower-case words must be among the most common words (SCOWL sizes 10 and 20, about
     * 11,000): rarer parts are how compounds the list lacks are made ("air" + "framer", "life" + "hood").
     */
    private static final int EVERYDAY = 20;
    /** The second part after a name ("Turkeywill") must be as common. */
    private static final int VERY_COMMON = 20;

    /** Determiners, after which an auxiliary cannot start the next word ("the hastag" is no "the has tag"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "its", "their", "our", "your", "my", "every", "each", "no", "some", "any");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "will",
            "would", "can", "could", "may", "might", "shall", "should", "must", "does", "did", "do", "be", "been");
    /** Closed-class words: a glued pair with one of them is rarely a compound ("liabilitiesfrom", "themosque"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "by",
            "for", "from", "with", "as", "and", "or", "but", "nor", "is", "are", "was", "were", "be", "been", "has",
            "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "shall", "do", "does",
            "did", "not", "that", "this", "these", "those", "it", "its", "he", "she", "they", "we", "you", "his",
            "her", "their", "our", "your", "my", "who", "which", "what", "when", "where", "while", "than", "then",
            "into", "onto", "over", "under", "about", "after", "before", "since", "until", "also", "out", "up",
            "off", "all", "some", "any", "no", "more", "most", "such", "very", "so", "if", "there", "here", "one");

    /** Words a sentence often starts with: a capitalized glued word at a sentence's start must begin with one. */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "in", "on", "at", "as", "by", "for", "from",
            "to", "of", "with", "after", "before", "during", "since", "when", "while", "if", "but", "and", "or", "so",
            "yet", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there", "his", "her",
            "its", "their", "our", "one", "two", "some", "many", "most", "all", "no", "not", "however", "also",
            "according", "last", "next", "other", "both", "each", "such", "more", "about", "over", "under", "among");

    /**
     * A word, a hyphen, white space, a lower-case word. It starts only where a run of letters starts: tried at every
     * letter of a 100,000-letter "word", the greedy run and its backtracking made the search quadratic (minutes).
     */
    private static final Pattern HYPHEN_BREAK =
            Pattern.compile("(?<!\\p{L})(\\p{L}+)[-\u2010\u00AD]([ \\t]*\\n[ \\t]*|[ \\t]+)(\\p{Ll}+)");

    private static final Map<String, String> CONTRACTIONS = contractions();

    /** Words a possessive is never followed by: verbs, conjunctions, prepositions, articles. */
    private static final Set<String> NOT_POSSESSED = Set.of("and", "or", "but", "nor", "are", "were", "was", "is",
            "have", "has", "had", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "do",
            "does", "did", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "that", "which", "who",
            "whom", "whose", "than", "then", "if", "when", "while", "after", "before", "since", "because", "so", "the",
            "a", "an", "be", "been", "being", "not", "also", "still", "now", "into", "onto", "over", "under", "about",
            "against", "between", "through", "during", "without", "within", "across", "upon", "there", "here", "all",
            "both", "each", "say", "said", "says", "went", "came", "got", "made", "took", "gave", "saw", "began",
            "seemed", "looked", "became", "felt", "knew", "thought", "told", "asked", "tried", "left", "kept", "let");

    /** Days that are never plural: "todays plan" is "today's plan". */
    private static final Set<String> DAYS = Set.of("today", "yesterday", "tomorrow", "tonight");
    /** Determiners of one thing: "this years budget" is "this year's budget". */
    private static final Set<String> SINGULAR = Set.of("this", "each", "every", "another");
    /** Spans of time, which after {@link #SINGULAR} cannot be plural ("this means war" can). */
    private static final Set<String> TIMES = Set.of("year", "month", "week", "day", "season", "decade", "century",
            "quarter", "night", "morning", "evening", "weekend");
    /** Verbs that follow a name glued to them ("Toyotareported"), besides the closed-class words. */
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "reported", "announced", "added",
            "stated", "confirmed", "denied");
    /** Numbers before a plural: "two Boeings" are planes, not a possessive. */
    private static final Set<String> NUMBERS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "many", "several", "few", "both", "all", "some", "these", "those");

    /** Words before "wont" or "cant" that make it the word ("was wont to", "the cant of"). */
    private static final Set<String> BEFORE_THE_WORD = Set.of("was", "were", "is", "are", "am", "be", "been", "as",
            "his", "her", "their", "its", "my", "our", "your", "the", "a", "an", "of", "this", "that", "political",
            "pious", "religious", "moral");

    private final EnglishWords words;

    RepairFinder(EnglishWords words) {
        this.words = words;
    }

    /** The suggestions for {@code text} (normalized), in text order, none overlapping. */
    public static List<Repair> find(String text) {
        return new RepairFinder(EnglishWords.get()).suggest(text);
    }

    List<Repair> suggest(String text) {
        List<Repair> out = new ArrayList<>();
        BitSet taken = new BitSet(text.length());
        Mojibake.find(text, out, taken);
        hyphenation(text, out, taken);
        RepairTokens tokens = new RepairTokens(text);
        char apostrophe = tokens.apostrophe;
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.start(i);
            int end = tokens.end(i);
            int set = taken.nextSetBit(start);
            if (set >= 0 && set < end) {
                continue;
            }
            Repair r = contraction(text, tokens, i, apostrophe);
            if (r == null) {
                r = possessive(text, tokens, i, apostrophe);
            }
            if (r == null) {
                r = glued(text, tokens, i);
            }
            if (r != null) {
                out.add(r);
                taken.set(r.start(), r.end());
            }
        }
        out.sort(Comparator.comparingInt(Repair::start));
        return out;
    }

    // ---- line-end hyphens ----

    private void hyphenation(String text, List<Repair> out, BitSet taken) {
        Matcher m = HYPHEN_BREAK.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(3);
            if (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || isHyphen(text.charAt(start - 1)))
                    || end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || isHyphen(text.charAt(end)))
                    || taken.nextSetBit(start) >= 0 && taken.nextSetBit(start) < end) {
                continue;
            }
            String left = m.group(1);
            String right = m.group(3);
            boolean lineBreak = m.group(2).indexOf('\n') >= 0;
            if (!PdfParagraphs.joinHyphenated(left, right, words)) {
                continue;
            }
            // Across a space the hyphen may be meant ("pre- and post-war"): only a known word is joined.
            if (!lineBreak && !words.known(left + right)) {
                continue;
            }
            out.add(new Repair(new Span(start, end), text.substring(start, end), left + right,
                    RepairKind.HYPHENATION));
            taken.set(start, end);
        }
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u00AD';
    }

    // ---- apostrophes ----

    private Repair contraction(String text, RepairTokens t, int i, char apostrophe) {
        String token = t.text(i);
        String mended = CONTRACTIONS.get(token.toLowerCase(Locale.ROOT));
        if (mended == null || t.touchesApostropheOrHyphen(i) || t.markedSic(i)) {
            return null;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.equals("wont") || lower.equals("cant")) {
            String before = t.previousWord(i);
            String after = t.nextWord(i);
            if (before != null && BEFORE_THE_WORD.contains(before.toLowerCase(Locale.ROOT))
                    || "to".equalsIgnoreCase(after)) {
                return null;
            }
        }
        String replacement = matchCase(token, mended.replace('\'', apostrophe));
        return new Repair(new Span(t.start(i), t.end(i)), token, replacement, RepairKind.APOSTROPHE);
    }

    private Repair possessive(String text, RepairTokens t, int i, char apostrophe) {
        String token = t.text(i);
        int n = token.length();
        if (n < 3 || token.charAt(n - 1) != 's' || t.touchesApostropheOrHyphen(i) || !t.lettersOnly(i)
                || t.markedSic(i)) {
            return null;
        }
        String base = token.substring(0, n - 1);
        String next = t.nextWord(i);
        String before = t.previousWord(i);
        // A name may follow ("Microsofts Internet Explorer"), but not in a list of plurals ("Suvorovs, and
        // Orlovs Germans?").
        boolean listed = before != null && Set.of("and", "or", "nor").contains(before.toLowerCase(Locale.ROOT));
        boolean nextFits = t.followedBySpaceThenWord(i) && next != null
                && (Character.isLowerCase(next.charAt(0)) && !NOT_POSSESSED.contains(next)
                || Character.isUpperCase(next.charAt(0)) && !listed)
                || t.followedBySpaceThenNumber(i) || t.followedBySpaceThenQuote(i);
        if (!nextFits || before != null && NUMBERS.contains(before.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (words.known(token) && !DAYS.contains(base.toLowerCase(Locale.ROOT))
                && !(before != null && SINGULAR.contains(before.toLowerCase(Locale.ROOT)) && TIMES.contains(base))) {
            // "teams", "States", "Its" are words of their own: telling "the teams coach" from a plural needs
            // grammar, so they are left alone (but "todays plan" and "this years budget" cannot be plurals).
            return null;
        }
        boolean ok;
        if (isAllCaps(base) && base.length() >= 2) {
            // "the UAWs jobs bank", "EADSs North American unit": an acronym the article uses.
            ok = t.count(base) > 0 && !listed;
        } else if (Character.isUpperCase(token.charAt(0))) {
            // "Ukraines allies", "Microsofts Internet Explorer", "Mertenss attempt": a name the article uses, or a
            // proper noun of the list.
            // After "the", a surname plus "s" is a family ("the Sams", for Thomas Sam); "the Churchs website" is not.
            boolean family = "the".equalsIgnoreCase(before) && t.surnames.contains(base);
            ok = !family && (t.count(base) > 0 && !words.known(base.toLowerCase(Locale.ROOT)) || !base.endsWith("s")
                    && (isName(base, t) || t.count(base) > 0 || words.level(base) > 0));
        } else {
            // "companys shares": a common word plus "s" that is no word; "todays plan"; "this years budget".
            int level = words.level(base);
            ok = level > 0 && level <= COMMON && base.length() >= 3 && !base.endsWith("s");
        }
        if (!ok) {
            return null;
        }
        return new Repair(new Span(t.start(i), t.end(i)), token, base + apostrophe + "s", RepairKind.APOSTROPHE);
    }

    // ---- glued words ----

    private Repair glued(String text, RepairTokens t, int i) {
        String token = t.text(i);
        int n = token.length();
        if (n < 4 || !t.lettersOnly(i) || t.touchesApostropheOrHyphen(i) || t.partOfAddress(i)
                || t.count(token) > 1 || words.known(token) || isAllCaps(token) || t.markedSic(i)
                || inForeignWords(t, i)) {
            return null;
        }
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (int k = 1; k < n; k++) {
            String left = token.substring(0, k);
            String right = token.substring(k);
            int score = splitScore(left, right, t, i);
            if (score < bestScore) {
                bestScore = score;
                best = left + " " + right;
            }
        }
        if (best == null) {
            return null;
        }
        return new Repair(new Span(t.start(i), t.end(i)), token, best, RepairKind.GLUED);
    }

    /** How good a split of an unknown word is (lower is better); {@link Integer#MAX_VALUE} when it is none. */
    private int splitScore(String left, String right, RepairTokens t, int i) {
        int none = Integer.MAX_VALUE;
        boolean leftLower = isLower(left);
        boolean rightLower = isLower(right);
        boolean rightCapital = Character.isUpperCase(right.charAt(0));
        boolean leftCapital = Character.isUpperCase(left.charAt(0)) && isLower(left.substring(1));
        if (left.length() < 2 && !left.equals("a") || right.length() < 2) {
            return none;
        }
        boolean start = !t.midSentence(t.start(i));
        if (leftLower && rightLower) {
            // "thecomplexity", "hardwarefrom": two everyday words, or a closed-class word and a common one; never
            // an auxiliary after a determiner ("the hastag").
            int a = words.level(left);
            int b = words.level(right);
            String before = t.previousWord(i);
            if (a == 0 || b == 0 || left.equals("a") && right.length() < 4
                    || before != null && DETERMINERS.contains(before.toLowerCase(Locale.ROOT))
                    && AUXILIARIES.contains(left)) {
                return none;
            }
            boolean everyday = a <= EVERYDAY && b <= EVERYDAY;
            boolean withFunction = FUNCTION_WORDS.contains(left) && b <= COMMON
                    || FUNCTION_WORDS.contains(right) && a <= COMMON;
            return everyday || withFunction ? a + b : none;
        }
        if (leftLower && rightCapital) {
            // "existingFrench", "withUS", "ofYeoncheon": the case changes where the words meet.
            int a = words.level(left);
            if (a == 0 || a > 70 || !(isName(right, t) || t.count(right) > 0 || words.levelAnyCase(right) > 0)) {
                return none;
            }
            return a;
        }
        if (leftCapital && rightLower) {
            // "Thecomplexity" at a sentence's start (a capital in mid-sentence is a name's, "Nightwing"), or
            // "Turkeywill": a name the article uses elsewhere, then a closed-class word or a verb of saying (not
            // "Wikinews").
            String lowered = left.toLowerCase(Locale.ROOT);
            int b = words.level(right);
            if (start && OPENERS.contains(lowered) && b > 0 && b <= COMMON) {
                return 10 + b;
            }
            if (t.count(left) > 0 && isName(left, t) && b > 0 && b <= VERY_COMMON
                    && (FUNCTION_WORDS.contains(right) || REPORTING.contains(right))) {
                return 100 + b;
            }
            return none;
        }
        if (leftCapital && rightCapital && isLower(right.substring(1))) {
            // "TheNew" at a sentence's start; "DonaldTrump": words the article uses elsewhere, one of them a name
            // ("YouTube", "PowerPoint" are no such pair).
            if (start && OPENERS.contains(left.toLowerCase(Locale.ROOT))
                    && (isName(right, t) || words.levelAnyCase(right) > 0)) {
                return 50;
            }
            return t.count(left) > 0 && t.count(right) > 0 && (isName(left, t) || isName(right, t)) ? 200 : none;
        }
        return none;
    }

    /**
     * Whether the word stands among words the list does not know either: a passage in another language ("errare
     * humanum est"), where an English split means nothing.
     */
    private boolean inForeignWords(RepairTokens t, int i) {
        return foreign(t.previousWord(i)) || foreign(t.nextWord(i));
    }

    /** A lower-case word the list does not know and that is no two known words glued either. */
    private boolean foreign(String word) {
        if (word == null || !isLower(word) || words.known(word)) {
            return false;
        }
        for (int k = 2; k < word.length() - 1; k++) {
            if (words.known(word.substring(0, k)) && words.known(word.substring(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a capitalized word is a name: a proper noun of the word list that is not also a common word in lower
     * case, or a word the article uses capitalized in the middle of a sentence.
     */
    private boolean isName(String word, RepairTokens t) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (t.midSentenceCapitals.contains(word)) {
            return true;
        }
        int proper = words.level(word);
        int common = words.level(word.toLowerCase(Locale.ROOT));
        return proper > 0 && (common == 0 || proper < common);
    }

    private static boolean isLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static boolean isAllCaps(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code mended} in the case {@code token} is written in: "Dont" gives "Don't", "DONT" gives "DON'T". */
    private static String matchCase(String token, String mended) {
        if (isAllCaps(token)) {
            return mended.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(token.charAt(0))) {
            return Character.toUpperCase(mended.charAt(0)) + mended.substring(1);
        }
        return mended;
    }

    private static Map<String, String> contractions() {
        Map<String, String> m = new HashMap<>();
        for (String c : List.of("don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't",
                "can't", "couldn't", "shouldn't", "wouldn't", "hasn't", "haven't", "hadn't", "mustn't", "needn't",
                "mightn't", "shan't", "ain't", "should've", "could've", "would've", "might've", "must've", "i've",
                "i'm", "you're", "you've", "you'll", "you'd", "they're", "they've", "they'll", "they'd", "we've",
                "it'll", "that's", "what's", "who's", "where's", "there's", "here's", "she's", "that'll", "who'll",
                "who'd", "what'll", "y'all")) {
            m.put(c.replace("'", ""), c);
        }
        // "I" is a capital in every contraction of it.
        m.put("ive", "I've");
        m.put("im", "I'm");
        return m;
    }
}

package org.lector.nlp.eval;

import java.text.Normalizer;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quote measures of the shared scorer ({@code ../shared/eval/score.py quotes}, whose docstrings define them),
 * computed the same way so {@code lector eval} and the scorer print the same numbers:
 * <ul>
 *   <li><b>quoted-part recall</b>: gold attributions with quotation marks whose words between the marks are at
 *       least half covered by predicted quotes that are not {@code scare};</li>
 *   <li><b>precision</b>: predicted non-scare quotes at least half inside some gold attribution (with or without
 *       quotation marks);</li>
 *   <li><b>named-speaker accuracy</b>: of the gold quotes with a named speaker whose content is at least half
 *       covered, those whose best-overlapping prediction's speaker shares a name word with the gold speaker;
 *       <b>end to end</b>: the same over all gold quotes with a named speaker;</li>
 *   <li><b>any speaker</b>: covered gold quotes whose prediction names a speaker at all;</li>
 *   <li><b>scare on gold</b>: {@code scare} predictions at least half inside a gold attribution, of all scare
 *       predictions.</li>
 * </ul>
 * Characters count when they are neither white space nor quotation marks. Offsets are UTF-16 indices into the
 * document text.
 */
public final class QuoteScore {

    private static final String QUOTE_MARKS = "\"'`«»‘’‚‛“”„‟‹›′″「」『』＂";
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_&.'’-]*");
    /** Words of a gold speaker that are no name: determiners, pronouns, titles (the scorer's list). */
    private static final Set<String> STOP_NAME = Set.of(("the a an this that these those he she it they we i you "
            + "me him her his hers its their theirs our ours my your who whom whose which what one some many most "
            + "several other others another both all each every no none such and or nor but of for in on at by "
            + "with from to as according also then there here when while after before if mr mrs ms miss mx dr "
            + "prof sir dame lord lady rev fr st jr sr esq sen sens senator senators rep reps representative "
            + "representatives congressman congresswoman congressmen gov govs governor governors lt col gen maj "
            + "capt cmdr adm sgt cpl pvt president presidents vice secretary secretaries minister ministers prime "
            + "chancellor premier ambassador chairman chairwoman chair chairs chief ceo cfo coo cto director "
            + "executive spokesman spokeswoman spokesperson speaker leader leaders judge justice attorney mayor "
            + "sheriff officer officials official aide aides adviser advisor king queen prince princess pope "
            + "bishop cardinal imam rabbi").split(" "));

    /**
     * A gold attribution.
     *
     * @param ranges  its content, one [start, end) per fragment
     * @param marks   whether the article puts it in quotation marks
     * @param speaker the speaker as the article writes it, or null
     */
    public record Gold(List<int[]> ranges, boolean marks, String speaker) {
    }

    /**
     * A predicted quote.
     *
     * @param scare       a scare quote (left out of recall and precision)
     * @param speakerName the speaker's name, or null when no speaker is given
     */
    public record Predicted(int start, int end, boolean scare, String speakerName) {
    }

    private int goldQuotes;
    private int quotedPartFound;
    private int contentFound;
    private int predicted;
    private int predictedRight;
    private int named;
    private int namedFound;
    private int namedRight;
    private int anySpeaker;
    private int scare;
    private int scareOnGold;

    /** Adds one document's gold attributions and predictions. */
    public void add(String text, List<Gold> gold, List<Predicted> predictions) {
        BitSet allGold = new BitSet(text.length());
        for (Gold g : gold) {
            allGold.or(content(text, g.ranges()));
        }
        BitSet union = new BitSet(text.length());
        List<BitSet> chars = new java.util.ArrayList<>();
        for (Predicted p : predictions) {
            BitSet c = content(text, List.of(new int[] {p.start(), p.end()}));
            chars.add(c);
            if (c.isEmpty()) {
                continue;
            }
            boolean hit = overlap(c, allGold) * 2 >= c.cardinality();
            if (p.scare()) {
                scare++;
                scareOnGold += hit ? 1 : 0;
            } else {
                predicted++;
                predictedRight += hit ? 1 : 0;
                union.or(c);
            }
        }
        BitSet quoted = quotedRegions(text);
        for (Gold g : gold) {
            BitSet ch = content(text, g.ranges());
            if (!g.marks() || ch.isEmpty()) {
                continue;
            }
            goldQuotes++;
            BitSet chq = (BitSet) ch.clone();
            chq.and(quoted);
            if (chq.isEmpty()) {
                chq = ch;
            }
            quotedPartFound += overlap(chq, union) * 2 >= chq.cardinality() ? 1 : 0;
            Set<String> goldNames = nameTokens(g.speaker(), true);
            if (!goldNames.isEmpty()) {
                named++;
            }
            if (overlap(ch, union) * 2 < ch.cardinality()) {
                continue;
            }
            contentFound++;
            Predicted best = null;
            int bestOverlap = -1;
            for (int i = 0; i < predictions.size(); i++) {
                Predicted p = predictions.get(i);
                if (p.scare() || chars.get(i).isEmpty()) {
                    continue;
                }
                int o = overlap(chars.get(i), ch);
                if (o > bestOverlap) {
                    best = p;
                    bestOverlap = o;
                }
            }
            if (best.speakerName() != null) {
                anySpeaker++;
            }
            if (!goldNames.isEmpty()) {
                namedFound++;
                Set<String> predictedNames = nameTokens(best.speakerName(), false);
                predictedNames.retainAll(goldNames);
                namedRight += predictedNames.isEmpty() ? 0 : 1;
            }
        }
    }

    /** Gold attributions with quotation marks that were counted. */
    public int goldQuotes() {
        return goldQuotes;
    }

    public double quotedPartRecall() {
        return ratio(quotedPartFound, goldQuotes);
    }

    public double precision() {
        return ratio(predictedRight, predicted);
    }

    public double quotedPartF1() {
        double p = precision();
        double r = quotedPartRecall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Gold quotes whose content is at least half covered (the scorer's span recall numerator). */
    public int contentFound() {
        return contentFound;
    }

    public double namedSpeakerAccuracy() {
        return ratio(namedRight, namedFound);
    }

    public double namedSpeakerEndToEnd() {
        return ratio(namedRight, named);
    }

    public double anySpeakerShare() {
        return ratio(anySpeaker, contentFound);
    }

    public int scare() {
        return scare;
    }

    public int scareOnGold() {
        return scareOnGold;
    }

    public int predicted() {
        return predicted;
    }

    public int namedFound() {
        return namedFound;
    }

    public int named() {
        return named;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static int overlap(BitSet a, BitSet b) {
        BitSet x = (BitSet) a.clone();
        x.and(b);
        return x.cardinality();
    }

    private static BitSet content(String text, List<int[]> ranges) {
        BitSet out = new BitSet(text.length());
        for (int[] r : ranges) {
            for (int i = Math.max(0, r[0]); i < Math.min(text.length(), r[1]); i++) {
                char c = text.charAt(i);
                if (!isSpace(c) && QUOTE_MARKS.indexOf(c) < 0) {
                    out.set(i);
                }
            }
        }
        return out;
    }

    /** Python's {@code str.isspace}: Java's white space plus the no-break spaces. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /**
     * Positions between quotation marks: curly double quotes, guillemets and straight double quotes; a quote left
     * open ends at the line end.
     */
    static BitSet quotedRegions(String text) {
        BitSet inside = new BitSet(text.length());
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    inside.set(open + 1, i);
                }
                open = -1;
            } else if (c == '“' || c == '„' || c == '«' || c == '"' && open < 0) {
                if (open >= 0) {
                    inside.set(open + 1, i);
                }
                open = i;
            } else if (c == '”' || c == '»' || c == '"') {
                if (open >= 0) {
                    inside.set(open + 1, i);
                    open = -1;
                }
            }
        }
        if (open >= 0) {
            inside.set(open + 1, text.length());
        }
        return inside;
    }

    /**
     * The name words of a speaker: for gold, capitalized words that are no stop word or title and no possessive;
     * for predictions, every word. Folded to lower case without accents.
     */
    static Set<String> nameTokens(String s, boolean gold) {
        Set<String> out = new HashSet<>();
        if (s == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String tok = m.group().replaceAll("[.'’-]+$", "");
            boolean possessive = false;
            String low = tok.toLowerCase(Locale.ROOT);
            if (low.endsWith("'s") || low.endsWith("’s")) {
                tok = tok.substring(0, tok.length() - 2);
                possessive = true;
            }
            if (tok.isEmpty()) {
                continue;
            }
            String f = fold(tok);
            if (gold && (possessive || !Character.isUpperCase(tok.charAt(0)) || STOP_NAME.contains(f)
                    || STOP_NAME.contains(f.replace(".", "")) || tok.chars().allMatch(Character::isDigit))) {
                continue;
            }
            out.add(f);
        }
        return out;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}

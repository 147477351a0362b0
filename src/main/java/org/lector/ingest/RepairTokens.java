package org.lector.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words (runs of letters) of a text, with what {@link RepairFinder}'s rules ask of them: how often each occurs,
 * which capitalized words stand in mid-sentence (names), which follow another capitalized word (surnames), the
 * apostrophe the article writes, and the neighbours of each word.
 */
final class RepairTokens {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int size;
    private final Map<String, Integer> counts = new HashMap<>();
    /** Capitalized words seen in the middle of a sentence: names. */
    final Set<String> midSentenceCapitals = new HashSet<>();
    /** Capitalized words seen right after another capitalized word ("Thomas Sam"): surnames, among others. */
    final Set<String> surnames = new HashSet<>();
    /** The apostrophe the article writes. */
    final char apostrophe;

    RepairTokens(String text) {
        this.text = text;
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                int s = i;
                while (i < text.length() && (Character.isLetter(text.codePointAt(i))
                        || Character.getType(text.codePointAt(i)) == Character.NON_SPACING_MARK)) {
                    i += Character.charCount(text.codePointAt(i));
                }
                spans.add(new int[] {s, i});
            } else {
                i += Character.charCount(cp);
            }
        }
        size = spans.size();
        starts = new int[size];
        ends = new int[size];
        int straight = 0;
        int curly = 0;
        for (int k = 0; k < size; k++) {
            starts[k] = spans.get(k)[0];
            ends[k] = spans.get(k)[1];
            String w = text.substring(starts[k], ends[k]);
            counts.merge(w, 1, Integer::sum);
            if (Character.isUpperCase(w.charAt(0)) && midSentence(starts[k])) {
                midSentenceCapitals.add(w);
                if (k > 0 && starts[k] == ends[k - 1] + 1 && text.charAt(ends[k - 1]) == ' '
                        && Character.isUpperCase(text.charAt(starts[k - 1]))) {
                    surnames.add(w);
                }
            }
            if (ends[k] < text.length()) {
                char c = text.charAt(ends[k]);
                straight += c == '\'' ? 1 : 0;
                curly += c == '\u2019' ? 1 : 0;
            }
        }
        apostrophe = curly > straight ? '\u2019' : '\'';
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String text(int i) {
        return text.substring(starts[i], ends[i]);
    }

    int count(String word) {
        return counts.getOrDefault(word, 0);
    }

    /** Whether the writer marked the word as written so: "Theres [sic]". */
    boolean markedSic(int i) {
        String after = text.substring(ends[i], Math.min(text.length(), ends[i] + 7)).toLowerCase(Locale.ROOT);
        return after.startsWith(" [sic]") || after.startsWith(" (sic)") || after.startsWith("[sic]");
    }

    /** Whether a word follows a word, a comma or the like: not a sentence's, quotation's or heading's start. */
    boolean midSentence(int start) {
        int j = start - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        if (j < 0 || j == start - 1) {
            return false;
        }
        char c = text.charAt(j);
        return Character.isLetterOrDigit(c) || c == ',' || c == ';' || c == ')';
    }

    boolean lettersOnly(int i) {
        return (starts[i] == 0 || !Character.isDigit(text.charAt(starts[i] - 1)))
                && (ends[i] == text.length() || !Character.isDigit(text.charAt(ends[i])));
    }

    boolean touchesApostropheOrHyphen(int i) {
        return starts[i] > 0 && isJoiner(text.charAt(starts[i] - 1))
                || ends[i] < text.length() && isJoiner(text.charAt(ends[i]));
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u00AD' || c == '_' || c == '&';
    }

    /** Part of an e-mail address, a web address, a path or a handle. */
    boolean partOfAddress(int i) {
        char before = starts[i] > 0 ? text.charAt(starts[i] - 1) : ' ';
        char after = ends[i] < text.length() ? text.charAt(ends[i]) : ' ';
        char afterNext = ends[i] + 1 < text.length() ? text.charAt(ends[i] + 1) : ' ';
        return "@#/\\.:=".indexOf(before) >= 0 || after == '@' || after == '/'
                || (after == '.' || after == ':') && Character.isLetterOrDigit(afterNext);
    }

    /** The word just before, in the same sentence (only spaces between), or null. */
    String previousWord(int i) {
        if (i == 0) {
            return null;
        }
        String between = text.substring(ends[i - 1], starts[i]);
        return between.isBlank() && between.indexOf('\n') < 0 ? text(i - 1) : null;
    }

    /** The word just after, in the same sentence (only spaces between), or null. */
    String nextWord(int i) {
        if (i + 1 >= size) {
            return null;
        }
        String between = text.substring(ends[i], starts[i + 1]);
        return between.isBlank() && between.indexOf('\n') < 0 ? text(i + 1) : null;
    }

    boolean followedBySpaceThenQuote(int i) {
        return ends[i] + 2 < text.length() && text.charAt(ends[i]) == ' '
                && (text.charAt(ends[i] + 1) == '"' || text.charAt(ends[i] + 1) == '\u201C')
                && Character.isLetter(text.charAt(ends[i] + 2));
    }

    boolean followedBySpaceThenNumber(int i) {
        return ends[i] + 1 < text.length() && text.charAt(ends[i]) == ' '
                && Character.isDigit(text.charAt(ends[i] + 1));
    }

    boolean followedBySpaceThenWord(int i) {
        return i + 1 < size && starts[i + 1] == ends[i] + 1 && text.charAt(ends[i]) == ' ';
    }
}

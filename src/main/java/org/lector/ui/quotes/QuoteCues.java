package org.lector.ui.quotes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.lector.model.Span;
import org.lector.ui.reader.WordSnap;

/**
 * Text work for the quote editor, apart from any control: the passage a selection stands for, the words near a
 * quote that may be its cue verb, and where a typed cue word is in the text.
 */
public final class QuoteCues {

    /** How far either side of a quote a cue verb is looked for: about a sentence. */
    static final int REACH = 160;

    private QuoteCues() {
    }

    /**
     * The quoted passage a selection stands for: snapped to whole words, and taking in the quotation marks
     * right around it, so selecting the words inside the marks is enough.
     */
    public static Span passage(String text, Span selection) {
        Span words = WordSnap.snap(text, selection);
        if (words.isEmpty()) {
            return words;
        }
        int start = words.start();
        int end = words.end();
        // Closing punctuation inside the marks ("...Ukraine,") belongs to the quote.
        while (end < text.length() && ",.;:!?".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        if (start > 0 && isQuoteMark(text.charAt(start - 1)) && end < text.length()
                && isQuoteMark(text.charAt(end))) {
            return new Span(start - 1, end + 1);
        }
        return new Span(words.start(), words.end());
    }

    /** Whether {@code c} is a quotation mark, straight or curly, double or single. */
    public static boolean isQuoteMark(char c) {
        return "\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019'".indexOf(c) >= 0;
    }

    /** Words before and after the quote, nearest first, lower-cased and without repeats: cue candidates. */
    public static List<String> nearbyWords(String text, Span quote) {
        List<Span> words = new ArrayList<>();
        for (Span w : words(text, new Span(quote.end(), Math.min(text.length(), quote.end() + REACH)))) {
            words.add(w);
        }
        List<Span> before = words(text, new Span(Math.max(0, quote.start() - REACH), quote.start()));
        List<Span> ordered = new ArrayList<>();
        int i = 0;
        int j = before.size() - 1;
        while (i < words.size() || j >= 0) {
            if (i < words.size()) {
                ordered.add(words.get(i++));
            }
            if (j >= 0) {
                ordered.add(before.get(j--));
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (Span w : ordered) {
            String word = w.of(text).toLowerCase(Locale.ROOT);
            if (word.length() > 2 && word.chars().allMatch(Character::isLetter)) {
                out.add(word);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The span of {@code word} (whole word, any case) nearest the quote and outside it, within about a sentence;
     * empty when the word is not there.
     */
    public static Optional<Span> find(String text, Span quote, String word) {
        String w = word == null ? "" : word.strip();
        if (w.isEmpty()) {
            return Optional.empty();
        }
        Span window = new Span(Math.max(0, quote.start() - REACH), Math.min(text.length(), quote.end() + REACH));
        Span best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Span candidate : words(text, window)) {
            if (candidate.overlaps(quote) || !candidate.of(text).equalsIgnoreCase(w)) {
                continue;
            }
            int distance = candidate.start() >= quote.end() ? candidate.start() - quote.end()
                    : quote.start() - candidate.end();
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<Span> words(String text, Span range) {
        List<Span> out = new ArrayList<>();
        int i = range.start();
        while (i < range.end()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            // A word cut by the window's edge is not a word of the window.
            boolean cut = (start == range.start() && start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))
                    || i > range.end();
            if (!cut) {
                out.add(new Span(start, i));
            }
        }
        return out;
    }
}

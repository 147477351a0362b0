package org.lector.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-sequence similarity of two texts: 2 × (words in their longest common subsequence) / (words in both), the
 * measure Python's difflib calls a ratio, on words (runs of letters and digits; punctuation and case of quotes and
 * dashes do not count). 1.0 for the same words in the same order; a word lost, added or split costs about one in
 * the length of the texts.
 */
final class WordSimilarity {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private WordSimilarity() {
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static double ratio(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1.0;
        }
        int[] previous = new int[y.size() + 1];
        int[] current = new int[y.size() + 1];
        for (int i = 1; i <= x.size(); i++) {
            for (int j = 1; j <= y.size(); j++) {
                current[j] = x.get(i - 1).equals(y.get(j - 1)) ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return 2.0 * previous[y.size()] / (x.size() + y.size());
    }
}

package org.lector.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level precision, recall and F1 of an extracted text against a reference, as the public article-extraction
 * benchmarks compute it: both texts are cut into words (runs of letters, digits and underscores, Python's
 * {@code \w+}), and the words in common are counted as multisets (a word found twice in the extraction but once in
 * the reference counts once). Case is kept.
 *
 * @param precision share of the extraction's words that are in the reference
 * @param recall    share of the reference's words that are in the extraction
 * @param f1        their harmonic mean; 0 when either is 0
 */
record WordOverlap(double precision, double recall, double f1) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    static WordOverlap of(String extracted, String reference) {
        Map<String, Integer> got = words(extracted);
        Map<String, Integer> want = words(reference);
        long gotTotal = total(got);
        long wantTotal = total(want);
        if (gotTotal == 0 && wantTotal == 0) {
            return new WordOverlap(1, 1, 1);
        }
        long common = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        double p = gotTotal == 0 ? 0 : common / (double) gotTotal;
        double r = wantTotal == 0 ? 0 : common / (double) wantTotal;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new WordOverlap(p, r, f);
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    private static long total(Map<String, Integer> counts) {
        long n = 0;
        for (int c : counts.values()) {
            n += c;
        }
        return n;
    }
}

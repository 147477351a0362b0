package org.lector.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Finding a text that is mostly the same as another among thousands, without comparing it with each: the words of
 * a text in overlapping runs of {@link #SHINGLE} ("shingles"), and a MinHash signature of that set cut into
 * {@link #BANDS} bands of {@link #ROWS} values. Two texts whose shingle sets have a Jaccard resemblance {@code s}
 * share a band with probability {@code 1 - (1 - s^3)^20}: 0.99 at {@code s = 0.6}, 0.42 at 0.3, under 0.0002 for
 * unrelated news (resemblance near 0.02). Candidates are then compared exactly ({@link #resemblance}) and a text is
 * "mostly the same" from {@link #SIMILAR}.
 */
final class TextSketch {

    static final int SHINGLE = 4;
    static final int BANDS = 20;
    static final int ROWS = 3;
    /** Resemblance from which a new file is another version of a document rather than a document of its own. */
    static final double SIMILAR = 0.6;
    /** Texts with fewer words are too short to say that another is mostly the same. */
    static final int MIN_WORDS = 30;

    private TextSketch() {
    }

    /** The band hashes of a text; empty for a text under {@link #MIN_WORDS} words. */
    static long[] of(String text) {
        Set<Long> shingles = shingles(text);
        if (shingles.isEmpty()) {
            return new long[0];
        }
        long[] min = new long[BANDS * ROWS];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < min.length; i++) {
                long h = mix(s ^ SEEDS[i]);
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = mix(b + 1L);
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ min[b * ROWS + r]);
            }
            bands[b] = h;
        }
        return bands;
    }

    /** The hashed word {@link #SHINGLE}-grams of a text, case and punctuation ignored; empty for a short text. */
    static Set<Long> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int start = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        int n = words.length - start;
        Set<Long> out = new HashSet<>();
        if (n < MIN_WORDS) {
            return out;
        }
        long[] wordHashes = new long[n];
        for (int i = 0; i < n; i++) {
            wordHashes[i] = mix(words[start + i].hashCode() * 0x9E3779B97F4A7C15L + words[start + i].length());
        }
        for (int i = 0; i + SHINGLE <= n; i++) {
            long h = 0;
            for (int k = 0; k < SHINGLE; k++) {
                h = mix(h ^ wordHashes[i + k]);
            }
            out.add(h);
        }
        return out;
    }

    /** Jaccard resemblance of two shingle sets. */
    static double resemblance(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int shared = 0;
        for (long s : small) {
            if (large.contains(s)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    static void store(Connection c, long versionId, long[] bands) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO text_sketches(band, version_id) VALUES (?, ?)")) {
            for (long band : bands) {
                ps.setLong(1, band);
                ps.setLong(2, versionId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** SplitMix64's finaliser: a cheap, well-mixed 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static final long[] SEEDS = new long[BANDS * ROWS];

    static {
        long s = 0x4C454354L;
        for (int i = 0; i < SEEDS.length; i++) {
            s += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(s);
        }
    }
}

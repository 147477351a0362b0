package org.lector.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * English words and how common each is, from SCOWL ({@code assets/dictionaries/english-words.txt}): about 290,000
 * spellings (American and British, capitalized words, proper names, contractions, abbreviations), each with the
 * SCOWL size that first lists it, 10 for the most common words up to 80 for rare ones.
 *
 * <p>Kept as one sorted {@code char[]} with offsets rather than a set of strings: about 7 MB instead of 20, since
 * the window also holds the language models. Looked up by binary search; loaded once, on first use, so reading a
 * file that needs no dictionary pays nothing. Thread-safe once loaded.
 */
final class EnglishWords {

    /** The rarest size in the list; {@link #level} returns 0 for a word that is not listed at all. */
    static final int RAREST = 80;

    private static final String RESOURCE = "/org/lector/assets/dictionaries/english-words.txt";

    private static volatile EnglishWords instance;

    private final char[] chars;
    private final int[] starts;
    private final byte[] levels;

    private EnglishWords(char[] chars, int[] starts, byte[] levels) {
        this.chars = chars;
        this.starts = starts;
        this.levels = levels;
    }

    /** The list shipped in the jar. */
    static EnglishWords get() {
        EnglishWords words = instance;
        if (words == null) {
            synchronized (EnglishWords.class) {
                words = instance;
                if (words == null) {
                    words = load();
                    instance = words;
                }
            }
        }
        return words;
    }

    private static EnglishWords load() {
        InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the English word list " + RESOURCE + " is missing from the jar");
        }
        List<String> words = new ArrayList<>(300_000);
        List<Byte> sizes = new ArrayList<>(300_000);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            byte level = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    String n = line.substring(1).strip();
                    if (!n.isEmpty() && Character.isDigit(n.charAt(0))) {
                        level = Byte.parseByte(n);
                    }
                } else if (!line.isEmpty() && level > 0) {
                    words.add(line);
                    sizes.add(level);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the English word list", e);
        }
        Integer[] order = new Integer[words.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> words.get(a).compareTo(words.get(b)));
        int total = 0;
        for (String w : words) {
            total += w.length();
        }
        char[] chars = new char[total];
        int[] starts = new int[order.length + 1];
        byte[] levels = new byte[order.length];
        int at = 0;
        for (int i = 0; i < order.length; i++) {
            String w = words.get(order[i]);
            starts[i] = at;
            w.getChars(0, w.length(), chars, at);
            at += w.length();
            levels[i] = sizes.get(order[i]);
        }
        starts[order.length] = at;
        return new EnglishWords(chars, starts, levels);
    }

    /** The SCOWL size that lists {@code word} exactly as written (case matters), or 0 when none does. */
    int level(CharSequence word) {
        int lo = 0;
        int hi = levels.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, word);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return levels[mid];
            }
        }
        return 0;
    }

    /**
     * The most common level of {@code token} as written or, when it is capitalized or in capitals (a sentence's
     * first word, a heading), in lower case or with only its first letter capital; 0 when none is listed.
     */
    int levelAnyCase(String token) {
        int best = level(token);
        if (token.isEmpty() || !Character.isUpperCase(token.charAt(0))) {
            return best;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        best = better(best, level(lower));
        if (token.length() > 1 && Character.isUpperCase(token.charAt(1))) {
            best = better(best, level(Character.toUpperCase(lower.charAt(0)) + lower.substring(1)));
        }
        return best;
    }

    /** Whether {@code token} is listed in any case form {@link #levelAnyCase} tries. */
    boolean known(String token) {
        return levelAnyCase(token) > 0;
    }

    private static int better(int a, int b) {
        if (a == 0) {
            return b;
        }
        return b == 0 ? a : Math.min(a, b);
    }

    private int compare(int index, CharSequence word) {
        int from = starts[index];
        int len = starts[index + 1] - from;
        int n = Math.min(len, word.length());
        for (int i = 0; i < n; i++) {
            char a = chars[from + i];
            char b = word.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return len - word.length();
    }
}

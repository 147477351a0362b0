package org.lector.nlp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A fixed list of distinct strings, each with its position as id, read in place from a flat buffer: the strings'
 * characters in one block and an open-addressing hash table of ids over them. It stands in for CoreNLP's
 * {@code HashIndex} and {@code HashMap} of a model, which Java deserialization rebuilds string by string at every
 * start (docs/decisions/0015-flat-model-format.md).
 *
 * <p>Layout (little-endian ints): count, slot bits, whether the characters are one byte each (all of them
 * Latin-1), then {@code count + 1} start positions into the characters, {@code count} hash codes
 * ({@link String#hashCode}), {@code 2^bits} slots holding {@code id + 1} or 0 for empty, then the characters.
 * Reads only; safe for any number of threads.
 */
final class StringTable {

    private static final int HEADER = 12;
    /** Fibonacci hashing spreads {@code String.hashCode}'s low bits, which are alike for similar strings. */
    private static final int SPREAD = 0x9E3779B9;

    private final ByteBuffer buf;
    private final int count;
    private final int shift;
    private final int mask;
    private final boolean latin1;
    private final int starts;
    private final int hashes;
    private final int slots;
    private final int chars;

    private StringTable(ByteBuffer buf) {
        this.buf = buf;
        this.count = buf.getInt(0);
        int bits = buf.getInt(4);
        this.shift = 32 - bits;
        this.mask = (1 << bits) - 1;
        this.latin1 = buf.getInt(8) == 1;
        this.starts = HEADER;
        this.hashes = starts + 4 * (count + 1);
        this.slots = hashes + 4 * count;
        this.chars = slots + 4 * (1 << bits);
    }

    /** The table in {@code section} (little-endian, as {@link FlatFile#section} gives it). */
    static StringTable read(ByteBuffer section) {
        return new StringTable(section);
    }

    int size() {
        return count;
    }

    /** The id of {@code key}, or -1 when the table does not hold it. */
    int indexOf(String key) {
        int h = key.hashCode();
        int slot = (h * SPREAD) >>> shift;
        while (true) {
            int id = buf.getInt(slots + 4 * slot) - 1;
            if (id < 0) {
                return -1;
            }
            if (buf.getInt(hashes + 4 * id) == h && equalsAt(id, key)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean equalsAt(int id, String key) {
        int start = buf.getInt(starts + 4 * id);
        int length = buf.getInt(starts + 4 * id + 4) - start;
        if (length != key.length()) {
            return false;
        }
        if (latin1) {
            int p = chars + start;
            for (int i = 0; i < length; i++) {
                if ((buf.get(p + i) & 0xff) != key.charAt(i)) {
                    return false;
                }
            }
        } else {
            int p = chars + 2 * start;
            for (int i = 0; i < length; i++) {
                if (buf.getChar(p + 2 * i) != key.charAt(i)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The string with id {@code id}. */
    String get(int id) {
        if (id < 0 || id >= count) {
            throw new IndexOutOfBoundsException(id + " of " + count);
        }
        int start = buf.getInt(starts + 4 * id);
        int length = buf.getInt(starts + 4 * id + 4) - start;
        if (latin1) {
            byte[] b = new byte[length];
            buf.get(chars + start, b);
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = buf.getChar(chars + 2 * (start + i));
        }
        return new String(c);
    }

    /**
     * The flat table of {@code strings} (distinct), each with its position in the list as id.
     *
     * @throws IllegalArgumentException when a string occurs twice
     */
    static ByteBuffer write(List<String> strings) {
        int count = strings.size();
        int bits = 4;
        while ((1 << bits) < count * 3 / 2 + 1) { // at most two thirds full: short probes, also for misses
            bits++;
        }
        boolean latin1 = strings.stream().allMatch(s -> s.chars().allMatch(c -> c < 0x100));
        long totalChars = strings.stream().mapToLong(String::length).sum();
        long size = HEADER + 4L * (count + 1) + 4L * count + 4L * (1 << bits) + (latin1 ? 1 : 2) * totalChars;
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("string table over 2 GB");
        }
        ByteBuffer b = ByteBuffer.allocate((int) size).order(FlatFile.ORDER);
        b.putInt(0, count).putInt(4, bits).putInt(8, latin1 ? 1 : 0);
        StringTable table = new StringTable(b);
        int at = 0;
        for (int id = 0; id < count; id++) {
            String s = strings.get(id);
            b.putInt(table.starts + 4 * id, at);
            b.putInt(table.hashes + 4 * id, s.hashCode());
            for (int i = 0; i < s.length(); i++) {
                if (latin1) {
                    b.put(table.chars + at + i, (byte) s.charAt(i));
                } else {
                    b.putChar(table.chars + 2 * (at + i), s.charAt(i));
                }
            }
            at += s.length();
        }
        b.putInt(table.starts + 4 * count, at);
        int shift = 32 - bits;
        int mask = (1 << bits) - 1;
        for (int id = 0; id < count; id++) {
            String s = strings.get(id);
            if (table.indexOf(s) >= 0) {
                throw new IllegalArgumentException("string twice in a table: " + s);
            }
            int slot = (s.hashCode() * SPREAD) >>> shift;
            while (b.getInt(table.slots + 4 * slot) != 0) {
                slot = (slot + 1) & mask;
            }
            b.putInt(table.slots + 4 * slot, id + 1);
        }
        return b;
    }
}

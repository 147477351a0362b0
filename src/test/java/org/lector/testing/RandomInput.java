package org.lector.testing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Random input for property tests: bytes and text drawn so that the awkward cases come up often (empty and
 * one-byte files, byte-order marks, UTF-16 cut mid-unit, runs of one markup byte, unpaired surrogates, marks with
 * no base letter, controls, direction marks) rather than once in a million tries of uniform noise.
 */
public final class RandomInput {

    private static final byte[][] BOMS = {
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE},
        {0, 0, (byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE, 0, 0}};
    private static final byte[] RUNS = {0, (byte) 0xFF, (byte) 0x80, '<', '>', '*', '`', '"', '\n', '#', '&', '['};
    private static final Charset[] CHARSETS = {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
        StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1, Charset.forName("UTF-32")};

    /** Direction marks and isolates, zero-width characters, the BOM, a no-break space and Unicode's line ends. */
    private static final String FORMAT_AND_SPACES =
            "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2069\u200B\uFEFF\u00A0\u2028\u2029";

    private RandomInput() {
    }

    /** Up to {@code max} bytes of one of several kinds: noise, mostly ASCII, encoded text with or without a BOM. */
    public static byte[] bytes(Random r, int max) {
        return switch (r.nextInt(8)) {
            case 0 -> new byte[0];
            case 1 -> new byte[] {(byte) r.nextInt(256)};
            case 2 -> {
                byte[] b = new byte[r.nextInt(max + 1)];
                Arrays.fill(b, RUNS[r.nextInt(RUNS.length)]);
                yield b;
            }
            case 3 -> {
                byte[] b = new byte[r.nextInt(max + 1)];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) (r.nextInt(20) == 0 ? r.nextInt(256) : 32 + r.nextInt(95));
                }
                yield b;
            }
            case 4, 5 -> {
                byte[] bom = r.nextBoolean() ? BOMS[r.nextInt(BOMS.length)] : new byte[0];
                byte[] body = text(r, max / 2).getBytes(CHARSETS[r.nextInt(CHARSETS.length)]);
                // Now and then cut mid-character, as a truncated download is.
                int keep = r.nextInt(4) == 0 ? r.nextInt(body.length + 1) : body.length;
                byte[] b = Arrays.copyOf(bom, Math.min(max, bom.length + keep));
                System.arraycopy(body, 0, b, bom.length, b.length - bom.length);
                yield b;
            }
            default -> {
                byte[] b = new byte[r.nextInt(max + 1)];
                r.nextBytes(b);
                yield b;
            }
        };
    }

    /**
     * Up to {@code max} UTF-16 units of text mixing words and markup characters with what breaks naive code:
     * controls, unpaired surrogates, combining marks with no base, astral characters, direction marks, odd line
     * ends and noncharacters.
     */
    public static String text(Random r, int max) {
        int length = r.nextInt(max + 1);
        StringBuilder sb = new StringBuilder(length + 2);
        while (sb.length() < length) {
            switch (r.nextInt(12)) {
                case 0, 1, 2 -> sb.append((char) ('a' + r.nextInt(26)));
                case 3 -> sb.append(pick(r, " \n\t\r.,;:!?\"'<>&*_`[]()#=-|\\/"));
                case 4 -> sb.append((char) r.nextInt(0x20));
                case 5 -> sb.append((char) (0x300 + r.nextInt(0x70)));
                case 6 -> sb.append((char) (0xD800 + r.nextInt(0x800)));
                case 7 -> sb.appendCodePoint(0x1F300 + r.nextInt(0x300));
                case 8 -> sb.append(pick(r, FORMAT_AND_SPACES));
                case 9 -> sb.append((char) (0x4E00 + r.nextInt(0x5000)));
                case 10 -> sb.append(r.nextBoolean() ? '\uFFFE' : '\uFFFF');
                default -> sb.append((char) r.nextInt(0x10000));
            }
        }
        return sb.toString();
    }

    private static char pick(Random r, String chars) {
        return chars.charAt(r.nextInt(chars.length()));
    }
}

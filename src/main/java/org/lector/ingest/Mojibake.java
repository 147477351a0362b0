package org.lector.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;

import org.lector.model.Repair;
import org.lector.model.RepairKind;
import org.lector.model.Span;

/**
 * Mojibake, one of {@link RepairFinder}'s kinds: UTF-8 read as Windows-1252 or Latin-1 ("PÃ¡vlovna", "donâ€™t"). A
 * run of such characters that decodes as UTF-8 to something else is mended to what it decodes to.
 */
final class Mojibake {

    private Mojibake() {
    }

    /** Adds a repair for every run of double-encoded characters in {@code text}, and marks it taken. */
    static void find(String text, List<Repair> out, BitSet taken) {
        int i = 0;
        while (i < text.length()) {
            int runStart = -1;
            int j = i;
            StringBuilder fixed = new StringBuilder();
            while (j < text.length()) {
                int len = at(text, j, fixed);
                if (len == 0) {
                    break;
                }
                if (runStart < 0) {
                    runStart = j;
                }
                j += len;
            }
            if (runStart >= 0) {
                out.add(new Repair(new Span(runStart, j), text.substring(runStart, j), fixed.toString(),
                        RepairKind.MOJIBAKE));
                taken.set(runStart, j);
                i = j;
            } else {
                i++;
            }
        }
    }

    /**
     * The length of the one double-encoded character at {@code at} (its UTF-8 bytes shown as Windows-1252 or
     * Latin-1 characters), its real character appended to {@code into}; 0 when there is none.
     */
    static int at(String text, int at, StringBuilder into) {
        int lead = byteOf(text.charAt(at));
        int n;
        if (lead >= 0xC2 && lead <= 0xDF) {
            n = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            n = 3;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            n = 4;
        } else {
            return 0;
        }
        if (at + n > text.length()) {
            return 0;
        }
        byte[] bytes = new byte[n];
        bytes[0] = (byte) lead;
        for (int k = 1; k < n; k++) {
            int b = byteOf(text.charAt(at + k));
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
            bytes[k] = (byte) b;
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            int cp = decoded.codePointAt(0);
            if (Character.isISOControl(cp)) {
                return 0;
            }
            into.append(decoded);
            return n;
        } catch (CharacterCodingException e) {
            return 0;
        }
    }

    /** The Windows-1252 (or, for its five holes, Latin-1) byte a character stands for; -1 for none. */
    private static int byteOf(char c) {
        if (c < 0x100) {
            return c;
        }
        return switch (c) {
            case '\u20AC' -> 0x80;
            case '\u201A' -> 0x82;
            case '\u0192' -> 0x83;
            case '\u201E' -> 0x84;
            case '\u2026' -> 0x85;
            case '\u2020' -> 0x86;
            case '\u2021' -> 0x87;
            case '\u02C6' -> 0x88;
            case '\u2030' -> 0x89;
            case '\u0160' -> 0x8A;
            case '\u2039' -> 0x8B;
            case '\u0152' -> 0x8C;
            case '\u017D' -> 0x8E;
            case '\u2018' -> 0x91;
            case '\u2019' -> 0x92;
            case '\u201C' -> 0x93;
            case '\u201D' -> 0x94;
            case '\u2022' -> 0x95;
            case '\u2013' -> 0x96;
            case '\u2014' -> 0x97;
            case '\u02DC' -> 0x98;
            case '\u2122' -> 0x99;
            case '\u0161' -> 0x9A;
            case '\u203A' -> 0x9B;
            case '\u0153' -> 0x9C;
            case '\u017E' -> 0x9E;
            case '\u0178' -> 0x9F;
            default -> -1;
        };
    }
}

package org.lector.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

import org.mozilla.universalchardet.UniversalDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes the bytes of a text file, strictly: a byte sequence that is not valid in the chosen character set is an
 * error, never a silent U+FFFD and never mojibake.
 *
 * <p>Order of checks (see {@code docs/decisions/0002-charset-detection.md}): a byte-order mark (UTF-8, UTF-16LE/BE,
 * UTF-32LE/BE) decides; else bytes that are valid UTF-8 are UTF-8; else a charset declared by the document (HTML
 * {@code <meta charset>}), if it decodes; else juniversalchardet's guess. ISO-8859-1, US-ASCII, no guess at all, or
 * a guess Java does not support all mean windows-1252, as WHATWG treats the Latin-1 label: it decodes every
 * ISO-8859-1 letter the same and also the curly quotes, dashes and euro sign in 0x80–0x9F.
 */
public final class CharsetDetector {

    private static final Logger LOG = LoggerFactory.getLogger(CharsetDetector.class);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    /** The charset name given to text that mixes UTF-8 with single windows-1252 bytes. */
    public static final String MIXED = "UTF-8+windows-1252";

    private CharsetDetector() {
    }

    /**
     * Bytes that cannot be decoded in any character set Lector tried. {@link #getMessage()} is a sentence fragment
     * that completes "FILE cannot be read as text: ...", e.g. "it starts with a UTF-8 byte-order mark but byte 5 is
     * not valid UTF-8".
     */
    public static final class UndecodableException extends Exception {
        private static final long serialVersionUID = 1L;

        UndecodableException(String detail) {
            super(detail);
        }
    }

    /** Decodes {@code bytes} with no declared charset. */
    public static DetectedText decode(byte[] bytes) throws UndecodableException {
        return decode(bytes, null);
    }

    /**
     * Decodes {@code bytes}, trusting {@code declaredCharset} (a label such as {@code iso-8859-1}; may be
     * {@code null}) only after a byte-order mark and valid UTF-8, because a page's meta tag is more often wrong
     * than valid multi-byte UTF-8 is accidental.
     */
    public static DetectedText decode(byte[] bytes, String declaredCharset) throws UndecodableException {
        Optional<Bom> bom = Bom.of(bytes);
        if (bom.isPresent()) {
            Bom b = bom.get();
            try {
                return new DetectedText(strict(b.charset, bytes, b.length), b.charset.name());
            } catch (DecodeFailure e) {
                throw new UndecodableException("it starts with a " + b.label + " byte-order mark but "
                        + e.describe(b.label));
            }
        }
        DecodeFailure utf8Failure;
        try {
            return new DetectedText(strict(StandardCharsets.UTF_8, bytes, 0), StandardCharsets.UTF_8.name());
        } catch (DecodeFailure e) {
            utf8Failure = e;
        }
        String mixed = mixedUtf8(bytes);
        if (mixed != null) {
            LOG.warn("UTF-8 mixed with single windows-1252 bytes; each part read in its own charset");
            return new DetectedText(mixed, MIXED);
        }
        Optional<Charset> declared = lookup(declaredCharset).map(CharsetDetector::whatwg);
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            try {
                return new DetectedText(strict(declared.get(), bytes, 0), declared.get().name());
            } catch (DecodeFailure e) {
                LOG.debug("declared charset {} does not decode: {}", declared.get(), e.describe(declared.get().name()));
            }
        }
        String guess = guess(bytes);
        if ("UTF-8".equalsIgnoreCase(guess)) {
            throw new UndecodableException("it looks like UTF-8 but " + utf8Failure.describe("UTF-8"));
        }
        Charset charset = lookup(guess).map(CharsetDetector::whatwg).orElse(WINDOWS_1252);
        LOG.debug("detected charset {}, decoding as {}", guess, charset);
        try {
            return new DetectedText(strict(charset, bytes, 0), charset.name());
        } catch (DecodeFailure e) {
            throw new UndecodableException("its bytes are valid in no character set Lector recognises (UTF-8 and "
                    + charset.name() + " both fail)");
        }
    }

    /** Whether {@code bytes} start with a UTF-16 or UTF-32 byte-order mark, which makes NUL bytes legitimate. */
    static boolean hasWideBom(byte[] bytes) {
        return Bom.of(bytes).filter(b -> b.charset != StandardCharsets.UTF_8).isPresent();
    }

    private static String guess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        int chunk = 64 * 1024;
        for (int off = 0; off < bytes.length && !detector.isDone(); off += chunk) {
            detector.handleData(bytes, off, Math.min(chunk, bytes.length - off));
        }
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    private static Optional<Charset> lookup(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name.trim()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            LOG.debug("unknown charset label {}", name);
            return Optional.empty();
        }
    }

    /**
     * WHATWG's mapping: the Latin-1 and ASCII labels mean windows-1252; a declared UTF-16 or UTF-32 means UTF-8.
     * A declaration read from bytes as ASCII was not written in UTF-16 (whose ASCII letters come with NUL bytes),
     * so it is a lie, and decoding by it turns Latin-1 into CJK-looking nonsense (the HTML standard's prescan
     * makes the same correction).
     */
    private static Charset whatwg(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
            return StandardCharsets.UTF_8;
        }
        return name.equals("ISO-8859-1") || name.equals("US-ASCII") ? WINDOWS_1252 : charset;
    }

    /**
     * The text of bytes that are UTF-8 with some single bytes of windows-1252 among them (a Latin-1 paragraph
     * pasted into a UTF-8 file: "Café" and "Caf\xE9" side by side), each part decoded in its own charset; or
     * {@code null} when the bytes are not that: no valid multi-byte UTF-8 sequence at all (then it is a
     * single-byte charset), or a byte that neither reading explains, or a UTF-8 sequence cut off at the end (a
     * truncated file, which stays an error).
     */
    static String mixedUtf8(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int multiByte = 0;
        int single = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int length = utf8Length(bytes, i);
            if (length > 0) {
                out.append(new String(bytes, i, length, StandardCharsets.UTF_8));
                multiByte++;
                i += length;
                continue;
            }
            if (b >= 0xC2 && b <= 0xF4 && cutOff(bytes, i)) {
                return null;
            }
            String c = new String(new byte[] {(byte) b}, WINDOWS_1252);
            if (c.charAt(0) == '\uFFFD') {
                // 0x81, 0x8D, 0x8F, 0x90, 0x9D: no character in windows-1252 either.
                return null;
            }
            out.append(c);
            single++;
            i++;
        }
        return multiByte > 0 && single > 0 ? out.toString() : null;
    }

    /** Whether the lead byte at {@code i} is followed only by continuation bytes up to the end of the file. */
    private static boolean cutOff(byte[] bytes, int i) {
        for (int k = i + 1; k < bytes.length; k++) {
            if ((bytes[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return bytes.length - i < 4;
    }

    /** The length of the valid UTF-8 sequence at {@code i} (2 to 4), or 0. */
    private static int utf8Length(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int n = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
        if (n == 0 || i + n > bytes.length) {
            return 0;
        }
        for (int k = 1; k < n; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        int second = bytes[i + 1] & 0xFF;
        // Overlong forms and surrogates are not UTF-8 (as Java's strict decoder says).
        if (b == 0xE0 && second < 0xA0 || b == 0xED && second > 0x9F || b == 0xF0 && second < 0x90
                || b == 0xF4 && second > 0x8F) {
            return 0;
        }
        return n;
    }

    private static String strict(Charset charset, byte[] bytes, int offset) throws DecodeFailure {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16));
        // First without end-of-input, so a sequence cut off at the end (an odd UTF-16 byte) is told apart from
        // a bad one in the middle.
        CoderResult result = decoder.decode(in, out, false);
        if (result.isError()) {
            throw new DecodeFailure(in.position(), false);
        }
        result = decoder.decode(in, out, true);
        if (result.isError() || in.hasRemaining()) {
            throw new DecodeFailure(in.position(), true);
        }
        result = decoder.flush(out);
        if (!result.isUnderflow()) {
            throw new DecodeFailure(in.position(), true);
        }
        return out.flip().toString();
    }

    /** Where strict decoding stopped. */
    private static final class DecodeFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final int byteOffset;
        private final boolean truncated;

        DecodeFailure(int byteOffset, boolean truncated) {
            super(null, null, false, false);
            this.byteOffset = byteOffset;
            this.truncated = truncated;
        }

        String describe(String charset) {
            return truncated
                    ? "it ends in the middle of a " + charset + " character"
                    : "the bytes at position " + byteOffset + " are not valid " + charset;
        }
    }

    private enum Bom {
        UTF32LE(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, UTF_32LE, "UTF-32"),
        UTF32BE(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, UTF_32BE, "UTF-32"),
        UTF8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8, "UTF-8"),
        UTF16LE(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE, "UTF-16"),
        UTF16BE(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE, "UTF-16");

        final byte[] mark;
        final int length;
        final Charset charset;
        final String label;

        Bom(byte[] mark, Charset charset, String label) {
            this.mark = mark;
            this.length = mark.length;
            this.charset = charset;
            this.label = label;
        }

        // UTF-32LE is checked before UTF-16LE: its mark starts with the UTF-16LE mark.
        static Optional<Bom> of(byte[] bytes) {
            outer:
            for (Bom bom : values()) {
                if (bytes.length < bom.length) {
                    continue;
                }
                for (int i = 0; i < bom.length; i++) {
                    if (bytes[i] != bom.mark[i]) {
                        continue outer;
                    }
                }
                return Optional.of(bom);
            }
            return Optional.empty();
        }
    }
}

package org.lector.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lector.model.DisplayNames;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;

/** What the readers share: sniffing binaries, strict decoding with user-facing errors, titles, dates, digests. */
final class Ingest {

    /** How much of a file the binary sniff looks at. */
    static final int SNIFF_BYTES = 8 * 1024;

    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T\\s])");

    private Ingest() {
    }

    /**
     * The file name in the quotation marks every message uses, its control characters escaped: a name is data,
     * and a message must never clear a terminal or retitle a window (see {@link DisplayNames}).
     */
    static String quoted(String fileName) {
        return "\u201C" + DisplayNames.escape(fileName) + "\u201D";
    }

    /** Refuses binary content, then decodes strictly; errors become one-sentence {@link IngestException}s. */
    static DetectedText decode(byte[] bytes, String fileName, String declaredCharset) throws IngestException {
        String binary = binaryKind(bytes);
        if (binary != null) {
            throw new IngestException(IngestException.Reason.BINARY, fileName,
                    quoted(fileName) + " is not a text file: it looks like " + binary + ".");
        }
        try {
            return CharsetDetector.decode(bytes, declaredCharset);
        } catch (CharsetDetector.UndecodableException e) {
            throw new IngestException(IngestException.Reason.INVALID_ENCODING, fileName,
                    quoted(fileName) + " cannot be read as text: " + e.getMessage() + ".", e);
        }
    }

    static IngestException empty(String fileName, String what) {
        return new IngestException(IngestException.Reason.EMPTY, fileName, quoted(fileName) + " " + what + ".");
    }

    /**
     * What kind of binary {@code bytes} look like, or {@code null} for text. Known signatures first, for a
     * friendlier message; then NUL bytes or many control bytes in the first {@link #SNIFF_BYTES}. UTF-16 and
     * UTF-32 with a byte-order mark are text even though they are full of NULs.
     */
    static String binaryKind(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return "a PDF document";
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return "a zip archive (such as a Word, EPUB or OpenDocument file)";
        }
        if (startsWith(bytes, 0x7F, 'E', 'L', 'F') || startsWith(bytes, 'M', 'Z')) {
            return "a program";
        }
        if (startsWith(bytes, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        if (CharsetDetector.hasWideBom(bytes)) {
            return null;
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return "binary data";
            }
            // Tab, LF, VT, FF, CR and ESC turn up in real text files; other C0 bytes and DEL rarely do.
            if ((b < 0x20 && b != '\t' && b != '\n' && b != 0x0B && b != '\f' && b != '\r' && b != 0x1B) || b == 0x7F) {
                controls++;
            }
        }
        // A stray control byte or two is damage the normalizer removes; more than 1 in 20 is not text.
        return controls > 0 && controls * 20 > n ? "binary data" : null;
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** A document with its digest computed; {@code text} must already be normalized. */
    static Document document(String title, String text, String source, DocumentFormat format, String charset,
                             LocalDate date) {
        return new Document(title, text, source, format, charset, sha256(text), date);
    }

    /** Hex SHA-256 of the UTF-8 bytes of {@code text}. */
    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * A title made from a file name: extension dropped, dashes and underscores as spaces, first letter capitalized
     * ("paris-summit.txt" gives "Paris summit").
     */
    static String titleFromFileName(String fileName) {
        String base = DisplayNames.escape(fileName);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("[-_\\s]+", " ").trim();
        if (base.isEmpty()) {
            return "Untitled";
        }
        int first = base.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(base.substring(Character.charCount(first))).toString();
    }

    /** A title cleaned for display: normalized, whitespace collapsed; {@code null} when blank. */
    static String cleanTitle(String raw) {
        if (raw == null) {
            return null;
        }
        String t = TextNormalizer.normalize(raw).replaceAll("\\s+", " ").trim();
        return t.isEmpty() ? null : t;
    }

    /**
     * The calendar date an ISO 8601 date or date-time starts with ("2017-07-18", "2017-07-18T23:30:00-05:00"), as
     * written, in the article's own time zone; {@code null} for anything else.
     */
    static LocalDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value.trim());
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Lower-case extension of a file name without the dot, or "" when it has none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

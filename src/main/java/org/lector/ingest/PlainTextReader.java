package org.lector.ingest;

import org.lector.model.Document;
import org.lector.model.DocumentFormat;

/**
 * Reads a plain-text article in any common character set (see {@link CharsetDetector}).
 *
 * <p>The title is the first non-blank line when it looks like a headline: at most {@value #MAX_HEADLINE}
 * characters, not ending in {@code . , ; :}, and followed by more text. Otherwise it is made from the file name
 * ("paris-summit.txt" gives "Paris summit"). Plain text carries no date, so {@code date} is {@code null}.
 */
public final class PlainTextReader {

    /** The longest first line still taken for a headline. */
    public static final int MAX_HEADLINE = 150;

    /**
     * @param bytes    the file's bytes
     * @param source   the path or URL as given, stored as {@link Document#source()}
     * @param fileName the file's name, for the title fallback and messages
     */
    public Document read(byte[] bytes, String source, String fileName) throws IngestException {
        DetectedText decoded = Ingest.decode(bytes, fileName, null);
        String text = TextNormalizer.normalize(decoded.text());
        if (text.isBlank()) {
            throw Ingest.empty(fileName, "contains only blank space, no text");
        }
        String title = headline(text);
        if (title == null) {
            title = Ingest.titleFromFileName(fileName);
        }
        return Ingest.document(title, text, source, DocumentFormat.TEXT, decoded.charset(), null);
    }

    /** The first non-blank line of {@code text} if it looks like a headline, else {@code null}. */
    static String headline(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                boolean moreFollows = !text.substring(end).isBlank();
                char last = line.charAt(line.length() - 1);
                boolean sentenceLike = last == '.' || last == ',' || last == ';' || last == ':';
                return line.length() <= MAX_HEADLINE && !sentenceLike && moreFollows
                        ? line.replaceAll("\\s+", " ") : null;
            }
            start = end + 1;
        }
        return null;
    }
}

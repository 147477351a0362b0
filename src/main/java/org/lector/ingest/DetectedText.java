package org.lector.ingest;

import java.util.Objects;

/**
 * Bytes decoded to text, before normalization.
 *
 * @param text    the decoded text, without the byte-order mark if there was one
 * @param charset the name of the character set used (Java's canonical name, e.g. {@code UTF-8}, {@code windows-1252})
 */
public record DetectedText(String text, String charset) {

    public DetectedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}

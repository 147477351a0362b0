package org.lector.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as Lector reads it: its normalized text (NFC, {@code \n} line ends, no BOM), which every offset in
 * every annotation refers to, and what the reader learned about the file.
 *
 * @param title   the article's title, never blank (the file name when the article has none)
 * @param text    the normalized text shown in the reader
 * @param source  where it was read from (a path as given, or a URL)
 * @param format  the format it was read from
 * @param charset the character set its bytes were decoded with
 * @param sha256  hex SHA-256 of {@code text} encoded as UTF-8
 * @param date    the date the file's metadata gives the article; may be {@code null}. The article's date as
 *                Lector shows and exports it is {@code org.lector.reading.Reading#articleDate}, which falls back on
 *                the dateline
 * @param metadata what else the file says about the article (author, site, dates, language); never null
 */
public record Document(
        String title, String text, String source, DocumentFormat format, String charset, String sha256,
        LocalDate date, DocumentMetadata metadata) {

    /** A document whose file says nothing beyond its title and date. */
    public Document(String title, String text, String source, DocumentFormat format, String charset, String sha256,
            LocalDate date) {
        this(title, text, source, format, charset, sha256, date, DocumentMetadata.NONE);
    }

    public Document {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** Number of UTF-16 code units of the text; the bound of every span. */
    public int length() {
        return text.length();
    }
}

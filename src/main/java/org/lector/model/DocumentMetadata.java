package org.lector.model;

import java.util.Optional;

/**
 * What a file says about the article besides its text and title: who wrote it, where it was published, and when.
 * Each field is {@code null} when the file does not say; none is ever guessed.
 *
 * @param author       the byline or the document's author ("Jane Holt", "Jane Holt and Sam Ruiz")
 * @param siteName     the publication or site ("The Guardian"); for a book or report, its publisher
 * @param canonicalUrl the article's canonical address, when the file names one
 * @param published    when it was first published: an ISO 8601 date or date-time as the file gives it
 *                     ({@code 2016-10-12} or {@code 2016-10-12T08:30:00Z})
 * @param modified     when it was last changed, in the same form
 * @param language     the language tag the file declares ({@code en}, {@code en-GB})
 */
public record DocumentMetadata(
        String author, String siteName, String canonicalUrl, String published, String modified, String language) {

    /** A file that says nothing beyond its text and title. */
    public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null, null, null, null);

    public DocumentMetadata {
        author = blankToNull(author);
        siteName = blankToNull(siteName);
        canonicalUrl = blankToNull(canonicalUrl);
        published = blankToNull(published);
        modified = blankToNull(modified);
        language = blankToNull(language);
    }

    public Optional<String> authorName() {
        return Optional.ofNullable(author);
    }

    /** Whether no field is known. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

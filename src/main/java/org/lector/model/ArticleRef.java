package org.lector.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An article of the library as the views across articles cite it: the document, the version they read, and what
 * a reader recognises it by.
 *
 * @param documentId the document in the library
 * @param versionId  the version read (the latest when the views were built)
 * @param title      its title
 * @param source     the path or URL it was read from
 * @param date       the article's own date, or {@code null} when it has none
 * @param filed      the day the version was filed in the library, for "last seen" when the article has no date
 */
public record ArticleRef(long documentId, long versionId, String title, String source, LocalDate date,
        LocalDate filed) {

    public ArticleRef {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(filed, "filed");
    }

    /** The article's date, else the day it was filed: when the library last saw what it says. */
    public LocalDate seen() {
        return date != null ? date : filed;
    }

    public Optional<LocalDate> articleDate() {
        return Optional.ofNullable(date);
    }
}

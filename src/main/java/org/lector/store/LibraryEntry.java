package org.lector.store;

import java.time.LocalDate;

import org.lector.model.DocumentMetadata;

/**
 * One row of the library pane: the latest version of a document with its counts. Counts are those of the latest
 * cached analysis of that version plus the user's additions minus what the user superseded.
 *
 * @param date     the article's own date, or null when it has none
 * @param metadata what the file said about the article (author, site, ...); never null
 */
public record LibraryEntry(
        long documentId, long versionId, String title, String source, LocalDate date, int versions, int entities,
        int quotes, int facts, int notes, int orphans, DocumentMetadata metadata) {
}

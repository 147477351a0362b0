package org.lector.store;

import java.time.Instant;

/**
 * One version of a document.
 *
 * @param number   its place among the document's versions, from 1
 * @param imported when it was filed
 * @param length   its text's length in UTF-16 code units
 */
public record VersionEntry(long documentId, long versionId, int number, String title, String sha256,
        Instant imported, int length) {
}

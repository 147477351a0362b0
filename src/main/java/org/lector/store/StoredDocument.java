package org.lector.store;

import org.lector.model.Document;

/** A document version as stored: its ids and the document itself. */
public record StoredDocument(long documentId, long versionId, Document document) {
}

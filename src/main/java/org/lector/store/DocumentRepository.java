package org.lector.store;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.lector.model.Document;
import org.lector.model.PageSnapshot;

/** Documents and their versions; reads are synchronous (call them off the FX thread), writes return futures. */
public interface DocumentRepository {

    /**
     * Adds {@code document}: a new source becomes a new document; a known source with a new sha256 becomes a new
     * version, and the user's annotations move to it by their quote selectors; a known sha256 changes nothing.
     */
    CompletableFuture<DocumentVersionRef> importDocument(Document document);

    /**
     * As {@link #importDocument(Document)}, and keeps {@code page}, the web page the document was read from, with
     * its version (a version already holding a page keeps the first one).
     */
    CompletableFuture<DocumentVersionRef> importDocument(Document document, PageSnapshot page);

    /** The web page a version was read from, when it came from the web. */
    Optional<PageSnapshot> snapshot(long versionId);

    /** The latest version of the document imported from {@code source}. */
    Optional<StoredDocument> findBySource(String source);

    /** A version by id. */
    Optional<StoredDocument> version(long versionId);

    /** Every document, latest version first by import time. */
    List<LibraryEntry> list();

    /** Deletes a document, its versions, cached analyses, annotations and notes. Ask the user first. */
    CompletableFuture<Void> delete(long documentId);

    /**
     * Full-text search over article texts and notes. {@code query} is plain words (all must occur; a trailing
     * {@code *} matches a prefix), not FTS5 syntax, so any user input is safe.
     */
    List<SearchHit> search(String query, int limit);
}

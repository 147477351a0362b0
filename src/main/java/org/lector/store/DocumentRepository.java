package org.lector.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.lector.model.Document;
import org.lector.model.PageSnapshot;
import org.lector.model.Repair;

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

    /**
     * As {@link #importDocument(Document)}; with {@code matchSimilarText}, a new source whose text is mostly the same
     * as a document's (the same article saved again elsewhere, or edited by its publisher) becomes a new version of
     * that document, and the source is remembered as one of its sources. Without it, a new source is always a new
     * document (for benchmarks that file one text under many names).
     */
    CompletableFuture<DocumentVersionRef> importDocument(Document document, boolean matchSimilarText);

    /** The versions of a document, oldest first. */
    List<VersionEntry> versions(long documentId);

    /** The latest version of the document imported from {@code source} (or once opened from it). */
    Optional<StoredDocument> findBySource(String source);

    /** A version by id. */
    Optional<StoredDocument> version(long versionId);

    /** Every document, latest version first by import time. */
    List<LibraryEntry> list();

    /**
     * The date a version is read with: the one the reader gave its document ({@link #setReaderDate}), else the
     * version's own; empty when neither is known.
     */
    Optional<LocalDate> articleDate(long versionId);

    /** The date the reader gave the document (every version of it), if any: see {@link #setReaderDate}. */
    Optional<LocalDate> readerDate(long documentId);

    /**
     * Gives the document the date the reader chose for it, or takes it away ({@code null}): the date its versions
     * are read with from then on, in place of their own (an article without one, or with a wrong one). Its cached
     * analyses are dropped, so the next reading analyses it again and resolves relative dates against the new date;
     * the reader's own records are kept.
     */
    CompletableFuture<Void> setReaderDate(long documentId, LocalDate date);

    /** Deletes a document, its versions, cached analyses, annotations and notes. Ask the user first. */
    CompletableFuture<Void> delete(long documentId);

    /**
     * Full-text search over article texts and notes. {@code query} is plain words (all must occur; a trailing
     * {@code *} matches a prefix), not FTS5 syntax, so any user input is safe.
     */
    List<SearchHit> search(String query, int limit);

    /**
     * Accepts {@code repairs} (suggestions on the text of {@code versionId}, which must be its document's latest
     * version, none overlapping) as a new version of the document: the old version stays, the reader's annotations
     * move to the new one (re-anchored one repair at a time, so every passage the repairs did not touch keeps its
     * place exactly), and the new version remembers what it was made from, for {@link #revert} and
     * {@link #repairedVersionOf}. A title that is the text's first line is repaired with it.
     *
     * @throws IllegalStateException (as the future's failure) when the document has a newer version
     */
    CompletableFuture<DocumentVersionRef> revise(long versionId, List<Repair> repairs);

    /**
     * Takes back a version made by {@link #revise}: the reader's annotations move back to the version it was made
     * from, which is the latest again, and the revision is deleted. The ref names that version.
     *
     * @throws IllegalStateException (as the future's failure) when the document has a newer version
     */
    CompletableFuture<DocumentVersionRef> revert(long revisionId);

    /**
     * The version to show for {@code versionId}: when the reader accepted repairs to it (one or more versions made by
     * {@link #revise}, the latest of the document), the latest of them; empty when the version is shown as it is.
     * A file opened again has its original text; this is the text the reader made of it.
     */
    Optional<StoredDocument> repairedVersionOf(long versionId);

    /**
     * Keeps {@code repair}, a suggestion on the text of {@code versionId}, as dismissed for its document, by its
     * quote selector: it stays dismissed in later versions wherever the passage still is.
     *
     * @return the dismissal's id, for {@link #undismissRepair}
     */
    CompletableFuture<Long> dismissRepair(long versionId, Repair repair);

    /** Takes back a dismissal: the suggestion shows again. */
    CompletableFuture<Void> undismissRepair(long dismissalId);

    /** Those of {@code found} (suggestions on the text of {@code versionId}) that the reader dismissed. */
    List<Repair> dismissed(long versionId, List<Repair> found);
}

package org.lector.store;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.lector.model.ArticleFact;
import org.lector.model.ArticleQuote;
import org.lector.model.ArticleRef;
import org.lector.model.IdentityEdit;
import org.lector.model.NamedEntity;

/**
 * What each document's latest version contributes to the views across the library (its named persons and
 * organisations, its quotes, its facts, as the reader sees them), kept as narrow rows so the People and claims
 * views open without parsing every analysis; and the reader's merges and splits of identities.
 *
 * <p>The rows are derived: whoever lays the reader's records over an analysis builds them ({@link #put}), stamped
 * with what they were built from; {@link #stale} lists the documents whose stamp no longer matches (a new version, a
 * new analysis, an edit, a dictionary change). Reads are synchronous (call them off the FX thread); writes return
 * futures that fail with {@link StoreException}.
 */
public interface LibraryIndex {

    /**
     * A document whose rows must be built (again).
     *
     * @param versionId its latest version, which the rows are built from
     * @param pipeline  the cached analysis to build them from: the preferred engine's, else the latest
     * @param stamp     what to stamp them with
     */
    record Stale(long documentId, long versionId, String pipeline, String stamp) {
    }

    /**
     * The documents with a cached analysis whose rows are missing or out of date.
     *
     * @param preferredPipeline the engine version whose analysis is used when a version has several
     */
    List<Stale> stale(String preferredPipeline);

    /** As {@link #stale(String)} for one document: empty when its rows are up to date or it has no analysis. */
    java.util.Optional<Stale> stale(String preferredPipeline, long documentId);

    /** Replaces the rows of {@code which.documentId()}. */
    CompletableFuture<Void> put(Stale which, List<NamedEntity> entities, List<ArticleQuote> quotes,
            List<ArticleFact> facts);

    /** The indexed articles: each document at the version its rows were built from. */
    List<ArticleRef> articles();

    /** Every indexed person and organisation. */
    List<NamedEntity> entities();

    /** Every indexed quote. */
    List<ArticleQuote> quotes();

    /** Every indexed fact. */
    List<ArticleFact> facts();

    /** The reader's merges and splits, in the order they were made. */
    List<IdentityEdit> identityEdits();

    /** Records a merge or split; see {@link IdentityEdit}. */
    CompletableFuture<IdentityEdit> addIdentityEdit(IdentityEdit.Kind kind, String identity, String into,
            Long documentId);

    /** Deletes an identity edit: its undo. Completes with whether there was one. */
    CompletableFuture<Boolean> withdrawIdentityEdit(long id);
}

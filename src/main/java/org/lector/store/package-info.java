/**
 * The library file: the only package that touches JDBC. It loads and saves rows; what the reader sees is worked out
 * from them by {@code org.lector.overlay}, and the reading of an article from the library by
 * {@code org.lector.reading}.
 *
 * <p>{@link org.lector.store.Library} opens one SQLite file (WAL, foreign keys on, {@code PRAGMA user_version}
 * migrations) and hands out one small repository per aggregate: {@link org.lector.store.DocumentRepository},
 * {@link org.lector.store.AnalysisCache}, {@link org.lector.store.AnnotationRepository},
 * {@link org.lector.store.Settings} and {@link org.lector.store.Dictionary}. Every write is its own transaction on
 * one writer thread and returns a {@link java.util.concurrent.CompletableFuture}, so the FX thread never waits on
 * SQLite; reads are synchronous and meant for background threads. {@link org.lector.model.Reanchor} moves user
 * annotations to a new version of a document by their quote selectors. Failures surface as
 * {@link org.lector.store.StoreException} with a one-sentence message for the user.
 */
package org.lector.store;

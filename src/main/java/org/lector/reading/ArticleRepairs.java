package org.lector.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.lector.ingest.RepairFinder;
import org.lector.model.Document;
import org.lector.model.Repair;
import org.lector.store.DocumentVersionRef;
import org.lector.store.Library;
import org.lector.store.StoreException;
import org.lector.store.StoredDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The repair suggestions of an article and what the reader does with them, where a library keeps it: the
 * suggestions ({@link RepairFinder}) less those dismissed before, an accepted repair as a new version of the
 * article ({@link org.lector.store.DocumentRepository#revise}), its undo, and dismissals. The window uses it without
 * knowing the library. Every method reads or writes the library on the calling thread: call them in the background.
 */
public final class ArticleRepairs {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleRepairs.class);

    /**
     * The suggestions for a document.
     *
     * @param versionId the library's version with this text, or -1 when none is open or it does not hold it
     */
    public record Found(Document document, long versionId, List<Repair> suggestions) {

        public Found {
            suggestions = List.copyOf(suggestions);
        }

        /** Whether the library holds this text, so repairs can be accepted and dismissed. */
        public boolean filed() {
            return versionId >= 0;
        }
    }

    /**
     * A version of the article, as the library keeps it.
     *
     * @param orphaned how many of the reader's annotations lost their place on the way (kept as orphans)
     */
    public record Version(long versionId, Document document, int orphaned) {
    }

    private final Supplier<Library> library;

    /** @param library the library open now, or null; asked at every call */
    public ArticleRepairs(Supplier<Library> library) {
        this.library = Objects.requireNonNull(library);
    }

    /** Whether a library is open. */
    public boolean hasLibrary() {
        return library.get() != null;
    }

    /**
     * The suggestions for {@code document}, in text order, less those the reader dismissed when the library holds
     * this text; a library that fails is logged and its dismissals are not applied.
     */
    public Found find(Document document) {
        List<Repair> all = RepairFinder.find(document.text());
        Library lib = library.get();
        if (lib == null) {
            return new Found(document, -1, all);
        }
        try {
            Optional<StoredDocument> stored = lib.documents().findBySource(document.source())
                    .filter(s -> s.document().text().equals(document.text()));
            if (stored.isEmpty()) {
                return new Found(document, -1, all);
            }
            long version = stored.get().versionId();
            List<Repair> left = new ArrayList<>(all);
            left.removeAll(lib.documents().dismissed(version, all));
            return new Found(document, version, left);
        } catch (StoreException e) {
            LOG.warn("dismissed suggestions of {} not read: {}", document.source(), e.getMessage());
            return new Found(document, -1, all);
        }
    }

    /** Accepts {@code repairs} of version {@code versionId}: the new version, with the reader's records moved to it. */
    public Version accept(long versionId, List<Repair> repairs) {
        Library lib = open();
        DocumentVersionRef ref = join(lib.documents().revise(versionId, repairs));
        return new Version(ref.versionId(), lib.documents().version(ref.versionId()).orElseThrow().document(),
                ref.reanchor().orphaned());
    }

    /** Takes back the version {@code revisionId} made by {@link #accept}: the version it was made from. */
    public Version undo(long revisionId) {
        Library lib = open();
        DocumentVersionRef ref = join(lib.documents().revert(revisionId));
        return new Version(ref.versionId(), lib.documents().version(ref.versionId()).orElseThrow().document(),
                ref.reanchor().orphaned());
    }

    /** Keeps {@code repair} as dismissed; the dismissal's id, for {@link #undismiss}. */
    public long dismiss(long versionId, Repair repair) {
        return join(open().documents().dismissRepair(versionId, repair));
    }

    public void undismiss(long dismissalId) {
        join(open().documents().undismissRepair(dismissalId));
    }

    /**
     * The sentence for the reader when {@code failure} is one the reader can act on (the library's fault, or an
     * article that changed meanwhile), else empty.
     */
    public static Optional<String> problem(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && !(t instanceof StoreException) && !(t instanceof IllegalStateException)) {
            t = t.getCause();
        }
        return t instanceof StoreException || t instanceof IllegalStateException ? Optional.of(t.getMessage())
                : Optional.empty();
    }

    private Library open() {
        Library lib = library.get();
        if (lib == null) {
            throw new IllegalStateException("No library is open.");
        }
        return lib;
    }

    private static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}

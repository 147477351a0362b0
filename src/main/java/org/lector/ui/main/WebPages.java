package org.lector.ui.main;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.lector.ingest.IngestException;
import org.lector.ingest.ProgressListener;
import org.lector.ingest.WebPageLoader;
import org.lector.model.Document;
import org.lector.model.PageSnapshot;
import org.lector.store.Library;
import org.lector.store.StoreException;
import org.lector.store.StoredDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Web pages as the window opens them: fetched, and the page as fetched kept in the library with the article read
 * from it (a changed page reads as a changed text, which the library files as a new version). When the page cannot
 * be fetched (offline, the site down, the page gone) and the library holds a copy, that copy is read instead and the
 * reader is told why. Call {@link #open} on a background thread.
 */
final class WebPages {

    private static final Logger LOG = LoggerFactory.getLogger(WebPages.class);

    /**
     * A page to show.
     *
     * @param document the article read from it
     * @param page     the page it was read from
     * @param notice   one or two sentences for the reader when this is the library's copy rather than the page as it
     *                 is now, else null
     */
    record Opened(Document document, PageSnapshot page, String notice) {
    }

    private final WebPageLoader loader;
    private final Supplier<Library> library;

    /** @param library the library open now, or null; asked at every page */
    WebPages(WebPageLoader loader, Supplier<Library> library) {
        this.loader = Objects.requireNonNull(loader);
        this.library = Objects.requireNonNull(library);
    }

    /**
     * Fetches and reads the page at {@code url}, and files it in the library with the page as fetched.
     *
     * @throws IngestException one sentence on why the page cannot be shown, when there is no copy to show instead
     */
    Opened open(String url, ProgressListener progress) throws IngestException {
        WebPageLoader.Fetched fetched;
        try {
            fetched = loader.load(url, progress);
        } catch (IngestException e) {
            if (e.reason() != IngestException.Reason.NETWORK) {
                throw e;
            }
            Opened copy = savedCopy(url, e);
            if (copy == null) {
                throw e;
            }
            keep(copy.document(), copy.page());
            return copy;
        }
        keep(fetched.document(), fetched.page());
        return new Opened(fetched.document(), fetched.page(), null);
    }

    /**
     * Files {@code document} in the library open now with the page it was read from. The write is queued before the
     * lookup that files the document for its analysis, which then finds this version (the library writes in order).
     */
    void keep(Document document, PageSnapshot page) {
        Library lib = library.get();
        if (lib == null || page == null) {
            return;
        }
        try {
            lib.documents().importDocument(document, page).exceptionally(e -> {
                LOG.warn("the page of {} was not kept in the library: {}", document.source(), e.getMessage());
                return null;
            });
        } catch (StoreException e) {
            LOG.warn("the page of {} was not kept in the library: {}", document.source(), e.getMessage());
        }
    }

    /** The library's latest copy of the page at {@code url}, read again from the page as it was fetched; or null. */
    private Opened savedCopy(String url, IngestException failure) {
        Library lib = library.get();
        if (lib == null) {
            return null;
        }
        try {
            Optional<StoredDocument> stored = lib.documents().findBySource(url);
            if (stored.isEmpty()) {
                return null;
            }
            Optional<PageSnapshot> page = lib.documents().snapshot(stored.get().versionId());
            if (page.isEmpty()) {
                return new Opened(stored.get().document(), null,
                        failure.getMessage() + " Showing the text kept in your library.");
            }
            Document read = loader.read(page.get(), url);
            String day = page.get().fetched().atZone(ZoneId.systemDefault()).toLocalDate().toString();
            LOG.info("{} not fetched; showing the copy of {}", url, day);
            return new Opened(read, page.get(),
                    failure.getMessage() + " Showing the copy kept in your library, fetched on " + day + ".");
        } catch (StoreException | IngestException e) {
            LOG.warn("the library's copy of {} could not be read: {}", url, e.getMessage());
            return null;
        }
    }
}

package org.lector.reading;

import java.util.Objects;
import org.lector.model.Analysis;
import org.lector.overlay.Overlay;
import org.lector.store.Library;
import org.lector.store.StoreException;

/**
 * Where an article is kept in a library: the version of the document whose text is shown, which the reader's
 * records belong to.
 */
public record LibraryPlace(Library library, long documentId, long versionId) {

    public LibraryPlace {
        Objects.requireNonNull(library, "library");
    }

    /**
     * What the reader sees of this article now: {@code auto} (the engine's analysis with the dictionary laid over
     * it, {@link Article#auto()}) with the reader's records as the library has them at this moment. Reads the
     * library: call it on a background thread.
     *
     * @throws StoreException when the library cannot be read
     */
    public Analysis seen(Analysis auto) {
        return Overlay.apply(auto, library.annotations().records(versionId));
    }
}

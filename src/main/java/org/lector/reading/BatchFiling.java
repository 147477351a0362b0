package org.lector.reading;

import java.util.Optional;
import java.util.function.Function;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.store.DocumentVersionRef;
import org.lector.store.Library;

/**
 * Filing articles in a library one after another, as {@code analyze --db LIB DIR} and the library benchmark do:
 * each is imported (a new document, or a new version of one), analysed unless the library has this engine's
 * analysis of that version, and its rows for the views across the library are built at once, so the People view
 * has nothing left to catch up on. Runs on the calling thread.
 */
public final class BatchFiling {

    /**
     * One article filed.
     *
     * @param ref       where it landed
     * @param seen      its analysis as the reader sees it (the dictionary and the reader's records laid over it)
     * @param engineRan whether the engine analysed it now, rather than the library's cache or the caller
     */
    public record Filed(DocumentVersionRef ref, Analysis seen, boolean engineRan) {
    }

    private final Library library;
    private final Function<Document, Analysis> engine;
    private final String pipeline;
    private final LibraryViews views;

    /**
     * @param engine   analyses a document on the calling thread
     * @param pipeline the engine's version, which its analyses are cached under
     */
    public BatchFiling(Library library, Function<Document, Analysis> engine, String pipeline) {
        this.library = library;
        this.engine = engine;
        this.pipeline = pipeline;
        this.views = new LibraryViews(library, pipeline);
    }

    /** Files {@code document}; a new source whose text is mostly another document's is a version of it. */
    public Filed file(Document document) {
        return file(document, true, null);
    }

    /**
     * Files {@code document}.
     *
     * @param matchSimilarText whether a new source whose text is mostly another document's is a version of it
     * @param engineOutput     the engine's analysis of this very text when the caller has it, else null
     */
    public Filed file(Document document, boolean matchSimilarText, Analysis engineOutput) {
        DocumentVersionRef ref = library.documents().importDocument(document, matchSimilarText).join();
        long version = ref.versionId();
        Optional<Analysis> cached = library.analysisCache().cached(version, pipeline);
        Analysis auto;
        boolean ran = false;
        if (cached.isPresent()) {
            auto = cached.get();
        } else {
            ran = engineOutput == null;
            auto = ran ? engine.apply(document) : engineOutput;
            library.analysisCache().put(version, pipeline, auto).join();
        }
        Analysis seen = Reading.laidOver(document, new LibraryPlace(library, ref.documentId(), version), auto,
                !ran).analysis();
        views.indexed(ref.documentId(), document.text(), seen).join();
        return new Filed(ref, seen, ran);
    }
}

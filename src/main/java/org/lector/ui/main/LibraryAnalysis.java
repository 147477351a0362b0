package org.lector.ui.main;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.OrphanAnnotation;
import org.lector.model.UserRecords;
import org.lector.nlp.CancellationToken;
import org.lector.overlay.DictionaryOverlay;
import org.lector.overlay.Overlay;
import org.lector.store.DocumentVersionRef;
import org.lector.store.Library;
import org.lector.store.StoreException;
import org.lector.ui.common.AnalysisService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysis as the window shows it: every article read goes into the open library; its analysis comes from the
 * library's cache when this version was analysed before by this engine, else from the engine (and is then
 * cached); the reader's dictionary and then the reader's edits are applied either way. Without a library it is the engine alone. Runs on a
 * background thread.
 */
final class LibraryAnalysis {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryAnalysis.class);

    /**
     * A finished analysis.
     *
     * @param analysis    what to show: the engine's with the reader's edits applied
     * @param fromLibrary whether it came from the library's cache without running the engine
     * @param library     the library it is kept in, or null
     * @param versionId   the document version in that library (meaningless without one)
     * @param auto        the engine's analysis with the reader's dictionary laid over it, which edits are applied
     *                    to again after each edit
     * @param orphans     the reader's annotations that lost their place when the file's text changed
     */
    record Result(Analysis analysis, boolean fromLibrary, Library library, long versionId, Analysis auto,
            List<OrphanAnnotation> orphans) {
    }

    private final AnalysisService engine;
    private final Supplier<Library> library;

    LibraryAnalysis(AnalysisService engine, Supplier<Library> library) {
        this.engine = engine;
        this.library = library;
    }

    /**
     * Where an article stands in the library, found without the engine.
     *
     * @param library   the library it is kept in, or null when none is open or it could not be used
     * @param versionId the document version in that library (meaningless without one)
     * @param orphans   the reader's annotations that lost their place when the file's text changed
     * @param cached    the analysis to show when this version was analysed before by this engine, else null
     */
    record Lookup(Library library, long versionId, List<OrphanAnnotation> orphans, Result cached) {
    }

    /**
     * Finds {@code document} in the library (adding it, or a new version of it, when it is not there) and its cached
     * analysis with the reader's edits applied; quick, and needs no language models. Runs on the calling
     * (background) thread.
     */
    Lookup lookUp(Document document) {
        Library lib = library.get();
        if (lib == null) {
            return new Lookup(null, -1, List.of(), null);
        }
        try {
            long t0 = System.nanoTime();
            DocumentVersionRef ref = lib.documents().importDocument(document).get();
            long versionId = ref.versionId();
            long t1 = System.nanoTime();
            List<OrphanAnnotation> orphans = lib.annotations().orphans(ref.documentId());
            long t2 = System.nanoTime();
            Optional<Analysis> cached = lib.analysisCache().cached(versionId, engine.version());
            long t3 = System.nanoTime();
            Result result = null;
            long t4 = t3;
            if (cached.isPresent()) {
                UserRecords records = lib.annotations().records(versionId);
                Analysis auto = DictionaryOverlay.apply(document.text(), cached.get(), lib.dictionary().list(),
                        records);
                t4 = System.nanoTime();
                result = new Result(Overlay.apply(auto, records), true, lib, versionId, auto, orphans);
            }
            long t5 = System.nanoTime();
            LOG.debug("looked up {}: import {} ms, orphans {} ms, cache {} ms, dictionary {} ms, edits {} ms",
                    document.source(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                    (t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000);
            return new Lookup(lib, versionId, orphans, result);
        } catch (StoreException | ExecutionException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // The article is still worth reading: analyse it without the library and say why in the log.
            LOG.warn("library not used for {}: {}", document.source(), e.getMessage());
            return new Lookup(null, -1, List.of(), null);
        }
    }

    /**
     * Runs the engine on {@code document} on the calling (background) thread, caches its analysis where
     * {@code lookup} found the article, and applies the reader's edits. Names go to {@code onNames} as soon as
     * they are ready; a long text is analysed part by part instead, the part at {@code visibleOffset} first, each
     * part handed to {@code onPart} as it is done.
     */
    Result analyze(Document document, Lookup lookup, CancellationToken cancel, Consumer<Analysis> onNames,
            IntSupplier visibleOffset, ProgressiveAnalysis.Listener onPart) throws Exception {
        cancel.throwIfCancelled();
        Analysis auto = document.length() > ProgressiveAnalysis.LONG_TEXT
                ? ProgressiveAnalysis.run(engine, document, cancel, visibleOffset, onPart,
                        Math.min(2, Runtime.getRuntime().availableProcessors()))
                : engine.analyze(document, cancel, onNames);
        Library lib = lookup.library();
        if (lib != null) {
            long version = lookup.versionId();
            lib.analysisCache().put(version, engine.version(), auto).exceptionally(e -> {
                LOG.warn("analysis of {} not cached: {}", document.source(), e.getMessage());
                return null;
            });
            try {
                // The cache keeps the engine's output alone: the dictionary may change before the next reading.
                UserRecords records = lib.annotations().records(version);
                Analysis withDictionary = DictionaryOverlay.apply(document.text(), auto, lib.dictionary().list(),
                        records);
                return new Result(Overlay.apply(withDictionary, records), false, lib, version,
                        withDictionary, lookup.orphans());
            } catch (StoreException e) {
                LOG.warn("reader's edits not applied to {}: {}", document.source(), e.getMessage());
            }
        }
        return new Result(auto, false, null, -1, auto, List.of());
    }
}

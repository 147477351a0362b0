package org.lector.app;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.nlp.AnalysisEngine;
import org.lector.nlp.CancellationToken;
import org.lector.store.DocumentVersionRef;
import org.lector.store.Library;
import org.lector.store.StoreException;
import org.lector.ui.common.AnalysisService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysis as the window gets it: from the library's cache when this version of the article was analysed
 * before by this pipeline, else from the engine (and then cached), always with the reader's edits applied.
 * Without a library (none open, or it failed) it is the engine alone.
 */
final class LibraryAnalysisService implements AnalysisService {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryAnalysisService.class);

    private final AnalysisEngine engine;
    private final Executor modelLoader;
    private final AtomicReference<Library> library = new AtomicReference<>();

    LibraryAnalysisService(AnalysisEngine engine, Executor modelLoader) {
        this.engine = engine;
        this.modelLoader = modelLoader;
    }

    /** Uses {@code lib} from now on; {@code null} for none. */
    void useLibrary(Library lib) {
        library.set(lib);
    }

    Library library() {
        return library.get();
    }

    @Override
    public CompletableFuture<Void> warmUp() {
        return engine.warmUp(modelLoader);
    }

    @Override
    public Result analyze(Document document, CancellationToken cancel, Consumer<Analysis> onNames)
            throws InterruptedException {
        Library lib = library.get();
        Long versionId = null;
        if (lib != null) {
            try {
                DocumentVersionRef ref = lib.documents().importDocument(document).get();
                versionId = ref.versionId();
                Optional<Analysis> cached = lib.analysisCache().cached(versionId, AnalysisEngine.pipelineVersion());
                if (cached.isPresent()) {
                    return new Result(lib.annotations().effective(versionId, cached.get()), true);
                }
            } catch (StoreException | ExecutionException e) {
                // The article is still worth reading: analyse it without the library and say why in the log.
                LOG.warn("library not used for {}: {}", document.source(), e.getMessage());
                versionId = null;
            }
        }
        cancel.throwIfCancelled();
        Analysis auto = engine.analyze(document, cancel, onNames);
        if (lib != null && versionId != null) {
            long version = versionId;
            lib.analysisCache().put(version, AnalysisEngine.pipelineVersion(), auto)
                    .exceptionally(e -> {
                        LOG.warn("analysis of {} not cached: {}", document.source(), e.getMessage());
                        return null;
                    });
            try {
                return new Result(lib.annotations().effective(version, auto), false);
            } catch (StoreException e) {
                LOG.warn("reader's edits not applied to {}: {}", document.source(), e.getMessage());
            }
        }
        return new Result(auto, false);
    }
}

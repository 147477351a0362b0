package org.lector.store;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.lector.model.Analysis;

/**
 * The engine's output per document version and pipeline version, so reopening an article shows its highlights
 * without running the engine. Holds automatic annotations only; the user's live in {@link AnnotationRepository}.
 */
public interface AnalysisCache {

    Optional<Analysis> cached(long versionId, String pipelineVersion);

    /** The most recently cached analysis of a version, whatever the pipeline version. */
    Optional<Analysis> latest(long versionId);

    CompletableFuture<Void> put(long versionId, String pipelineVersion, Analysis analysis);
}

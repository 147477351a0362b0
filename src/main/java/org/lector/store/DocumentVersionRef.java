package org.lector.store;

/**
 * Where an imported document landed.
 *
 * @param reanchor what happened to the user's annotations when this import made a new version; empty otherwise
 */
public record DocumentVersionRef(long documentId, long versionId, Outcome outcome, ReanchorReport reanchor) {

    /** Whether the import added anything. */
    public enum Outcome {
        /** A source the library had not seen. */
        NEW_DOCUMENT,
        /** A known source whose text changed. */
        NEW_VERSION,
        /** A known source with a version of the same sha256: nothing was written. */
        UNCHANGED
    }
}

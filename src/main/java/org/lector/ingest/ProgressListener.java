package org.lector.ingest;

/**
 * Told how far reading a file has got. Called on the loading thread; a UI must hop to its own thread itself.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * @param done  bytes read so far
     * @param total bytes in the file
     */
    void progress(long done, long total);
}

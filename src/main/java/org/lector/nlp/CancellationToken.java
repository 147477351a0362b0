package org.lector.nlp;

import java.util.concurrent.CancellationException;

/**
 * Lets the caller stop an analysis that has become stale (the reader opened another document). The engine checks
 * it between stages and between chunks and then throws {@link CancellationException}, so a stale result is never
 * produced, let alone delivered.
 */
public final class CancellationToken {

    private static final CancellationToken NONE = new CancellationToken();

    private volatile boolean cancelled;

    /** A token that is never cancelled (the command line, tests). */
    public static CancellationToken none() {
        return NONE;
    }

    public void cancel() {
        if (this == NONE) {
            throw new IllegalStateException("the shared none() token cannot be cancelled");
        }
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancellationException} when cancelled. */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException("analysis cancelled");
        }
    }
}

package org.lector.ui.common;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Saves settings off the FX thread, a burst of changes (every zoom step, every toggle) as one write: a save takes a
 * copy of the settings on the caller's thread and hands it to the background, where the latest copy is written
 * once the changes have paused. {@link #flush()} writes what is waiting at once, at exit. The file itself is written
 * atomically by the repository underneath.
 */
public final class DebouncedSettings implements SettingsRepository {

    /** How long after a change the settings are written, so that the changes of that time make one write. */
    static final long QUIET_MILLIS = 500;

    private final SettingsRepository file;
    private final Executor later;
    private final Object writing = new Object();
    /** The copy waiting to be written; null when none is. */
    private UiSettings pending;

    /**
     * @param file  where the settings are kept
     * @param later runs a write once the changes have paused, off the FX thread
     */
    public DebouncedSettings(SettingsRepository file, Executor later) {
        this.file = Objects.requireNonNull(file, "file");
        this.later = Objects.requireNonNull(later, "later");
    }

    /** Writes on {@code background} {@link #QUIET_MILLIS} after the first of a burst of changes. */
    public static DebouncedSettings on(SettingsRepository file, Executor background) {
        return new DebouncedSettings(file, CompletableFuture.delayedExecutor(QUIET_MILLIS, TimeUnit.MILLISECONDS,
                background));
    }

    @Override
    public UiSettings load() {
        return file.load();
    }

    @Override
    public void save(UiSettings settings) {
        UiSettings copy = settings.copy();
        boolean first;
        synchronized (this) {
            first = pending == null;
            pending = copy;
        }
        if (first) {
            later.execute(this::flush);
        }
    }

    /** Writes the settings waiting to be written, if any, now and on the calling thread. */
    @Override
    public void flush() {
        // One write at a time, each taking the latest copy: a write at exit is never overtaken by an older one.
        synchronized (writing) {
            UiSettings copy;
            synchronized (this) {
                copy = pending;
                pending = null;
            }
            if (copy != null) {
                file.save(copy);
            }
        }
    }
}

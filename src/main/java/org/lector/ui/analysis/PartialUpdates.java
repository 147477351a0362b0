package org.lector.ui.analysis;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.lector.reading.ProgressiveAnalysis;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.reader.ReaderViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a long text's analysis part by part as it grows, no faster than the window can: parts can come faster than
 * the window shows them, so the parts done while an update is merged and shown join the next one. One update at a
 * time is merged (in the background) and shown (on the FX thread); a part of an analysis that is no longer the
 * newest, or whose whole result is already shown, is dropped.
 */
final class PartialUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(PartialUpdates.class);

    /** Parts of a long text analysed but not shown yet, and what merges them with the rest. */
    private record Update(long revision, Supplier<ProgressiveAnalysis.Partial> merge, int done, int total,
            LongSupplier newest) {
    }

    private final BackgroundTasks tasks;
    private final ReaderViewModel reader;
    private final Consumer<String> state;
    private final Object lock = new Object();
    /** The latest part done since the update being made; null when there is none. */
    private Update pending;
    /** Whether an update is being merged or shown; one at a time, so a busy window gets fewer, bigger ones. */
    private boolean inFlight;
    /** The analysis whose whole result is shown: a partial update of it that comes later is stale. FX thread. */
    private long wholeShown = -1;

    PartialUpdates(BackgroundTasks tasks, ReaderViewModel reader, Consumer<String> state) {
        this.tasks = tasks;
        this.reader = reader;
        this.state = state;
    }

    /** The whole analysis {@code revision} is shown: its parts that come later are stale. FX thread. */
    void wholeShown(long revision) {
        wholeShown = revision;
    }

    /**
     * A part of analysis {@code revision} is done (called on its worker); {@code newest} says which analysis is the
     * newest when the update is shown.
     */
    void partDone(long revision, Supplier<ProgressiveAnalysis.Partial> merge, int done, int total,
            LongSupplier newest) {
        synchronized (lock) {
            pending = new Update(revision, merge, done, total, newest);
            if (inFlight) {
                return;
            }
            inFlight = true;
        }
        showNext();
    }

    /** Merges the parts done so far in the background, shows them, then goes on with the parts done meanwhile. */
    private void showNext() {
        Update update;
        synchronized (lock) {
            update = pending;
            pending = null;
            if (update == null) {
                inFlight = false;
                return;
            }
        }
        tasks.submit(task -> {
            long started = System.nanoTime();
            ProgressiveAnalysis.Partial partial = update.merge().get();
            if (partial.merged() != null) {
                LOG.debug("parts merged: {} mentions in {} ms", partial.merged().entities().size(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            return partial;
        }, partial -> {
            long revision = update.revision();
            if (partial.merged() != null && revision == update.newest().getAsLong() && revision != wholeShown) {
                long shown = System.nanoTime();
                reader.showPartialAnalysis(partial.merged(), partial.added());
                LOG.debug("{} parts shown on the FX thread in {} ms", partial.added().size(),
                        (System.nanoTime() - shown) / 1_000_000);
                state.accept(String.format(Locale.ROOT,
                        "Analysed %d of %d parts; the part you are reading comes first\u2026", update.done(),
                        update.total()));
            }
            showNext();
        }, error -> {
            LOG.warn("parts of the analysis could not be shown", error);
            showNext();
        });
    }
}

package org.lector.ui.common;

import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action on the FX thread at most once per interval. A request within the interval runs it once, when the
 * interval is over, so the last request is never lost. For panels that follow an analysis growing part by part:
 * rebuilding a list of thousands of rows after every part would keep the FX thread busy while the reader scrolls.
 */
public final class Throttle {

    private final Runnable action;
    private final long intervalNanos;
    private final PauseTransition wait = new PauseTransition();
    private long lastRun;
    private boolean ran;
    private boolean pending;

    public Throttle(Duration interval, Runnable action) {
        this.action = Objects.requireNonNull(action);
        this.intervalNanos = (long) (interval.toMillis() * 1_000_000);
        wait.setOnFinished(e -> {
            if (pending) {
                run();
            }
        });
    }

    /** Runs the action now if it has not run within the interval, else once when the interval is over. */
    public void request() {
        if (pending) {
            return;
        }
        long since = System.nanoTime() - lastRun;
        if (!ran || since >= intervalNanos) {
            run();
            return;
        }
        pending = true;
        wait.setDuration(Duration.millis((intervalNanos - since) / 1_000_000.0));
        wait.playFromStart();
    }

    /** Runs the action now, and drops a run still waiting. */
    public void now() {
        wait.stop();
        run();
    }

    private void run() {
        pending = false;
        ran = true;
        lastRun = System.nanoTime();
        action.run();
    }
}

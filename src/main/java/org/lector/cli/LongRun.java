package org.lector.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.lector.model.DisplayNames;
import org.lector.nlp.AnalysisProgress;
import org.lector.nlp.CancellationToken;

/**
 * A command's long work made visible and stoppable. Progress goes to stderr (parts done, tokens per second), at
 * most one line every {@value #EVERY_SECONDS} seconds and none for work that ends sooner, so a short run prints
 * nothing. Ctrl+C (SIGINT, or any other orderly stop of the JVM) cancels the analysis in progress and waits for
 * the command to wind down, so it closes the library cleanly before the process ends; the command then reports
 * which file was not finished.
 */
final class LongRun implements AutoCloseable {

    static final int EVERY_SECONDS = 5;

    /** How long the stop waits for the command to close its library. */
    private static final long WIND_DOWN_SECONDS = 30;

    private final String command;
    private final PrintWriter err;
    private final LongSupplier nanos;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile CancellationToken current = new CancellationToken();
    private volatile boolean stopped;

    private LongRun(String command, PrintWriter err, LongSupplier nanos, boolean hooked) {
        this.command = command;
        this.err = err;
        this.nanos = nanos;
        this.hook = hooked ? new Thread(this::stop, "lector-stop") : null;
        if (hook != null) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
    }

    /** Starts watching: Ctrl+C now stops the run. */
    static LongRun start(String command, PrintWriter err) {
        return new LongRun(command, err, System::nanoTime, true);
    }

    /** For tests: a given clock and no shutdown hook. */
    static LongRun forTest(String command, PrintWriter err, LongSupplier nanos) {
        return new LongRun(command, err, nanos, false);
    }

    /** A fresh token for the next file; {@link #stop} cancels it. */
    CancellationToken nextToken() {
        CancellationToken token = new CancellationToken();
        current = token;
        if (stopped) {
            token.cancel();
        }
        return token;
    }

    /** Whether the run was asked to stop. */
    boolean stopped() {
        return stopped;
    }

    /** Cancels what runs and waits (a while) for the command to close its library. */
    void stop() {
        stopped = true;
        current.cancel();
        try {
            finished.await(WIND_DOWN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Progress of the analysis of {@code file}, printed as it goes. */
    AnalysisProgress progress(String file) {
        long started = nanos.getAsLong();
        // [0] last line printed, [1] time of the first part, [2] tokens of the first part: the rate counts from
        // the first part on, so loading the models (tens of seconds) does not hide the engine's own speed.
        long[] state = {started, -1, 0};
        String shown = "\u201C" + DisplayNames.escape(file) + "\u201D";
        return (done, total, tokens) -> {
            long now = nanos.getAsLong();
            synchronized (state) {
                if (state[1] < 0) {
                    state[1] = now;
                    state[2] = tokens;
                }
                if (now - state[0] < TimeUnit.SECONDS.toNanos(EVERY_SECONDS) && done < total) {
                    return;
                }
                if (done == total && state[0] == started) {
                    // Finished before the first line was due: say nothing.
                    return;
                }
                state[0] = now;
                double seconds = (now - state[1]) / 1e9;
                String rate = seconds < 0.5 ? "" : String.format(Locale.ROOT, ", %,.0f tokens/s",
                        (tokens - state[2]) / seconds);
                err.println(String.format(Locale.ROOT, "lector %s: %s: %,d of %,d parts (%d%%), %,d tokens%s%s",
                        command, shown, done, total, total == 0 ? 100 : done * 100L / total, tokens, rate,
                        done == total ? "; all read, finishing" : ""));
                err.flush();
            }
        };
    }

    @Override
    public void close() {
        finished.countDown();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is already stopping (Ctrl+C): the hook is running and waits for this close.
            }
        }
    }
}

package org.lector.ui.common;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work off the UI thread and delivers its progress and result on the UI thread: the window's one source of
 * background threads.
 *
 * <p>The application makes one ({@link #forFx()}: a bounded pool of named daemon threads) and hands it to everything
 * that works in the background: view models, the side panels, the model loader, the parts of a long text, the
 * settings file. Nothing else in the window makes threads (an ArchUnit rule says so), so what runs is bounded and
 * shut down in one place. Tests run the same code with {@link #sameThread()}, everything on the calling thread, or
 * with an executor of their own that runs tasks when the test says.
 */
public final class BackgroundTasks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

    /** Work to run in the background. It may report progress and should stop when cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** What running work sees of its task. Safe to call from any thread. */
    public interface Progress {
        /** Reports how far the work is, {@code fraction} in [0, 1] or negative when unknown. */
        void update(double fraction, String message);

        boolean isCancelled();
    }

    /** Callbacks, all run on the UI thread. */
    public interface Listener<T> {
        void onProgress(double fraction, String message);

        void onSuccess(T result);

        void onError(Throwable error);
    }

    /** A submitted task. */
    public interface Handle {
        void cancel();

        boolean isCancelled();
    }

    /**
     * Background threads of {@link #forFx()}. An analysis holds one for its length and a long text's parts two more;
     * the fourth keeps opening, edits and lookups going meanwhile. More would only compete for two cores.
     */
    static final int THREADS = 4;

    private final ExecutorService pool;
    private final Executor uiThread;

    public BackgroundTasks(ExecutorService pool, Executor uiThread) {
        this.pool = Objects.requireNonNull(pool);
        this.uiThread = Objects.requireNonNull(uiThread);
    }

    /**
     * {@link #THREADS} daemon threads named {@code lector-background-N} (idle ones end after half a minute), work
     * beyond them queued in order; callbacks on the JavaFX application thread.
     */
    public static BackgroundTasks forFx() {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "lector-background-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return new BackgroundTasks(pool, Platform::runLater);
    }

    /** Everything on the calling thread, for tests of view models. */
    public static BackgroundTasks sameThread() {
        return new BackgroundTasks(new DirectExecutorService(), Runnable::run);
    }

    /**
     * Runs {@code work} in the background and tells {@code listener} on the UI thread. After {@link #close()} the work
     * is dropped and its handle is cancelled: a timer or event that fires while the window goes away (the models'
     * warm-up 300 ms after the first frame, say) has nobody left to show a result to.
     */
    public <T> Handle submit(Work<T> work, Listener<T> listener) {
        TaskState<T> state = new TaskState<>(listener);
        try {
            state.future = pool.submit(() -> state.run(work));
        } catch (RejectedExecutionException e) {
            if (!pool.isShutdown()) {
                throw e;
            }
            LOG.debug("background work asked for after close, dropped");
            state.cancel();
        }
        return state;
    }

    /** Convenience for work without progress. */
    public <T> Handle submit(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        return submit(work, new Listener<>() {
            @Override
            public void onProgress(double fraction, String message) {
                // no progress shown
            }

            @Override
            public void onSuccess(T result) {
                onSuccess.accept(result);
            }

            @Override
            public void onError(Throwable error) {
                onError.accept(error);
            }
        });
    }

    /**
     * The background threads themselves, for work that takes an executor rather than a task: the language models'
     * loading, the parts of a long text, the settings file's writes.
     */
    public Executor executor() {
        return pool;
    }

    /**
     * A lane on the background threads whose tasks run one at a time, in the order given: for work where a later
     * request supersedes an earlier one, which should not compete with it for a core (a side panel's rows).
     */
    public Executor serial() {
        return new SerialExecutor(pool);
    }

    /** Runs {@code action} on the UI thread (later, or at once in {@link #sameThread()} mode). */
    public void onUiThread(Runnable action) {
        uiThread.execute(action);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs its tasks one after another on another executor (the pattern of {@link Executor}'s documentation). */
    private static final class SerialExecutor implements Executor {
        private final ExecutorService on;
        private final Queue<Runnable> waiting = new ArrayDeque<>();
        private Runnable running;

        SerialExecutor(ExecutorService on) {
            this.on = on;
        }

        @Override
        public synchronized void execute(Runnable task) {
            waiting.add(() -> {
                try {
                    task.run();
                } finally {
                    next();
                }
            });
            if (running == null) {
                next();
            }
        }

        private synchronized void next() {
            running = waiting.poll();
            if (running == null) {
                return;
            }
            try {
                on.execute(running);
            } catch (RejectedExecutionException e) {
                if (!on.isShutdown()) {
                    throw e;
                }
                // As submit does after close: the window that asked for this lane's work is gone.
                LOG.debug("background work asked for after close, dropped");
                waiting.clear();
                running = null;
            }
        }
    }

    private final class TaskState<T> implements Handle, Progress {
        private final Listener<T> listener;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        /** The latest progress not yet shown; coalesces bursts of updates into one UI pulse. */
        private final AtomicReference<Object[]> pendingProgress = new AtomicReference<>();
        private volatile Future<?> future;

        TaskState(Listener<T> listener) {
            this.listener = listener;
        }

        void run(Work<T> work) {
            try {
                T result = work.call(this);
                uiThread.execute(() -> {
                    if (!cancelled.get()) {
                        listener.onSuccess(result);
                    }
                });
            } catch (Throwable e) {
                if (cancelled.get() || e instanceof CancellationException || e instanceof InterruptedException) {
                    return;
                }
                uiThread.execute(() -> {
                    if (!cancelled.get()) {
                        listener.onError(e);
                    }
                });
            }
        }

        @Override
        public void update(double fraction, String message) {
            if (pendingProgress.getAndSet(new Object[] {fraction, message}) == null) {
                uiThread.execute(() -> {
                    Object[] latest = pendingProgress.getAndSet(null);
                    if (latest != null && !cancelled.get()) {
                        listener.onProgress((Double) latest[0], (String) latest[1]);
                    }
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get() || Thread.currentThread().isInterrupted();
        }

        @Override
        public void cancel() {
            if (cancelled.compareAndSet(false, true) && future != null) {
                future.cancel(true);
            }
        }
    }
}

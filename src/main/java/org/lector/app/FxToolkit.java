package org.lector.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import org.lector.cli.WindowArguments;

/**
 * JavaFX's toolkit, started as soon as the arguments say a window may open: its start (the display's connection,
 * GTK, the graphics pipeline, the FX thread) then runs while the main thread builds the command line and reads the
 * article, instead of after them. Without a display, or for a subcommand, nothing starts early and the toolkit starts
 * when the window is asked for, as before; a toolkit that failed to start early fails the window the same way.
 */
final class FxToolkit {

    /** The early start, or null when the toolkit starts with the window. */
    private final CompletableFuture<Void> started;

    private FxToolkit(CompletableFuture<Void> started) {
        this.started = started;
    }

    /** Starts the toolkit now, on a thread of its own, when {@code args} may open the window and a display is set. */
    static FxToolkit startEarly(String... args) {
        if (!WindowArguments.mayOpenWindow(args) || !hasDisplay()) {
            return new FxToolkit(null);
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                Platform.startup(() -> started.complete(null));
            } catch (RuntimeException e) {
                started.completeExceptionally(e);
            }
        }, "lector-fx-start");
        starter.setDaemon(true);
        starter.start();
        return new FxToolkit(started);
    }

    /**
     * Runs {@code onFxThread} on the FX thread, starting the toolkit if it was not started early.
     *
     * @throws UnsupportedOperationException or IllegalStateException as {@link Platform#startup} does, when the
     *                                       toolkit cannot start
     */
    void run(Runnable onFxThread) {
        if (started == null) {
            Platform.startup(onFxThread);
            return;
        }
        try {
            started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
        Platform.runLater(onFxThread);
    }

    /** Whether a display is set for the toolkit to connect to. */
    static boolean hasDisplay() {
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank() || System.getenv("WAYLAND_DISPLAY") != null;
    }
}

package org.lector.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.lector.cli.WindowLauncher;
import org.lector.model.Document;
import org.lector.nlp.AnalysisEngine;
import org.lector.nlp.EngineOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts JavaFX, shows the main window, and waits until the user closes it. */
final class DesktopLauncher implements WindowLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopLauncher.class);

    private final AppPaths paths;
    private final PrintStream err;

    DesktopLauncher(AppPaths paths, PrintStream err) {
        this.paths = paths;
        this.err = err;
    }

    /** One daemon thread that loads the language models while the window is already in use. */
    private static java.util.concurrent.Executor modelLoader() {
        return command -> daemon(command, "lector-model-loader");
    }

    private static void daemon(Runnable command, String name) {
        Thread t = new Thread(command, name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public int open(Path path, Document document, Path library) {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // The settings (Jackson's first use costs a few hundred milliseconds of class loading) are read while the
        // graphics toolkit starts, not on the FX thread's way to the first frame.
        CompletableFuture<JsonSettingsRepository> settings = CompletableFuture.supplyAsync(() -> {
            JsonSettingsRepository repository = new JsonSettingsRepository(paths.settingsFile());
            repository.load();
            return repository;
        }, command -> daemon(command, "lector-settings"));
        try {
            Platform.startup(() -> {
                try {
                    Platform.setImplicitExit(true);
                    Stage stage = new Stage();
                    AnalysisEngine engine = new AnalysisEngine(EngineOptions.defaults());
                    EngineAnalysisService analysis = new EngineAnalysisService(engine, modelLoader());
                    LectorWindow lector = LectorWindow.create(stage, new LectorWindow.Services(
                            settings.join(), null, analysis));
                    stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> engine.close());
                    lector.attachLibrary(library);
                    stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
                    stage.show();
                    if (path != null) {
                        lector.open(path, document);
                    } else {
                        lector.viewModel().openSample(SampleArticle.install(paths.data()));
                    }
                } catch (RuntimeException e) {
                    LOG.error("the window could not be built", e);
                    failure.set(e);
                    closed.countDown();
                }
            });
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // No display, or no usable graphics toolkit: say so in words, not a stack trace.
            LOG.debug("JavaFX did not start", e);
            err.println("lector: cannot open a window: " + describe(e));
            return 1;
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        if (failure.get() != null) {
            err.println("lector: the window could not be opened: " + failure.get().getMessage());
            return 1;
        }
        return 0;
    }

    private static String describe(RuntimeException e) {
        String display = System.getenv("DISPLAY");
        if ((display == null || display.isBlank()) && System.getenv("WAYLAND_DISPLAY") == null) {
            return "no display is available (DISPLAY is not set). Run Lector in a desktop session, or use its "
                    + "subcommands, which need no window.";
        }
        return e.getMessage() == null ? "the graphics toolkit could not start" : e.getMessage();
    }
}

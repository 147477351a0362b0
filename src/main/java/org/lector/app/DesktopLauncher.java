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
import org.lector.ui.common.BackgroundTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts JavaFX, shows the main window, and waits until the user closes it. */
final class DesktopLauncher implements WindowLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopLauncher.class);

    private final AppPaths paths;
    private final PrintStream err;
    private final FxToolkit toolkit;

    DesktopLauncher(AppPaths paths, PrintStream err, FxToolkit toolkit) {
        this.paths = paths;
        this.err = err;
        this.toolkit = toolkit;
    }

    @Override
    public int open(Path path, Document document, String url, Path library) {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // The application's one source of background threads: the window's work, the language models' loading while
        // the window is already in use, the settings file's reads and writes. Made before the toolkit starts, so
        // the settings (Jackson's first use costs a few hundred milliseconds of class loading) are read meanwhile,
        // not on the FX thread's way to the first frame.
        BackgroundTasks tasks = BackgroundTasks.forFx();
        CompletableFuture<JsonSettingsRepository> settings = CompletableFuture.supplyAsync(() -> {
            JsonSettingsRepository repository = new JsonSettingsRepository(paths.settingsFile());
            repository.load();
            return repository;
        }, tasks.executor());
        try {
            toolkit.run(() -> {
                try {
                    Platform.setImplicitExit(true);
                    Stage stage = new Stage();
                    AnalysisEngine engine = new AnalysisEngine(EngineOptions.defaults());
                    EngineAnalysisService analysis = new EngineAnalysisService(engine, tasks.executor());
                    stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> engine.close());
                    // The library and the first article are asked for before the window is built: opening the
                    // library, reading the article and looking it up there run in the background meanwhile. The
                    // article is shown in the frame after the window's first, an article read before with its
                    // highlights (decision 0024).
                    LectorWindow.create(stage, new LectorWindow.Services(settings.join(), null, analysis, tasks),
                            viewModel -> {
                                viewModel.holdUntilWindowDrawn();
                                LectorWindow.attachLibrary(stage, viewModel, library);
                                if (url != null) {
                                    viewModel.openUrl(url);
                                } else if (path != null) {
                                    LectorWindow.open(viewModel, path, document);
                                } else {
                                    viewModel.openSample(SampleArticle.install(paths.data()));
                                }
                            });
                    stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
                    stage.show();
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
        if (!FxToolkit.hasDisplay()) {
            return "no display is available (DISPLAY is not set). Run Lector in a desktop session, or use its "
                    + "subcommands, which need no window.";
        }
        return e.getMessage() == null ? "the graphics toolkit could not start" : e.getMessage();
    }
}

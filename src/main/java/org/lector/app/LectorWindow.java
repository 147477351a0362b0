package org.lector.app;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.lector.cli.VersionProvider;
import org.lector.ingest.DocumentLoader;
import org.lector.model.Document;
import org.lector.ui.common.AnalysisService;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.FxDialogService;
import org.lector.ui.common.SettingsRepository;
import org.lector.ui.main.MainViewModel;
import org.lector.ui.main.MainWindow;
import org.lector.store.Library;
import org.lector.store.StoreException;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds Lector's main window on a stage with its services wired, and opens the first article. Used by the
 * desktop launcher and by the UI tests, so both start the same application.
 */
public final class LectorWindow {

    private static final Logger LOG = LoggerFactory.getLogger(LectorWindow.class);

    private final MainWindow window;
    private final MainViewModel viewModel;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;

    private LectorWindow(MainWindow window, MainViewModel viewModel, BackgroundTasks tasks, DialogService dialogs) {
        this.window = window;
        this.viewModel = viewModel;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /**
     * What the window is built with.
     *
     * @param settings where window settings live
     * @param dialogs  the dialogs to use, or {@code null} for real ones owned by the stage
     * @param analysis the analysis (engine, library)
     */
    public record Services(SettingsRepository settings, DialogService dialogs, AnalysisService analysis) {
    }

    /** Wires the window on {@code stage}. Call on the FX thread. */
    public static LectorWindow create(Stage stage, Services services) {
        BackgroundTasks tasks = BackgroundTasks.forFx();
        DialogService dialogService = services.dialogs() != null ? services.dialogs() : new FxDialogService(stage);
        MainViewModel viewModel = new MainViewModel(new DocumentLoader(), tasks, dialogService, services.settings(),
                services.analysis());
        MainWindow window = new MainWindow(stage, viewModel, VersionProvider.version());
        stage.setOnHidden(e -> tasks.close());
        return new LectorWindow(window, viewModel, tasks, dialogService);
    }

    /**
     * Opens the library at {@code file} in the background and analyses through it from then on. A library that
     * cannot be opened is explained in a dialog; reading and analysing go on without it, and the file is left as
     * it was.
     */
    void attachLibrary(LibraryAnalysisService service, Path file) {
        tasks.submit(progress -> Library.open(file), library -> {
            service.useLibrary(library);
            window.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
                service.useLibrary(null);
                library.close();
            });
        }, error -> {
            LOG.warn("library {} not opened: {}", file, error.getMessage());
            String reason = error instanceof StoreException store ? store.getMessage()
                    : "It could not be read (" + error.getClass().getSimpleName() + ").";
            dialogs.showError("Your library could not be opened",
                    reason + " Articles still open and are analysed, but your annotations are not saved until "
                            + "the library is fixed or another one is chosen.");
        });
    }

    /** Shows {@code document}, already read from {@code path}, or reads {@code path} in the background. */
    public void open(Path path, Document document) {
        if (document != null) {
            viewModel.show(path, document);
        } else {
            viewModel.open(path);
        }
    }

    public MainWindow window() {
        return window;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }
}

package org.lector.app;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.lector.cli.VersionProvider;
import org.lector.ingest.DocumentLoader;
import org.lector.model.Document;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.FxDialogService;
import org.lector.ui.common.SettingsRepository;
import org.lector.ui.main.MainViewModel;
import org.lector.ui.main.MainWindow;

/**
 * Builds Lector's main window on a stage with its services wired, and opens the first article. Used by the
 * desktop launcher and by the UI tests, so both start the same application.
 */
public final class LectorWindow {

    private final MainWindow window;
    private final MainViewModel viewModel;
    private final BackgroundTasks tasks;

    private LectorWindow(MainWindow window, MainViewModel viewModel, BackgroundTasks tasks) {
        this.window = window;
        this.viewModel = viewModel;
        this.tasks = tasks;
    }

    /**
     * Wires the window on {@code stage}. Call on the FX thread.
     *
     * @param dialogs  the dialogs to use, or {@code null} for real ones owned by the stage
     */
    public static LectorWindow create(Stage stage, SettingsRepository settings, DialogService dialogs) {
        BackgroundTasks tasks = BackgroundTasks.forFx();
        DialogService dialogService = dialogs != null ? dialogs : new FxDialogService(stage);
        MainViewModel viewModel = new MainViewModel(new DocumentLoader(), tasks, dialogService, settings);
        MainWindow window = new MainWindow(stage, viewModel, VersionProvider.version());
        stage.setOnHidden(e -> tasks.close());
        return new LectorWindow(window, viewModel, tasks);
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

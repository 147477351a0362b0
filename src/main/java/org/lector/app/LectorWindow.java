package org.lector.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.lector.cli.VersionProvider;
import org.lector.ingest.DocumentLoader;
import org.lector.model.Document;
import org.lector.ui.common.AnalysisService;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DebouncedSettings;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.FxDialogService;
import org.lector.ui.common.SettingsRepository;
import org.lector.ui.main.MainViewModel;
import org.lector.store.Library;
import org.lector.ui.main.MainWindow;
import javafx.stage.WindowEvent;

/**
 * Builds Lector's main window on a stage with its services wired, and opens the first article. Used by the
 * desktop launcher and by the UI tests, so both start the same application.
 */
public final class LectorWindow {

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
     * @param tasks    the application's background threads, or {@code null} for a pool of the window's own
     */
    public record Services(SettingsRepository settings, DialogService dialogs, AnalysisService analysis,
            BackgroundTasks tasks) {

        /** Services with a pool of the window's own. */
        public Services(SettingsRepository settings, DialogService dialogs, AnalysisService analysis) {
            this(settings, dialogs, analysis, null);
        }
    }

    /**
     * Wires the window on {@code stage}. Call on the FX thread. When the window closes, the settings waiting to be
     * written are written and the background threads end.
     */
    public static LectorWindow create(Stage stage, Services services) {
        return create(stage, services, viewModel -> { });
    }

    /**
     * As {@link #create(Stage, Services)}, with {@code beforeTheWindow} given the view model before the window is
     * built: what it starts in the background (the library opening, the first article read and looked up in it)
     * then runs while the window is built, so an article read before can show its highlights with the window's
     * first frames instead of some hundred milliseconds after them.
     */
    static LectorWindow create(Stage stage, Services services, Consumer<MainViewModel> beforeTheWindow) {
        BackgroundTasks tasks = services.tasks() != null ? services.tasks() : BackgroundTasks.forFx();
        DialogService dialogService = services.dialogs() != null ? services.dialogs() : new FxDialogService(stage);
        SettingsRepository settings = DebouncedSettings.on(services.settings(), tasks.executor());
        MainViewModel viewModel = new MainViewModel(new DocumentLoader(), tasks, dialogService, settings,
                services.analysis());
        beforeTheWindow.accept(viewModel);
        MainWindow window = new MainWindow(stage, viewModel, VersionProvider.version());
        stage.setOnHidden(e -> {
            settings.flush();
            tasks.close();
        });
        return new LectorWindow(window, viewModel, tasks, dialogService);
    }

    /**
     * Opens the library at {@code file} in the background; the analysis reads and writes through whichever library
     * the window has open. Closed, with pending edits written, when the window closes.
     */
    void attachLibrary(Path requested) {
        attachLibrary(window.stage(), viewModel, requested);
    }

    /** {@link #attachLibrary(Path)} for a window still being built on {@code stage}. */
    static void attachLibrary(Stage stage, MainViewModel viewModel, Path requested) {
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> viewModel.closeLibrary());
        String remembered = viewModel.settings().libraryPath;
        Path file = requested != null ? requested
                : remembered.isBlank() ? Library.defaultPath() : Path.of(remembered);
        viewModel.openLibrary(file);
    }

    /** Shows {@code document}, already read from {@code path}, or reads {@code path} in the background. */
    public void open(Path path, Document document) {
        open(viewModel, path, document);
    }

    /** {@link #open(Path, Document)} for a window still being built. */
    static void open(MainViewModel viewModel, Path path, Document document) {
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

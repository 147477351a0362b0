package org.lector.testing;

import org.lector.ingest.DocumentLoader;
import org.lector.ui.common.AnalysisService;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.SettingsRepository;
import org.lector.ui.common.UiSettings;
import org.lector.ui.main.MainViewModel;

/**
 * The main window's view model as the window tests build it: files read as the app reads them, background work on
 * the FX toolkit's executors, settings that never touch the disk, and the engine the test gives.
 */
public final class MainWindows {

    private MainWindows() {
    }

    /** A view model asking {@code dialogs} what a person would be asked, analysing with {@code engine}. */
    public static MainViewModel viewModel(DialogService dialogs, AnalysisService engine) {
        return new MainViewModel(new DocumentLoader(), BackgroundTasks.forFx(), dialogs,
                SettingsRepository.inMemory(new UiSettings()), engine);
    }
}

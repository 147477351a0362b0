package org.lector.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.ingest.DocumentLoader;
import org.lector.model.EntityType;
import org.lector.testing.ManualExecutor;
import org.lector.testing.TextMatchingAnalysis;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.SettingsRepository;
import org.lector.ui.common.UiSettings;
import org.lector.ui.reader.ReaderLayouts;

/**
 * Reopening an article the library analysed: its highlights need no models, only its text laid out in the view, so
 * the models' loading threads wait for that layout instead of competing with it for two cores (decision 0021).
 */
class ModelsWaitForTheLayoutTest {

    @TempDir
    Path dir;

    private final TextMatchingAnalysis analysis = new TextMatchingAnalysis(Map.of("Macron", EntityType.PERSON));

    /** A window's view model on the library, its article view laying out every text it is given until told done. */
    private MainViewModel window(BackgroundTasks tasks) {
        MainViewModel vm = new MainViewModel(new DocumentLoader(), tasks,
                new MainViewModelTest.RecordingDialogs(), SettingsRepository.inMemory(new UiSettings()), analysis);
        vm.openLibrary(dir.resolve("library.db"));
        vm.reader().documentProperty().addListener((obs, old, doc) -> ReaderLayouts.layingOut(vm.reader(), doc));
        return vm;
    }

    /** Runs every task given to {@code pool}, in order, including those the tasks give it. */
    private static void runAll(ManualExecutor pool) {
        for (int i = 0; i < pool.submitted(); i++) {
            pool.runTask(i);
        }
    }

    private Path article(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void theModelsWaitUntilTheTextOfAnArticleTheLibraryAnalysedIsLaidOut() throws IOException {
        Path file = article("summit.txt", "Leaders meet\n\nMacron hosts the summit.\n");
        MainViewModel first = window(BackgroundTasks.sameThread());
        first.startWarmUp();
        first.open(file);
        assertThat(first.reader().analysisProperty().get().entities()).hasSize(1);
        first.closeLibrary();
        int warmUps = analysis.warmUps();

        ManualExecutor pool = new ManualExecutor();
        MainViewModel reopened = window(new BackgroundTasks(pool, Runnable::run));
        reopened.open(file);
        reopened.startWarmUp();    // the window is on screen: it asks for the models
        runAll(pool);              // the library opened; the article read, looked up and shown from the library
        assertThat(reopened.reader().analysisProperty().get().entities()).hasSize(1);
        assertThat(reopened.analysisStateProperty().get()).isEmpty();
        assertThat(analysis.warmUps()).as("models asked for while the text is laid out").isEqualTo(warmUps);

        ReaderLayouts.layingOut(reopened.reader(), null);
        assertThat(analysis.warmUps()).isEqualTo(warmUps + 1);
        reopened.closeLibrary();
    }

    @Test
    void anArticleTheLibraryHasNotAnalysedDoesNotWaitForItsLayout() throws IOException {
        Path file = article("new.txt", "Leaders meet\n\nMacron hosts the summit.\n");
        MainViewModel vm = window(BackgroundTasks.sameThread());
        vm.startWarmUp();
        vm.open(file);
        assertThat(analysis.warmUps()).isEqualTo(1);
        assertThat(vm.reader().analysisProperty().get().entities()).hasSize(1);
        vm.closeLibrary();
    }
}

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
import org.lector.testing.TextMatchingAnalysis;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.SettingsRepository;
import org.lector.ui.common.UiSettings;

/**
 * At launch the article is read and looked up in the library while the window is built, and shown once the window's
 * first frame is laid out: that frame is drawn at once, and the text comes with its highlights from the library in
 * the next (decision 0024).
 */
class HeldUntilTheWindowIsDrawnTest {

    @TempDir
    Path dir;

    private final TextMatchingAnalysis analysis = new TextMatchingAnalysis(Map.of("Macron", EntityType.PERSON));

    private MainViewModel window() {
        MainViewModel vm = new MainViewModel(new DocumentLoader(), BackgroundTasks.sameThread(),
                new MainViewModelTest.RecordingDialogs(), SettingsRepository.inMemory(new UiSettings()), analysis);
        vm.openLibrary(dir.resolve("library.db"));
        return vm;
    }

    private Path article(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void anArticleReadBeforeTheWindowIsDrawnIsShownWithItsHighlightsOnceItIs() throws IOException {
        Path file = article("summit.txt", "Leaders meet\n\nMacron hosts the summit.\n");
        MainViewModel first = window();
        first.startWarmUp();
        first.open(file);
        first.closeLibrary();
        int warmUps = analysis.warmUps();
        int engineRuns = analysis.calls();

        MainViewModel launched = window();
        launched.holdUntilWindowDrawn();
        launched.open(file);       // read and looked up in the library at once (same thread), then held
        launched.startWarmUp();    // the window asks for the models while the article waits
        assertThat(launched.reader().getDocument()).as("shown before the window's first frame").isNull();
        assertThat(launched.busyProperty().get()).isTrue();
        assertThat(analysis.warmUps()).as("models asked for while the article waits").isEqualTo(warmUps);

        launched.windowDrawn();
        assertThat(launched.reader().getDocument().text()).contains("Macron hosts");
        assertThat(launched.reader().analysisProperty().get().entities()).hasSize(1);
        assertThat(launched.busyProperty().get()).isFalse();
        assertThat(analysis.calls()).as("the engine run again").isEqualTo(engineRuns);
        launched.closeLibrary();
    }

    @Test
    void theNewestArticleAskedForWhileHeldIsTheOneShown() throws IOException {
        Path older = article("older.txt", "Older\n\nMacron spoke.\n");
        Path newer = article("newer.txt", "Newer\n\nMacron hosts the summit.\n");
        MainViewModel vm = window();
        vm.holdUntilWindowDrawn();
        vm.open(older);
        vm.open(newer);
        vm.windowDrawn();
        assertThat(vm.reader().getDocument().text()).contains("hosts the summit");
        vm.closeLibrary();
    }

    @Test
    void withoutAHoldAnArticleIsShownAsSoonAsItIsRead() throws IOException {
        Path file = article("now.txt", "Now\n\nMacron hosts the summit.\n");
        MainViewModel vm = window();
        vm.open(file);
        assertThat(vm.reader().getDocument().text()).contains("Macron hosts");
        vm.windowDrawn();
        assertThat(vm.reader().getDocument().text()).contains("Macron hosts");
        vm.closeLibrary();
    }
}

package org.lector.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Map;
import org.lector.ingest.DocumentLoader;
import org.lector.model.EntityType;
import org.lector.testing.ManualExecutor;
import org.lector.testing.TextMatchingAnalysis;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.SettingsRepository;
import org.lector.ui.common.Theme;
import org.lector.ui.common.UiSettings;

class MainViewModelTest {

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final UiSettings settings = new UiSettings();
    private final TextMatchingAnalysis analysis = new TextMatchingAnalysis(Map.of("Macron", EntityType.PERSON));

    private MainViewModel viewModel(BackgroundTasks tasks) {
        MainViewModel vm = new MainViewModel(new DocumentLoader(), tasks, dialogs,
                SettingsRepository.inMemory(settings), analysis);
        vm.startWarmUp();   // as the window does once it is on screen
        return vm;
    }

    private Path article(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void openShowsTheArticleAndRemembersIt() throws IOException {
        Path file = article("summit.txt", "Leaders meet in Paris\n\nMacron hosts the summit on Thursday.\n");
        MainViewModel vm = viewModel(BackgroundTasks.sameThread());
        vm.open(file);
        assertThat(vm.reader().getDocument().text()).contains("Macron hosts the summit");
        assertThat(vm.statsProperty().get().words()).isEqualTo(10);
        assertThat(vm.recentFiles()).containsExactly(file.toAbsolutePath().toString());
        assertThat(settings.recentFiles).containsExactly(file.toAbsolutePath().toString());
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void openingAnArticleAnalysesItAndShowsTheResult() throws IOException {
        Path file = article("summit.txt", "Leaders meet\n\nMacron said \"we are ready\" and Macron left.\n");
        MainViewModel vm = viewModel(BackgroundTasks.sameThread());
        vm.open(file);
        assertThat(vm.reader().analysisProperty().get().entities()).hasSize(2);
        assertThat(vm.reader().analysisProperty().get().quotes()).hasSize(1);
        assertThat(vm.analysisStateProperty().get()).isEmpty();
        assertThat(analysis.calls()).isEqualTo(1);
    }

    @Test
    void aNewerArticleDropsTheOlderArticlesAnalysis() throws IOException {
        Path first = article("first.txt", "First\n\nMacron spoke.\n");
        Path second = article("second.txt", "Second\n\nNobody spoke.\n");
        ManualExecutor pool = new ManualExecutor();
        MainViewModel vm = viewModel(new BackgroundTasks(pool, Runnable::run));
        vm.open(first);
        pool.runTask(0);          // first article read; its library lookup is queued as task 1
        pool.runTask(1);          // not in the library: the engine's analysis is task 2
        vm.open(second);          // task 3
        pool.runTask(3);          // second article read; its lookup is task 4
        pool.runTask(4);          // its analysis is task 5
        pool.runTask(5);
        pool.runTask(2);          // the first article's analysis finishes last
        assertThat(vm.reader().getDocument().source()).isEqualTo(second.toString());
        assertThat(vm.reader().analysisProperty().get().entities()).isEmpty();
    }

    @Test
    void theModelsStartLoadingOnlyOnceTheArticleBeingOpenedHasBeenLookedUp() throws IOException {
        Path file = article("summit.txt", "Leaders meet\n\nMacron hosts the summit.\n");
        ManualExecutor pool = new ManualExecutor();
        MainViewModel vm = new MainViewModel(new DocumentLoader(), new BackgroundTasks(pool, Runnable::run), dialogs,
                SettingsRepository.inMemory(settings), analysis);
        vm.open(file);            // task 0: the article is read
        vm.startWarmUp();         // the window is on screen: it asks for the models
        assertThat(analysis.warmUps()).isZero();
        pool.runTask(0);          // read and shown; its library lookup is task 1
        assertThat(analysis.warmUps()).isZero();
        pool.runTask(1);          // looked up (no library: nothing known), so the models load and the engine runs
        assertThat(analysis.warmUps()).isEqualTo(1);
        pool.runTask(2);
        assertThat(vm.reader().analysisProperty().get().entities()).hasSize(1);
        vm.startWarmUp();
        assertThat(analysis.warmUps()).isEqualTo(1);
    }

    @Test
    void badInputShowsOneClearErrorAndKeepsTheOpenArticle() throws IOException {
        Path good = article("good.txt", "A good article\n\nWith some text in it.\n");
        Path empty = article("empty.txt", "");
        MainViewModel vm = viewModel(BackgroundTasks.sameThread());
        vm.open(good);
        vm.open(empty);
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).contains("empty.txt").doesNotContain("Exception");
        assertThat(vm.reader().getDocument().source()).isEqualTo(good.toString());
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aRecentFileThatIsGoneIsDroppedFromTheList() throws IOException {
        Path file = article("gone.txt", "Soon gone\n\nThis file will be deleted.\n");
        MainViewModel vm = viewModel(BackgroundTasks.sameThread());
        vm.open(file);
        Files.delete(file);
        vm.openRecent(file.toAbsolutePath().toString());
        assertThat(dialogs.errors).hasSize(1);
        assertThat(vm.recentFiles()).isEmpty();
    }

    @Test
    void onlyTheNewestOpenRequestIsShown() throws IOException {
        Path first = article("first.txt", "First article\n\nThe first one.\n");
        Path second = article("second.txt", "Second article\n\nThe second one.\n");
        ManualExecutor pool = new ManualExecutor();
        MainViewModel vm = viewModel(new BackgroundTasks(pool, Runnable::run));
        vm.open(first);
        vm.open(second);
        // The second request finishes first; the first, cancelled, finishes late and must not replace it.
        pool.runTask(1);
        pool.runTask(0);
        assertThat(vm.reader().getDocument().source()).isEqualTo(second.toString());
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void droppingFilesOpensTheFirst() throws IOException {
        Path first = article("dropped.md", "# Dropped\n\nOnto the window.\n");
        Path second = article("other.txt", "Other\n\nNot opened.\n");
        MainViewModel vm = viewModel(BackgroundTasks.sameThread());
        vm.openDropped(List.of(first, second));
        assertThat(vm.reader().getDocument().source()).isEqualTo(first.toString());
        assertThat(vm.reader().getDocument().title()).isEqualTo("Dropped");
    }

    @Test
    void themeAndSidePanelTogglesAreSaved() {
        MainViewModel vm = viewModel(BackgroundTasks.sameThread());
        vm.toggleTheme();
        vm.toggleSidePanel();
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(settings.theme).isEqualTo("dark");
        assertThat(settings.sidePanelVisible).isFalse();
    }

    @Test
    void openWithDialogOpensTheChosenFile() throws IOException {
        Path file = article("chosen.md", "# Chosen\n\nPicked in the dialog.\n");
        dialogs.choice = file;
        MainViewModel vm = viewModel(BackgroundTasks.sameThread());
        vm.openWithDialog();
        assertThat(vm.reader().getDocument().source()).isEqualTo(file.toString());
        assertThat(settings.lastDirectory).isEqualTo(dir.toAbsolutePath().normalize().toString());
    }

    static final class RecordingDialogs implements DialogService {
        final List<String> errors = new ArrayList<>();
        Path choice;

        @Override
        public void showError(String header, String message) {
            errors.add(header + ": " + message);
        }

        @Override
        public Optional<Path> chooseArticle(Path initialDirectory, List<String> extensions) {
            return Optional.ofNullable(choice);
        }

        @Override
        public Optional<Path> chooseLibrary(boolean create, Path current) {
            return Optional.empty();
        }

        @Override
        public Optional<String> askText(String header, String prompt, String initial) {
            return Optional.empty();
        }

        @Override
        public boolean confirm(String header, String message, String action) {
            return true;
        }

        @Override
        public void showAbout(String title, String text) {
        }

        @Override
        public <R> Optional<R> edit(Editor<R> editor) {
            throw new AssertionError("no editor expected");
        }

        @Override
        public void open(Panel panel) {
            throw new AssertionError("no window expected");
        }
    }

    /** Holds submitted tasks until the test runs them, in any order. */
}

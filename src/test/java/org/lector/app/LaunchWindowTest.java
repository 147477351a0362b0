package org.lector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lector.ingest.DocumentLoader;
import org.lector.model.EntityType;
import org.lector.testing.ChoosingDialogs;
import org.lector.testing.TextMatchingAnalysis;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.SettingsRepository;
import org.lector.ui.common.UiSettings;
import org.lector.ui.main.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as the launcher builds it: the library and the article asked for before the window is built, the
 * article shown once the window's first frame is laid out, with its highlights from the library (decision 0024).
 */
@ExtendWith(ApplicationExtension.class)
class LaunchWindowTest {

    @TempDir
    static Path dir;

    private static final TextMatchingAnalysis ANALYSIS = new TextMatchingAnalysis(Map.of("Macron", EntityType.PERSON));
    private static Path library;
    private static Path article;

    /** Whether the window's first frame was laid out when the article's text reached the view. */
    private final AtomicBoolean laidOut = new AtomicBoolean();
    private final AtomicBoolean textBeforeFirstFrame = new AtomicBoolean();
    private LectorWindow lector;

    /** The article analysed into the library before, as by an earlier session. */
    @BeforeAll
    static void analyseTheArticleIntoTheLibrary() throws IOException {
        library = dir.resolve("library.db");
        article = Files.writeString(dir.resolve("summit.txt"), "Leaders meet\n\nMacron hosts the summit.\n",
                StandardCharsets.UTF_8);
        MainViewModel earlier = new MainViewModel(new DocumentLoader(), BackgroundTasks.sameThread(),
                new ChoosingDialogs(null), SettingsRepository.inMemory(new UiSettings()), ANALYSIS);
        earlier.openLibrary(library);
        earlier.startWarmUp();
        earlier.open(article);
        earlier.closeLibrary();
    }

    @Start
    void start(Stage stage) throws InterruptedException, TimeoutException {
        lector = LectorWindow.create(stage, new LectorWindow.Services(SettingsRepository.inMemory(new UiSettings()),
                null, ANALYSIS), viewModel -> {
                    viewModel.holdUntilWindowDrawn();
                    LectorWindow.attachLibrary(stage, viewModel, library);
                    LectorWindow.open(viewModel, article, null);
                });
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> stage.getScene().addPostLayoutPulseListener(
                () -> laidOut.set(true)));
        lector.viewModel().reader().documentProperty().addListener((obs, old, doc) -> {
            if (doc != null && !laidOut.get()) {
                textBeforeFirstFrame.set(true);
            }
        });
        // The library opened and the article looked up in it before the window is shown, as at a launch where the
        // window takes longer to build than the lookup: the article is still held for the first frame.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lector.viewModel().library() != null);
        Thread.sleep(300);
        stage.show();
    }

    @Test
    void theArticleComesWithItsHighlightsAfterTheWindowsFirstFrame(FxRobot robot) throws TimeoutException {
        StyleClassedTextArea area = robot.lookup("#article").queryAs(StyleClassedTextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> area.getText().contains("Macron hosts"));
        WaitForAsyncUtils.waitForFxEvents();
        int macron = area.getText().indexOf("Macron") + 2;
        assertThat(area.getStyleOfChar(macron)).contains("entity-person");
        assertThat(textBeforeFirstFrame).as("the text reached the view before the first frame").isFalse();
    }
}

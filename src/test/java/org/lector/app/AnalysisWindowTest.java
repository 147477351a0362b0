package org.lector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.Analysis;
import org.lector.nlp.AnalysisEngine;
import org.lector.nlp.EngineOptions;
import org.lector.testing.Corpus;
import org.lector.ui.common.SettingsRepository;
import org.lector.ui.common.UiSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole chain with the real engine and a real library: open the sample, see names highlighted and the
 * panels filled, open it again and get the analysis from the library without running the engine.
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisWindowTest {

    @TempDir
    static Path dir;

    private static AnalysisEngine engine;
    private static Path libraryFile;
    private LectorWindow lector;

    @BeforeAll
    static void openEngineAndLibrary() {
        engine = new AnalysisEngine(EngineOptions.defaults());
        libraryFile = dir.resolve("library.db");
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Start
    void start(Stage stage) {
        EngineAnalysisService service = new EngineAnalysisService(engine, r -> new Thread(r, "test-model-loader").start());
        lector = LectorWindow.create(stage, new LectorWindow.Services(
                SettingsRepository.inMemory(new UiSettings()), null, service));
        stage.show();
        lector.attachLibrary(libraryFile);
    }

    private static void waitUntil(long seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void analysesTheSampleThenReopensItFromTheLibrary(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lector.viewModel().library() != null);
        Path sample = Corpus.file("sample/paris-summit.txt");
        robot.interact(() -> lector.viewModel().open(sample));
        waitUntil(120, () -> {
            Analysis a = lector.viewModel().reader().analysisProperty().get();
            return a != null && !a.clusters().isEmpty()
                    && lector.viewModel().analysisStateProperty().get().isEmpty();
        });
        StyleClassedTextArea area = robot.lookup("#article").queryAs(StyleClassedTextArea.class);
        String text = area.getText();
        waitUntil(10, () -> area.getStyleOfChar(text.indexOf("Emmanuel Macron") + 10).contains("entity-person"));
        assertThat(area.getStyleOfChar(text.indexOf("now is definitely") + 2)).contains("quote");

        robot.clickOn("#tab-quotes .tab-label");
        assertThat(robot.lookup(".panel-heading").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("Zelensky"));
        robot.clickOn("#tab-facts .tab-label");
        assertThat(robot.lookup("#facts-list .fact-card").queryAll()).isNotEmpty();

        // Opening it again: same text, same pipeline, so the library answers and the engine is not asked.
        robot.interact(() -> lector.viewModel().open(sample));
        waitUntil(20, () -> "Analysis from your library".equals(
                robot.lookup("#status-task").queryAs(Label.class).getText()));
        assertThat(lector.viewModel().reader().analysisProperty().get().quotes()).isNotEmpty();
    }
}

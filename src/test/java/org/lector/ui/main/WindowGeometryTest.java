package org.lector.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lector.ingest.DocumentLoader;
import org.lector.model.EntityType;
import org.lector.testing.ChoosingDialogs;
import org.lector.testing.OnFx;
import org.lector.testing.TextMatchingAnalysis;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.SettingsRepository;
import org.lector.ui.common.UiSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The window comes back where and as large as the reader left it. */
@ExtendWith(ApplicationExtension.class)
class WindowGeometryTest {

    @Test
    void remembersPlaceAndSizeAcrossRuns(FxRobot robot) {
        UiSettings settings = new UiSettings();
        settings.x = 40;
        settings.y = 30;
        settings.width = 900;
        settings.height = 640;
        SettingsRepository repository = SettingsRepository.inMemory(settings);

        Stage[] first = new Stage[1];
        robot.interact(() -> {
            first[0] = new Stage();
            new MainWindow(first[0], viewModel(first[0], repository), "test");
            first[0].show();
        });
        assertThat(first[0].getWidth()).isEqualTo(900);
        assertThat(first[0].getX()).isEqualTo(40);

        robot.interact(() -> {
            first[0].setX(60);
            first[0].setWidth(1000);
            first[0].setHeight(700);
            first[0].close();
        });
        assertThat(repository.load().width).isEqualTo(1000);
        assertThat(repository.load().x).isEqualTo(60);

        Stage[] second = new Stage[1];
        robot.interact(() -> {
            second[0] = new Stage();
            new MainWindow(second[0], viewModel(second[0], repository), "test");
            second[0].show();
        });
        assertThat(second[0].getWidth()).isEqualTo(1000);
        assertThat(second[0].getHeight()).isEqualTo(700);
        assertThat(second[0].getX()).isEqualTo(60);
        robot.interact(second[0]::close);
    }

    @Test
    void aWindowShownAtItsMinimumIsSizedAgainWithTheDividerWhereTheReaderLeftIt(FxRobot robot) throws Exception {
        UiSettings settings = new UiSettings();
        settings.width = 1200;
        settings.height = 800;
        settings.dividerPosition = 0.7;
        SettingsRepository repository = SettingsRepository.inMemory(settings);
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            // What JavaFX 21 does under some window managers (JDK-8316423): the window comes up at its minimum size,
            // whatever size it was given. This handler runs before the window's own, as GTK's configure does.
            stage[0].addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                stage[0].setWidth(MainWindow.MIN_WIDTH);
                stage[0].setHeight(MainWindow.MIN_HEIGHT);
            });
            new MainWindow(stage[0], viewModel(stage[0], repository), "test");
            stage[0].show();
        });
        OnFx.waitUntil(() -> stage[0].getWidth() == 1200 && stage[0].getHeight() == 800);
        SplitPane split = robot.lookup("#main-split").queryAs(SplitPane.class);
        OnFx.waitUntil(() -> Math.abs(split.getDividerPositions()[0] - 0.7) < 0.01);
        robot.interact(stage[0]::close);
    }

    private static MainViewModel viewModel(Stage stage, SettingsRepository repository) {
        return new MainViewModel(new DocumentLoader(), BackgroundTasks.forFx(), new ChoosingDialogs(stage),
                repository, new TextMatchingAnalysis(Map.of("Paris", EntityType.PLACE)));
    }
}

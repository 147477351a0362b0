package org.lector.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lector.ingest.DocumentLoader;
import org.lector.model.EntityType;
import org.lector.testing.ChoosingDialogs;
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

    private static MainViewModel viewModel(Stage stage, SettingsRepository repository) {
        return new MainViewModel(new DocumentLoader(), BackgroundTasks.forFx(), new ChoosingDialogs(stage),
                repository, new TextMatchingAnalysis(Map.of("Paris", EntityType.PLACE)));
    }
}

package org.lector.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lector.model.Analysis;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.OnScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A side panel follows the analysis only while it is on screen: an edit on a novel does not rebuild the thousands of
 * rows of a tab nobody sees, and the tab shows the analysis as it is when it is chosen again.
 */
@ExtendWith(ApplicationExtension.class)
class PanelsOnScreenTest {

    private final ReaderViewModel viewModel = new ReaderViewModel(BackgroundTasks.sameThread());
    private final AtomicInteger entitiesRefreshed = new AtomicInteger();
    private final AtomicInteger quotesRefreshed = new AtomicInteger();
    private TabPane tabs;
    private BorderPane window;

    @Start
    void start(Stage stage) {
        Label entities = new Label("entities");
        Label quotes = new Label("quotes");
        viewModel.followAnalysis(OnScreen.of(entities), new SimpleStringProperty(""), a -> false,
                entitiesRefreshed::incrementAndGet);
        viewModel.followAnalysis(OnScreen.of(quotes), new SimpleStringProperty(""), a -> false,
                quotesRefreshed::incrementAndGet);
        tabs = new TabPane(new Tab("Entities", entities), new Tab("Quotes", quotes));
        window = new BorderPane();
        window.setRight(tabs);
        stage.setScene(new Scene(window, 600, 400));
        stage.show();
    }

    private static Analysis analysis(String version) {
        return new Analysis(version, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void onlyTheTabShownIsRefreshedAndAnotherIsWhenItIsChosen(FxRobot robot) {
        robot.interact(() -> viewModel.analysisProperty().set(analysis("a")));
        assertThat(entitiesRefreshed).hasValue(1);
        assertThat(quotesRefreshed).hasValue(0);

        robot.interact(() -> viewModel.analysisProperty().set(analysis("b")));
        assertThat(entitiesRefreshed).hasValue(2);
        assertThat(quotesRefreshed).hasValue(0);

        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quotesRefreshed).as("the quotes tab, chosen, shows the analysis as it is now").hasValue(1);
        assertThat(entitiesRefreshed).hasValue(2);

        robot.interact(() -> tabs.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entitiesRefreshed).as("nothing changed while it was away").hasValue(2);
    }

    @Test
    void aClosedSidePanelIsRefreshedWhenItIsOpenedAgain(FxRobot robot) {
        robot.interact(() -> window.setRight(null));
        robot.interact(() -> viewModel.analysisProperty().set(analysis("c")));
        assertThat(entitiesRefreshed).hasValue(0);
        robot.interact(() -> window.setRight(tabs));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entitiesRefreshed).hasValue(1);
        assertThat(quotesRefreshed).hasValue(0);
    }
}

package org.lector.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The side panel's tabs not shown when the window opens: shown without their content (so the first frame makes no
 * skins for them), each given its own when it is selected, and all of them when the window fills them.
 */
@ExtendWith(ApplicationExtension.class)
class DeferredTabsTest {

    private final Tab[] selectedWith = new Tab[1];
    private Label entities;
    private Label quotes;
    private Label facts;
    private TabPane tabs;
    private DeferredTabs deferred;

    @Start
    void start(Stage stage) {
        entities = new Label("entities");
        quotes = new Label("quotes");
        facts = new Label("facts");
        tabs = new TabPane(new Tab("Entities", entities), new Tab("Quotes", quotes), new Tab("Facts", facts));
        deferred = DeferredTabs.of(tabs);
        // As PanelFollow does: a listener on the selection, added later, finds the tab's content there.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) ->
                selectedWith[0] = tab.getContent() == null ? null : tab);
        stage.setScene(new Scene(tabs, 300, 200));
        stage.show();
    }

    @Test
    void onlyTheShownTabHasItsContentUntilAnotherIsSelected(FxRobot robot) {
        assertThat(tabs.getTabs()).extracting(Tab::getContent).containsExactly(entities, null, null);
        assertThat(entities.getScene()).isNotNull();
        assertThat(quotes.getScene()).as("no skin or CSS for a tab not shown").isNull();

        robot.interact(() -> tabs.getSelectionModel().select(1));

        assertThat(selectedWith[0]).isSameAs(tabs.getTabs().get(1));
        assertThat(tabs.getTabs()).extracting(Tab::getContent).containsExactly(entities, quotes, null);
        assertThat(quotes.getScene()).isNotNull();
    }

    @Test
    void fillingGivesEveryTabItsContentAndSelectingLaterChangesNothing(FxRobot robot) {
        robot.interact(deferred::fill);

        assertThat(tabs.getTabs()).extracting(Tab::getContent).containsExactly(entities, quotes, facts);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        assertThat(tabs.getTabs()).extracting(Tab::getContent).containsExactly(entities, quotes, facts);
        assertThat(facts.getScene()).isNotNull();
    }
}

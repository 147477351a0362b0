package org.lector.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.EntityType;
import org.lector.testing.ChoosingDialogs;
import org.lector.testing.Corpus;
import org.lector.testing.TextMatchingAnalysis;
import org.lector.testing.MainWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reader corrects the machine with the keyboard: tags a missed name with a digit, removes a highlight with
 * Delete, undoes and redoes, writes a note; after a restart everything is back.
 */
@ExtendWith(ApplicationExtension.class)
class EditingTest {

    @TempDir
    Path dir;

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private record Opened(Stage stage, MainViewModel viewModel, ChoosingDialogs dialogs) {
    }

    private Opened openWindow(FxRobot robot, Path library) throws TimeoutException {
        Opened[] opened = new Opened[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            ChoosingDialogs dialogs = new ChoosingDialogs(stage);
            MainViewModel vm = MainWindows.viewModel(dialogs,
                    new TextMatchingAnalysis(Map.of("Macron", EntityType.PERSON)));
            new MainWindow(stage, vm, "test");
            stage.show();
            stage.toFront();
            stage.requestFocus();
            vm.openLibrary(library);
            opened[0] = new Opened(stage, vm, dialogs);
        });
        waitUntil(() -> opened[0].viewModel().library() != null);
        robot.interact(() -> opened[0].viewModel().open(Corpus.file("sample/paris-summit.txt")));
        waitUntil(() -> opened[0].viewModel().analysisStateProperty().get().isEmpty()
                && opened[0].viewModel().reader().analysisProperty().get() != null
                && !opened[0].viewModel().reader().analysisProperty().get().clusters().isEmpty());
        return opened[0];
    }

    private static StyleClassedTextArea area(FxRobot robot, Stage stage) {
        return robot.from(stage.getScene().getRoot()).lookup("#article").queryAs(StyleClassedTextArea.class);
    }

    /** Puts the keyboard in the article and selects the first {@code word}, as a reader would; returns its offset. */
    private static int select(FxRobot robot, StyleClassedTextArea area, String word) {
        int at = area.getText().indexOf(word);
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(at, at + word.length());
        });
        return at;
    }

    @Test
    void tagsRemovesUndoesNotesAndKeepsItAllAcrossARestart(FxRobot robot) throws Exception {
        Path library = dir.resolve("library.db");
        Opened first = openWindow(robot, library);
        StyleClassedTextArea area = area(robot, first.stage());
        String text = area.getText();
        int kyiv = text.indexOf("Kyivs");
        int macron = text.indexOf("Macron");

        // Select part of "Kyivs" and press 3: the tag snaps to the whole word and is a Place.
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(kyiv + 1, kyiv + 3);
        });
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> area.getStyleOfChar(kyiv + 4).contains("entity-place"));
        assertThat(area.getStyleOfChar(kyiv)).contains("entity-place");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> !area.getStyleOfChar(kyiv + 1).contains("entity-place"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> area.getStyleOfChar(kyiv + 1).contains("entity-place"));

        // Shift+3 on "Moscow": every Moscow becomes a Place in one step; one Ctrl+Z takes them all back.
        int moscow = text.indexOf("Moscow");
        int lastMoscow = text.lastIndexOf("Moscow");
        assertThat(lastMoscow).isGreaterThan(moscow);
        robot.interact(() -> area.selectRange(moscow, moscow + 6));
        robot.press(KeyCode.SHIFT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.SHIFT);
        waitUntil(() -> area.getStyleOfChar(lastMoscow + 1).contains("entity-place"));
        // ... and they are one entity, not one per occurrence.
        assertThat(first.viewModel().reader().analysisProperty().get().entities().stream()
                .filter(m -> m.text().equals("Moscow") && m.type() == EntityType.PLACE)
                .map(m -> m.clusterId()).distinct()).hasSize(1);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> !area.getStyleOfChar(lastMoscow + 1).contains("entity-place"));
        assertThat(area.getStyleOfChar(moscow + 1)).doesNotContain("entity-place");

        // Caret in the first "Macron", Delete: that highlight goes, the others stay.
        robot.interact(() -> area.moveTo(macron + 2));
        robot.type(KeyCode.DELETE);
        waitUntil(() -> !area.getStyleOfChar(macron + 1).contains("entity-person"));
        int nextMacron = text.indexOf("Macron", macron + 1);
        assertThat(area.getStyleOfChar(nextMacron + 1)).contains("entity-person");

        // A note on a passage, written in the note dialog.
        first.dialogs().textAnswer = "Check the **2 billion**: euros or dollars?";
        int billion = text.indexOf("2 billion");
        robot.interact(() -> area.selectRange(billion, billion + 9));
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        waitUntil(() -> !first.viewModel().reader().analysisProperty().get().notes().isEmpty());

        // Restart: close the window (the library closes with it), open a new one on the same library.
        robot.interact(() -> {
            first.stage().close();
            first.viewModel().closeLibrary();
        });
        Opened second = openWindow(robot, library);
        StyleClassedTextArea again = area(robot, second.stage());
        waitUntil(() -> again.getStyleOfChar(kyiv + 1).contains("entity-place"));
        assertThat(again.getStyleOfChar(macron + 1)).doesNotContain("entity-person");
        assertThat(again.getStyleOfChar(nextMacron + 1)).contains("entity-person");
        assertThat(second.viewModel().reader().analysisProperty().get().notes())
                .anySatisfy(n -> assertThat(n.text()).contains("2 billion"));
        robot.clickOn(robot.from(second.stage().getScene().getRoot()).lookup("#tab-notes .tab-label")
                .queryAs(javafx.scene.Node.class));
        assertThat(robot.from(second.stage().getScene().getRoot()).lookup(".panel-item-title").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("euros or dollars"));
        robot.interact(() -> {
            second.stage().close();
            second.viewModel().closeLibrary();
        });
    }

    @Test
    void tagsFromTheArticlesMenuAndTheLegendShowsEachTypesKey(FxRobot robot) throws Exception {
        Opened opened = openWindow(robot, dir.resolve("library.db"));
        StyleClassedTextArea area = area(robot, opened.stage());
        assertThat(robot.lookup("#legend-place").queryAs(javafx.scene.control.ToggleButton.class).getText())
                .startsWith("3  Place");
        // A type the article has no highlight of is in the legend too, for its key.
        assertThat(robot.lookup("#legend-money").queryAs(javafx.scene.control.ToggleButton.class).getText())
                .startsWith("6  Money");
        int moscow = select(robot, area, "Moscow");
        // The article's menu (right click) has the tag menu; its Place item tags the selection.
        javafx.scene.control.Menu tagMenu = (javafx.scene.control.Menu) area.getContextMenu().getItems().stream()
                .filter(i -> "context-tag".equals(i.getId())).findFirst().orElseThrow();
        javafx.scene.control.MenuItem place = tagMenu.getItems().stream()
                .filter(i -> "context-tag-place".equals(i.getId())).findFirst().orElseThrow();
        assertThat(place.getText()).isEqualTo("3  Place");
        robot.interact(place::fire);
        waitUntil(() -> area.getStyleOfChar(moscow + 1).contains("entity-place"));
        robot.interact(() -> opened.stage().close());
    }

    @Test
    void aNewTagIsDrawnOverItsWordAtOnceAndTheTextShowsItOnceKept(FxRobot robot) throws Exception {
        Opened opened = openWindow(robot, dir.resolve("library.db"));
        StyleClassedTextArea area = area(robot, opened.stage());
        Pane pending = robot.lookup("#pending-tags").queryAs(Pane.class);
        int kyiv = area.getText().indexOf("Kyivs");
        List<String> drawn = new ArrayList<>();
        // Within one FX event, as the key press itself: the library cannot have answered yet.
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(kyiv, kyiv + 5);
            area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "4", "4", KeyCode.DIGIT4, false, false, false, false));
            pending.getChildren().forEach(n -> drawn.addAll(n.getStyleClass()));
            assertThat(area.getStyleOfChar(kyiv + 1)).doesNotContain("entity-group");
        });
        assertThat(drawn).contains("pending-tag", "swatch-entity-group");
        waitUntil(() -> area.getStyleOfChar(kyiv + 1).contains("entity-group"));
        assertThat(pending.getChildren()).isEmpty();
        robot.interact(() -> opened.stage().close());
    }

    @Test
    void aDigitOnWordsThatAreANameAlreadyRetypesThatName(FxRobot robot) throws Exception {
        Opened opened = openWindow(robot, dir.resolve("library.db"));
        StyleClassedTextArea area = area(robot, opened.stage());
        int macron = select(robot, area, "Macron");
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> area.getStyleOfChar(macron + 1).contains("entity-organization"));
        assertThat(area.getStyleOfChar(macron + 1)).doesNotContain("entity-person");
        // One name there, retyped: not the engine's person with the reader's organization on top.
        assertThat(opened.viewModel().reader().analysisProperty().get().entities())
                .filteredOn(m -> m.span().start() == macron).singleElement()
                .satisfies(m -> assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION));
        robot.interact(() -> opened.stage().close());
    }

    @Test
    void aTagTheLibraryRefusesIsTakenBackFromTheText(FxRobot robot) throws Exception {
        Opened opened = openWindow(robot, dir.resolve("library.db"));
        StyleClassedTextArea area = area(robot, opened.stage());
        // The library goes away under the window (as when its disk fails): the tag is painted at once, then the
        // save fails, and the text must show what the library holds again, not the tag that was never kept.
        robot.interact(() -> opened.viewModel().library().close());
        int kyiv = select(robot, area, "Kyivs");
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        assertThat(area.getStyleOfChar(kyiv + 1)).doesNotContain("entity-place");
        assertThat(robot.lookup("#pending-tags").queryAs(Pane.class).getChildren()).isEmpty();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isEmpty());
        robot.interact(() -> opened.stage().close());
    }

    @Test
    void aRemovalUnderTheSelectionIsShownOnceKeptAndGoneFromTextLibraryAndPanel(FxRobot robot) throws Exception {
        Opened opened = openWindow(robot, dir.resolve("library.db"));
        StyleClassedTextArea area = area(robot, opened.stage());
        int kyiv = select(robot, area, "Kyivs");
        robot.type(KeyCode.DIGIT4);
        waitUntil(() -> area.getStyleOfChar(kyiv + 1).contains("entity-group") && entityRows(robot).contains("Kyivs"));
        // Delete with the word still selected, within one FX event as the key press itself: the selection is drawn
        // over the highlight, so the word is not restyled yet (that costs a novel its frame) ...
        robot.interact(() -> {
            pressDelete(area);
            assertThat(area.getStyleOfChar(kyiv + 1)).contains("entity-group");
        });
        // ... and is once the library has kept the removal: gone from the text, the analysis and the panel.
        waitUntil(() -> !area.getStyleOfChar(kyiv + 1).contains("entity-group"));
        waitUntil(() -> !entityRows(robot).contains("Kyivs"));
        assertThat(opened.viewModel().reader().analysisProperty().get().entities())
                .noneSatisfy(m -> assertThat(m.span().start()).isEqualTo(kyiv));

        // A removal under the selection is painted as soon as the selection moves off it, library or not.
        int macron = select(robot, area, "Macron");
        robot.interact(() -> {
            pressDelete(area);
            area.moveTo(0);
            assertThat(area.getStyleOfChar(macron + 1)).doesNotContain("entity-person");
        });
        waitUntil(() -> opened.viewModel().reader().analysisProperty().get().entities().stream()
                .noneMatch(m -> m.span().start() == macron));
        assertThat(area.getStyleOfChar(macron + 1)).doesNotContain("entity-person");
        robot.interact(() -> opened.stage().close());
    }

    /** Delete pressed in the article, handled within the caller's FX event. */
    private static void pressDelete(StyleClassedTextArea area) {
        area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DELETE, false, false, false, false));
    }

    /** The Entities panel's rows, as text. */
    private static String entityRows(FxRobot robot) {
        return robot.lookup("#entities-list .panel-list").queryAs(javafx.scene.control.ListView.class).getItems()
                .toString();
    }
}

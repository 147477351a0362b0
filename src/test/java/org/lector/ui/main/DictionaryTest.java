package org.lector.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.Analysis;
import org.lector.model.DictionaryAction;
import org.lector.model.DictionaryEntry;
import org.lector.model.EntityType;
import org.lector.model.Provenance;
import org.lector.testing.ChoosingDialogs;
import org.lector.testing.Corpus;
import org.lector.testing.TextMatchingAnalysis;
import org.lector.testing.MainWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reader tags "Kyiv" once; the next article opened has every Kyiv highlighted from the dictionary. Edit ›
 * Your Dictionary… lists the entry; deleted there, the next article opened no longer gets it.
 */
@ExtendWith(ApplicationExtension.class)
class DictionaryTest {

    @TempDir
    Path dir;

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void openAndWait(FxRobot robot, MainViewModel vm, Path file) throws TimeoutException {
        robot.interact(() -> vm.open(file));
        waitUntil(() -> vm.reader().getDocument() != null
                && vm.reader().getDocument().source().endsWith(file.getFileName().toString())
                && vm.analysisStateProperty().get().isEmpty()
                && vm.reader().analysisProperty().get() != null
                && !vm.reader().analysisProperty().get().clusters().isEmpty());
    }

    private static MenuItem menuItem(Stage stage, String id) {
        MenuBar bar = (MenuBar) stage.getScene().lookup("#menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void aTagIsRememberedAppliedToTheNextArticleListedAndDeleted(FxRobot robot) throws Exception {
        Path library = dir.resolve("library.db");
        Path other = Files.writeString(dir.resolve("kyiv-news.txt"),
                "Kyiv under fire\n\nThe mayor of Kyiv said the city would hold, Macron heard. Kyivan families stayed.\n");
        Path third = Files.writeString(dir.resolve("kyiv-later.txt"),
                "Kyiv later\n\nMacron said life in Kyiv went on.\n");
        Stage[] stage = new Stage[1];
        MainViewModel[] opened = new MainViewModel[1];
        ChoosingDialogs[] dialogs = new ChoosingDialogs[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            dialogs[0] = new ChoosingDialogs(stage[0]);
            opened[0] = MainWindows.viewModel(dialogs[0],
                    new TextMatchingAnalysis(Map.of("Macron", EntityType.PERSON)));
            new MainWindow(stage[0], opened[0], "test");
            stage[0].show();
            opened[0].openLibrary(library);
        });
        MainViewModel vm = opened[0];
        waitUntil(() -> vm.library() != null);
        openAndWait(robot, vm, Corpus.file("sample/paris-summit.txt"));
        StyleClassedTextArea area = robot.from(stage[0].getScene().getRoot()).lookup("#article")
                .queryAs(StyleClassedTextArea.class);

        // Tag the "Kyiv" that stands alone with 3: a Place, and remembered as always a Place.
        String text = area.getText();
        int kyiv = text.indexOf("Kyiv ");
        assertThat(kyiv).isPositive();
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(kyiv, kyiv + 4);
        });
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> area.getStyleOfChar(kyiv + 1).contains("entity-place")
                && vm.library().dictionary().find("Kyiv", "PLACE").isPresent());
        assertThat(vm.library().dictionary().find("Kyiv", "PLACE")).get()
                .extracting(DictionaryEntry::action).isEqualTo(DictionaryAction.ACCEPT);

        // Undo takes the dictionary entry back with the tag; redo brings both.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> !area.getStyleOfChar(kyiv + 1).contains("entity-place")
                && vm.library().dictionary().list().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> area.getStyleOfChar(kyiv + 1).contains("entity-place")
                && vm.library().dictionary().find("Kyiv", "PLACE").isPresent());

        // Another article: both whole-word Kyivs are highlighted from the dictionary, "Kyivan" is not.
        openAndWait(robot, vm, other);
        String otherText = area.getText();
        int first = otherText.indexOf("Kyiv");
        int second = otherText.indexOf("Kyiv said");
        int kyivan = otherText.indexOf("Kyivan");
        waitUntil(() -> area.getStyleOfChar(first + 1).contains("entity-place"));
        assertThat(area.getStyleOfChar(second + 1)).contains("entity-place");
        assertThat(area.getStyleOfChar(kyivan + 1)).doesNotContain("entity-place");
        Analysis shown = vm.reader().analysisProperty().get();
        assertThat(shown.entities()).filteredOn(m -> m.text().equals("Kyiv")).hasSize(2)
                .allSatisfy(m -> assertThat(m.provenance().origin()).isEqualTo(Provenance.Origin.DICTIONARY));
        // The Entities panel says where the highlight comes from.
        assertThat(robot.from(stage[0].getScene().getRoot()).lookup(".provenance-tag").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).isEqualTo("your dictionary"));

        // Edit › Your Dictionary… lists the entry; Delete removes it.
        robot.interact(() -> menuItem(stage[0], "dictionary").fire());
        @SuppressWarnings("unchecked")
        TableView<DictionaryEntry> table = robot.lookup("#dictionary-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).text()).isEqualTo("Kyiv");
        assertThat(table.getItems().get(0).action()).isEqualTo(DictionaryAction.ACCEPT);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0, table.getColumns().get(0));
        });
        robot.type(KeyCode.DELETE);
        waitUntil(() -> table.getItems().isEmpty());
        assertThat(vm.library().dictionary().list()).isEmpty();
        assertThat(robot.lookup("#dictionary-empty").queryAs(Label.class).getText()).contains("Tag a word");

        // Undo in the dialog puts it back; the Delete button takes it away again.
        Button undo = robot.lookup("#dictionary-undo").queryAs(Button.class);
        assertThat(undo.isVisible()).isTrue();
        robot.clickOn(undo);
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0, table.getColumns().get(0)));
        robot.clickOn(robot.lookup("#dictionary-delete").queryAs(Button.class));
        waitUntil(() -> table.getItems().isEmpty() && vm.library().dictionary().list().isEmpty());
        robot.clickOn(robot.lookup("#dictionary-close").queryAs(Button.class));

        // An article opened now no longer gets Kyiv from the dictionary.
        openAndWait(robot, vm, third);
        int later = area.getText().indexOf("Kyiv went");
        assertThat(area.getStyleOfChar(later + 1)).doesNotContain("entity-place");
        assertThat(vm.reader().analysisProperty().get().entities())
                .noneSatisfy(m -> assertThat(m.text()).isEqualTo("Kyiv"));

        robot.interact(() -> {
            stage[0].close();
            vm.closeLibrary();
        });
    }
}

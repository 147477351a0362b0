package org.lector.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.EntityType;
import org.lector.testing.ChoosingDialogs;
import org.lector.testing.CrashedLibraries;
import org.lector.testing.TextMatchingAnalysis;
import org.lector.ui.main.MainViewModel;
import org.lector.ui.main.MainWindow;
import org.lector.testing.MainWindows;
import org.lector.testing.OnFx;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the window says about a library and the names in it when either is hostile or damaged (issue 21). */
@ExtendWith(ApplicationExtension.class)
class HostileLibraryWindowTest {

    @TempDir
    Path dir;

    private MainViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = MainWindows.viewModel(new ChoosingDialogs(stage),
                new TextMatchingAnalysis(Map.of("Macron", EntityType.PERSON)));
        new MainWindow(stage, viewModel, "test");
        stage.show();
    }

    @Test
    void aLibraryRecoveredFromADamagedJournalSaysSoInTheWindow(FxRobot robot) throws Exception {
        Path db = CrashedLibraries.damagedJournal(dir, "crashed");
        robot.interact(() -> viewModel.openLibrary(db));
        OnFx.waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).contains("Recent changes to the library were lost");
        assertThat(pane.getContentText()).contains("not closed cleanly").contains("a copy of the journal is kept")
                .contains("library.db-wal.damaged-");
        robot.clickOn("OK");
        // The library is in use all the same.
        OnFx.waitUntil(() -> viewModel.library() != null);
        assertThat(viewModel.library().file()).isEqualTo(db);
    }

    @Test
    void hostileTitlesAreListedEscapedOnOneLine(FxRobot robot) throws Exception {
        Path file = dir.resolve("library.db");
        robot.interact(() -> viewModel.openLibrary(file));
        OnFx.waitUntil(() -> viewModel.library() != null);
        // A name and a title as a hostile user writes them: ANSI escapes, a right-to-left override, a new line.
        Path article = dir.resolve("\u001B[2J\u001B[31mred\u202Etxt.exe.txt");
        Files.writeString(article, "Invoice\u202Egnp.exe from Macron\n\nMacron said the invoice was paid.\n");
        robot.interact(() -> viewModel.open(article));
        OnFx.waitUntil(() -> viewModel.reader().analysisProperty().get() != null);

        assertThat(stage.getTitle()).isEqualTo("Invoice\\u202Egnp.exe from Macron \u2014 Lector");
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        OnFx.waitUntil(() -> robot.lookup("#library-table").tryQuery().isPresent()
                && robot.lookup("#library-table").queryAs(TableView.class).getItems().size() == 1);
        TableView<?> table = robot.lookup("#library-table").queryAs(TableView.class);
        Object shown = table.getColumns().get(0).getCellData(0);
        assertThat(shown).isEqualTo("Invoice\\u202Egnp.exe from Macron");
        // Closed, so that no other test finds this window's list.
        robot.interact(() -> ((Stage) table.getScene().getWindow()).close());
    }
}

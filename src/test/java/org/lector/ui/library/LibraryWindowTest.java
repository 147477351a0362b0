package org.lector.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.EntityType;
import org.lector.store.SearchHit;
import org.lector.testing.Corpus;
import org.lector.testing.TextMatchingAnalysis;
import org.lector.ui.main.MainViewModel;
import org.lector.ui.main.MainWindow;
import org.lector.testing.ChoosingDialogs;
import org.lector.testing.MainWindows;
import org.lector.testing.OnFx;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The library as a reader meets it: articles listed, searched, opened, deleted; a broken file explained. */
@ExtendWith(ApplicationExtension.class)
class LibraryWindowTest {

    @TempDir
    Path dir;

    private MainViewModel viewModel;
    private ChoosingDialogs dialogs;

    @Start
    void start(Stage stage) {
        dialogs = new ChoosingDialogs(stage);
        viewModel = MainWindows.viewModel(dialogs, new TextMatchingAnalysis(Map.of("Macron", EntityType.PERSON)));
        new MainWindow(stage, viewModel, "test");
        stage.show();
    }

    @Test
    void listsSearchesOpensAndDeletesArticles(FxRobot robot) throws Exception {
        Path file = dir.resolve("library.db");
        robot.interact(() -> viewModel.openLibrary(file));
        OnFx.waitUntil(() -> viewModel.library() != null);
        Path sample = Corpus.file("sample/paris-summit.txt");
        Path korea = Corpus.file("articles/GUM_news_korea.txt");
        // a document's source is its file's real path, however the path was written
        String koreaSource = korea.toRealPath().toString();
        String sampleSource = sample.toRealPath().toString();
        robot.interact(() -> viewModel.open(sample));
        OnFx.waitUntil(() -> viewModel.reader().analysisProperty().get() != null);
        robot.interact(() -> viewModel.open(korea));
        OnFx.waitUntil(() -> viewModel.reader().getDocument() != null
                && viewModel.reader().getDocument().source().equals(koreaSource)
                && viewModel.reader().analysisProperty().get() != null);

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        OnFx.waitUntil(() -> robot.lookup("#library-table").tryQuery().isPresent()
                && robot.lookup("#library-table").queryAs(TableView.class).getItems().size() == 2);

        robot.clickOn("#library-search").write("Zelensky");
        // The hit of the whole word, not of the letters typed so far: searches run as the reader types, and the
        // last one's hit (its highlight longer) replaces the earlier ones when it comes.
        OnFx.waitUntil(() -> {
            var hits = robot.lookup("#library-hits").queryAs(ListView.class).getItems();
            return hits.size() == 1 && ((SearchHit) hits.get(0)).highlights().get(0).length() == "Zelensky".length();
        });

        // Open the sample from its search hit: chosen, then Open. (Not a double click: on a loaded machine the two
        // clicks can land further apart than the platform's interval and count as two single clicks.)
        robot.clickOn(robot.lookup("#library-hits .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#library-open");
        OnFx.waitUntil(() -> viewModel.reader().getDocument().source().equals(sampleSource));

        // Delete the Korea article after confirming.
        robot.doubleClickOn("#library-search").eraseText("Zelensky".length());
        OnFx.waitUntil(() -> robot.lookup("#library-table").queryAs(TableView.class).isVisible());
        TableView<?> table = robot.lookup("#library-table").queryAs(TableView.class);
        int row = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).toString().contains("North Korea")) {
                row = i;
            }
        }
        int koreaRow = row;
        robot.interact(() -> table.getSelectionModel().select(koreaRow));
        robot.clickOn("#library-delete");
        OnFx.waitUntil(() -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#confirm-dialog").queryAs(DialogPane.class)).lookup("Delete")
                .queryAs(javafx.scene.Node.class));
        OnFx.waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).toString()).contains("Paris summit");
    }

    @Test
    void aCorruptLibraryIsExplainedAndTheWindowKeepsWorking(FxRobot robot) throws Exception {
        Path corrupt = dir.resolve("broken.db");
        Files.write(corrupt, "this is not a database, just garbage over the header".repeat(50).getBytes());
        byte[] before = Files.readAllBytes(corrupt);
        robot.interact(() -> viewModel.openLibrary(corrupt));
        OnFx.waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).contains("library could not be opened");
        assertThat(pane.getContentText()).contains("broken.db").doesNotContain("Exception");
        robot.clickOn("OK");
        assertThat(viewModel.library()).isNull();
        assertThat(Files.readAllBytes(corrupt)).isEqualTo(before);
        robot.interact(() -> viewModel.open(Corpus.file("sample/paris-summit.txt")));
        OnFx.waitUntil(() -> viewModel.reader().analysisProperty().get() != null);
    }
}

package org.lector.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lector.library.ClaimGroup;
import org.lector.library.Dossier;
import org.lector.library.Person;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.Span;
import org.lector.nlp.CancellationToken;
import org.lector.testing.ChoosingDialogs;
import org.lector.testing.NewsStub;
import org.lector.ui.common.AnalysisService;
import org.lector.testing.MainWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The views across the library as a reader meets them: articles opened in the window are filed; the People window
 * lists who they name and quote, a dossier opens an article at a quote, people are merged, split and the edits
 * undone; the claims window flags two articles that disagree and opens each source at its fact; an article edited
 * and opened again is a second version, whose diff and carried annotations the versions window shows.
 */
@ExtendWith(ApplicationExtension.class)
class AcrossTheLibraryTest {

    static final String MONDAY = """
            Border tensions rise

            Jane Holt, the defence minister, spoke in the capital on Monday.

            Russia sent 3,000 troops to the border on Thursday.

            \u201cWe are watching every move,\u201d Holt said.
            """;
    static final String TUESDAY = """
            Troops massed at the border

            Minister Jane Holt met Sam Ruiz.

            Russia sent 5,000 troops to the border on Friday.

            \u201cWe will not be provoked,\u201d Holt said. \u201cNor will we,\u201d said Ruiz.
            """;

    @TempDir
    Path dir;

    private MainViewModel viewModel;
    private MainWindow window;
    private Path monday;
    private Path tuesday;

    /** The window's engine: the predictable one of the library tests (names, curly quotes, "X sent N unit"). */
    private static final class Stub implements AnalysisService {
        private final NewsStub engine = new NewsStub(Map.of("Jane Holt", "Jane Holt", "Holt", "Jane Holt",
                "Sam Ruiz", "Sam Ruiz", "Ruiz", "Sam Ruiz"), "news-stub-1");

        @Override
        public CompletableFuture<Void> warmUp() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public Analysis analyze(Document document, CancellationToken cancel, Consumer<Analysis> onNames) {
            return engine.analyze(document);
        }

        @Override
        public List<Span> tokens(Document document, CancellationToken cancel) {
            return List.of();
        }

        @Override
        public String version() {
            return "news-stub-1";
        }
    }

    @Start
    void start(Stage stage) {
        viewModel = MainWindows.viewModel(new ChoosingDialogs(stage), new Stub());
        window = new MainWindow(stage, viewModel, "test");
        stage.show();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a library and both articles in the window, each analysed (and so filed) before the next. */
    private void fileBothArticles(FxRobot robot) throws Exception {
        monday = Files.writeString(dir.resolve("monday.txt"), MONDAY, StandardCharsets.UTF_8);
        tuesday = Files.writeString(dir.resolve("tuesday.txt"), TUESDAY, StandardCharsets.UTF_8);
        robot.interact(() -> viewModel.openLibrary(dir.resolve("library.db")));
        waitUntil(() -> viewModel.library() != null);
        for (Path p : List.of(monday, tuesday)) {
            robot.interact(() -> viewModel.open(p));
            waitUntil(() -> viewModel.reader().getDocument() != null
                    && viewModel.reader().getDocument().text().equals(text(p))
                    && viewModel.reader().analysisProperty().get() != null
                    && viewModel.analysisStateProperty().get().isEmpty());
        }
    }

    private static String text(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private void chooseMenu(FxRobot robot, String item) {
        robot.clickOn("#menu-file");
        robot.clickOn(item);
    }

    /** The passage selected in the article. */
    private String selection() {
        return window.reader().area().getSelectedText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePeopleWindowListsWhoIsQuotedOpensAQuoteAndMergesSplitsAndUndoes(FxRobot robot) throws Exception {
        fileBothArticles(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#people-table").tryQuery().isPresent()
                && robot.lookup("#people-table").queryAs(TableView.class).getItems().size() == 2);
        TableView<Person> table = robot.lookup("#people-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(Person::name).containsExactly("Jane Holt", "Sam Ruiz");
        assertThat(table.getItems().get(0).quotes()).isEqualTo(2);
        assertThat(table.getItems().get(0).articles()).isEqualTo(2);

        robot.clickOn("#people-search").write("ruiz");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).name()).isEqualTo("Sam Ruiz");
        robot.doubleClickOn("#people-search").eraseText(4);
        waitUntil(() -> table.getItems().size() == 2);

        robot.clickOn(robot.lookup("#people-table .table-row-cell").match((javafx.scene.control.TableRow<Person> r)
                -> r.isVisible() && r.getItem() != null && r.getItem().name().equals("Jane Holt"))
                .queryAs(Node.class));
        waitUntil(() -> robot.lookup("#dossier-name").queryAs(Label.class).getText().equals("Jane Holt")
                && robot.lookup("#dossier-quotes").queryAs(ListView.class).getItems().size() == 2);
        assertThat(robot.lookup("#dossier-facts").queryAs(Label.class).getText())
                .contains("2 articles, 2 quotes", "Also written: Holt", "Appears with: Sam Ruiz (1)");
        ListView<Dossier.PersonQuote> quotes = robot.lookup("#dossier-quotes").queryAs(ListView.class);
        Dossier.PersonQuote chosen = quotes.getItems().stream()
                .filter(q -> q.quote().text().contains("watching")).findFirst().orElseThrow();
        robot.interact(() -> quotes.getSelectionModel().select(chosen));
        robot.clickOn(quotes).type(KeyCode.ENTER);
        waitUntil(() -> viewModel.reader().getDocument().text().equals(MONDAY));
        waitUntil(() -> viewModel.reader().getDocument() != null
                && chosen.quote().text().equals(selection()));

        // Merge both into one person (the most quoted keeps the name), split Ruiz off again, undo both.
        Stage people = (Stage) table.getScene().getWindow();
        robot.interact(() -> {
            people.toFront();
            table.getSelectionModel().selectAll();
        });
        robot.clickOn("#people-merge");
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).quotes() == 3);
        assertThat(table.getItems().get(0).name()).isEqualTo("Jane Holt");
        robot.interact(() -> table.getSelectionModel().select(0));
        ComboBox<String> names = robot.lookup("#dossier-names").queryAs(ComboBox.class);
        waitUntil(() -> names.getItems().contains("Sam Ruiz"));
        robot.interact(() -> names.setValue("Sam Ruiz"));
        robot.clickOn("#people-split");
        waitUntil(() -> table.getItems().size() == 2);
        robot.clickOn("#people-undo");
        waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn("#people-undo");
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(robot.lookup("#people-undo").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theClaimsWindowFlagsTwoArticlesThatDisagreeAndOpensEachSourceAtItsFact(FxRobot robot) throws Exception {
        fileBothArticles(robot);
        chooseMenu(robot, "Claims Across Articles\u2026");
        waitUntil(() -> robot.lookup("#claims-groups").tryQuery().isPresent()
                && robot.lookup("#claims-groups").queryAs(ListView.class).getItems().size() == 1);
        ListView<ClaimGroup> groups = robot.lookup("#claims-groups").queryAs(ListView.class);
        assertThat(groups.getItems().get(0).disputed()).isTrue();
        ListView<ClaimGroup.Disagreement> disagreements = robot.lookup("#claims-disagreements")
                .queryAs(ListView.class);
        waitUntil(() -> !disagreements.getItems().isEmpty());
        // Three thousand troops on Thursday, five thousand on Friday: the days of one week disagree.
        assertThat(disagreements.getItems()).singleElement().satisfies(d -> {
            assertThat(d.says()).startsWith("on Thursday");
            assertThat(d.other()).startsWith("on Friday");
        });
        assertThat(robot.lookup("#claims-heading").queryAs(Label.class).getText()).startsWith("Disputed: Russia");

        robot.interact(() -> disagreements.getSelectionModel().select(0));
        ClaimGroup.Disagreement d = disagreements.getItems().get(0);
        robot.clickOn("#claims-open-first");
        waitUntil(() -> viewModel.reader().getDocument().source().equals(d.first().article().source())
                && d.first().fact().text().equals(selection()));
        Stage claims = (Stage) groups.getScene().getWindow();
        robot.interact(claims::toFront);
        robot.clickOn("#claims-open-second");
        waitUntil(() -> viewModel.reader().getDocument().source().equals(d.second().article().source())
                && d.second().fact().text().equals(selection()));
    }

    @Test
    void anArticleEditedAndOpenedAgainIsASecondVersionWhoseChangesTheVersionsWindowShows(FxRobot robot)
            throws Exception {
        fileBothArticles(robot);
        String edited = MONDAY.replace("3,000", "4,000").replace("\n\u201cWe are watching every move,\u201d Holt said.",
                "\nThe ministry confirmed the figure late on Monday.");
        Files.writeString(monday, edited, StandardCharsets.UTF_8);
        robot.interact(() -> viewModel.open(monday));
        waitUntil(() -> viewModel.reader().getDocument().text().equals(edited)
                && viewModel.reader().analysisProperty().get() != null
                && viewModel.analysisStateProperty().get().isEmpty());

        chooseMenu(robot, "Versions of This Article\u2026");
        waitUntil(() -> robot.lookup("#versions-list").tryQuery().isPresent()
                && robot.lookup("#versions-list").queryAs(ListView.class).getItems().size() == 2
                && robot.lookup("#versions-summary").queryAs(Label.class).getText().startsWith("Version 2"));
        String summary = robot.lookup("#versions-summary").queryAs(Label.class).getText();
        assertThat(summary).contains("Version 2 against version 1", "1 orphaned", "flagged");
        TextFlow diff = robot.lookup("#versions-diff").queryAs(TextFlow.class);
        assertThat(marked(diff, "diff-deleted")).contains("3")
                .anySatisfy(t -> assertThat(t).startsWith("\u201cWe are watching every move,\u201d"));
        assertThat(marked(diff, "diff-inserted")).contains("4")
                .anySatisfy(t -> assertThat(t).startsWith("The ministry confirmed"));
        // The quote rewritten in place is changed and flagged; "Holt", whose sentence went, is an orphan.
        @SuppressWarnings("unchecked")
        List<String> annotationRows = robot.lookup("#versions-annotations").queryAs(ListView.class).getItems();
        assertThat(annotationRows)
                .contains("Orphaned entity: \u201cHolt\u201d")
                .anySatisfy(row -> assertThat(row).startsWith("Changed quote: \u201c\u201cWe are watching"))
                .anySatisfy(row -> assertThat(row).startsWith("Flagged fact"));

        // The older version stays readable: chosen, then opened in the reader.
        robot.clickOn(robot.lookup("#versions-list .list-cell").match((javafx.scene.control.ListCell<?> c)
                -> c.isVisible() && c.getIndex() == 0).queryAs(Node.class));
        waitUntil(() -> robot.lookup("#versions-summary").queryAs(Label.class).getText().startsWith("Version 1 is"));
        robot.clickOn("#versions-open");
        waitUntil(() -> viewModel.reader().getDocument().text().equals(MONDAY));
    }

    private static List<String> marked(TextFlow flow, String styleClass) {
        return flow.getChildren().stream().filter(n -> n.getStyleClass().contains(styleClass))
                .map(n -> ((Text) n).getText()).toList();
    }
}

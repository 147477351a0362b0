package org.lector.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.Analysis;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.Provenance;
import org.lector.model.Span;
import org.lector.model.TimeExpression;
import org.lector.testing.ChoosingDialogs;
import org.lector.testing.MainWindows;
import org.lector.testing.NamesAndAFact;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, point 4: an article without a date says so in the Facts tab, and the reader sets its date there; the
 * article is analysed again with it (its "Thursday" placed), the date is kept through a restart, and it can be
 * taken away again.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleDateTest {

    private static final String SENTENCE = "The council voted on Thursday to close the old harbour road.";

    @TempDir
    Path dir;

    /** Names by text matching, and one fact on "Thursday" placed from the article's date as the engine does. */
    private static NamesAndAFact datingThursday() {
        return new NamesAndAFact(Map.of("Maria Lopez", EntityType.PERSON), "text-matching-dates-1", document -> {
            int at = document.text().indexOf(SENTENCE);
            LocalDate date = document.date();
            String value = date == null ? "XXXX-WXX-4"
                    : date.with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY)).toString();
            return new Fact("f1", new Span(at, at + SENTENCE.length()), SENTENCE, "The council", "voted",
                    "to close the old harbour road", List.of(), new TimeExpression("Thursday", value), null, "", 0.8,
                    FactStatus.UNCHECKED, "", "", Provenance.auto("test", 0.8));
        });
    }

    private record Opened(Stage stage, MainViewModel viewModel) {
        Fact fact() {
            Analysis a = viewModel.reader().analysisProperty().get();
            return a == null || a.facts().isEmpty() ? null : a.facts().get(0);
        }

        LocalDate date() {
            return viewModel.reader().articleDateProperty().get();
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Opened open(FxRobot robot, Path library, Path article) throws TimeoutException {
        Opened[] opened = new Opened[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            MainViewModel vm = MainWindows.viewModel(new ChoosingDialogs(stage), datingThursday());
            new MainWindow(stage, vm, "test");
            stage.show();
            stage.toFront();
            vm.openLibrary(library);
            opened[0] = new Opened(stage, vm);
        });
        waitUntil(() -> opened[0].viewModel().library() != null);
        robot.interact(() -> opened[0].viewModel().open(article));
        waitUntil(() -> opened[0].viewModel().analysisStateProperty().get().isEmpty() && opened[0].fact() != null
                && opened[0].viewModel().shownPlace() != null);
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#side-panel").queryAs(TabPane.class);
            Tab facts = tabs.getTabs().stream().filter(t -> "tab-facts".equals(t.getId())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(facts);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return opened[0];
    }

    private static <T extends Node> T in(FxRobot robot, Stage stage, String query, Class<T> type) {
        return robot.from(stage.getScene().getRoot()).lookup(query).queryAs(type);
    }

    private static String note(FxRobot robot, Opened o) {
        return in(robot, o.stage(), "#article-date-note", Label.class).getText();
    }

    private static void typeDate(FxRobot robot, String text) {
        robot.clickOn(robot.lookup("#article-date").queryAs(DatePicker.class).getEditor());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    private static void setDate(FxRobot robot) {
        robot.clickOn(robot.lookup("#article-date-dialog .button").match((Button b) -> b.getText().equals("Set Date"))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theReaderDatesAnUndatedArticleFromTheFactsTabAndTheDateIsKeptUntilCleared(FxRobot robot) throws Exception {
        Path article = dir.resolve("council.txt");
        Files.writeString(article, "Harbour road to close\n\nMaria Lopez chairs the council. " + SENTENCE + "\n");
        Path library = dir.resolve("library.db");
        Opened first = open(robot, library, article);
        assertThat(first.date()).isNull();
        assertThat(first.fact().time().value()).isEqualTo("XXXX-WXX-4");
        assertThat(note(robot, first)).contains("The article has no date");

        robot.clickOn("#set-article-date");
        waitUntil(() -> robot.lookup("#article-date-dialog").tryQuery().isPresent());
        // A date that is none is refused in words, and the dialog stays
        typeDate(robot, "2016-13-45");
        setDate(robot);
        assertThat(robot.lookup("#article-date-error").queryAs(Label.class).getText()).contains("year-month-day");
        assertThat(robot.lookup("#article-date-dialog").tryQuery()).isPresent();
        typeDate(robot, "2016-10-12");
        setDate(robot);

        // Analysed again with the date: Thursday is the Thursday before Wednesday 12 October 2016
        waitUntil(() -> first.fact() != null && first.fact().time().value().equals("2016-10-06"));
        assertThat(first.date()).isEqualTo(LocalDate.of(2016, 10, 12));
        waitUntil(() -> note(robot, first).startsWith("Dated by you: 2016-10-12"));

        // Kept through a restart
        robot.interact(() -> {
            first.stage().close();
            first.viewModel().closeLibrary();
        });
        Opened second = open(robot, library, article);
        assertThat(second.date()).isEqualTo(LocalDate.of(2016, 10, 12));
        assertThat(second.fact().time().value()).isEqualTo("2016-10-06");
        waitUntil(() -> note(robot, second).startsWith("Dated by you"));

        // Taken away: the article has no date again
        robot.clickOn("#clear-article-date");
        waitUntil(() -> second.date() == null && second.fact() != null
                && second.fact().time().value().equals("XXXX-WXX-4"));
        waitUntil(() -> note(robot, second).contains("The article has no date"));
        robot.interact(() -> {
            second.stage().close();
            second.viewModel().closeLibrary();
        });
    }
}

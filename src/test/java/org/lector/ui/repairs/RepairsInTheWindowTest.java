package org.lector.ui.repairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Provenance;
import org.lector.model.Repair;
import org.lector.model.RepairKind;
import org.lector.model.Span;
import org.lector.testing.ChoosingDialogs;
import org.lector.testing.Corpus;
import org.lector.testing.TextMatchingAnalysis;
import org.lector.ui.main.MainViewModel;
import org.lector.ui.main.MainWindow;
import org.lector.ui.reader.Highlights;
import org.lector.testing.MainWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sample's damage in the window: underlined, a card on click that accepts or dismisses, a review pass that does
 * so one by one or for a whole kind; an accepted repair is a new version of the article with the reader's tag
 * carried over, undo takes it back, and after a restart the repaired text is shown and the dismissed suggestion stays
 * dismissed.
 */
@ExtendWith(ApplicationExtension.class)
class RepairsInTheWindowTest {

    @TempDir
    Path dir;

    private record Opened(Stage stage, MainViewModel viewModel, MainWindow window) {

        StyleClassedTextArea area() {
            return window.reader().area();
        }

        String text() {
            return viewModel.reader().getDocument().text();
        }

        int versions() {
            return viewModel.library().documents().list().get(0).versions();
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Opened open(FxRobot robot, Path library) throws TimeoutException {
        Opened[] opened = new Opened[1];
        Map<String, EntityType> names = new LinkedHashMap<>();
        names.put("Macron", EntityType.PERSON);
        names.put("French", EntityType.GROUP);
        robot.interact(() -> {
            Stage stage = new Stage();
            MainViewModel vm = MainWindows.viewModel(new ChoosingDialogs(stage), new TextMatchingAnalysis(names));
            MainWindow window = new MainWindow(stage, vm, "test");
            stage.show();
            stage.toFront();
            vm.openLibrary(library);
            opened[0] = new Opened(stage, vm, window);
        });
        Opened o = opened[0];
        waitUntil(() -> o.viewModel().library() != null);
        robot.interact(() -> o.viewModel().open(Corpus.file("sample/paris-summit.txt")));
        waitUntil(() -> o.viewModel().analysisStateProperty().get().isEmpty()
                && o.viewModel().reader().analysisProperty().get() != null
                && !o.window().repairs().list().isEmpty()
                && o.viewModel().reader().laidOutProperty().get() == o.viewModel().reader().getDocument());
        return o;
    }

    private static void close(FxRobot robot, Opened o) {
        robot.interact(() -> {
            o.stage().close();
            o.viewModel().closeLibrary();
        });
    }

    /** Scrolls the word at {@code start} into view and clicks its middle. */
    private static void clickWord(FxRobot robot, Opened o, int start, int length) throws TimeoutException {
        robot.interact(() -> o.area().showParagraphAtCenter(o.area().offsetToPosition(start,
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        Bounds[] b = new Bounds[1];
        waitUntil(() -> {
            robot.interact(() -> b[0] = o.area().getCharacterBoundsOnScreen(start, start + length).orElse(null));
            return b[0] != null;
        });
        robot.clickOn(new Point2D(b[0].getCenterX(), b[0].getCenterY()));
    }

    private static Repair suggestion(Opened o, String damaged) {
        return o.window().repairs().list().stream().filter(r -> r.text().equals(damaged)).findFirst().orElse(null);
    }

    private static EntityMention userMention(Opened o, String text) {
        var analysis = o.viewModel().reader().analysisProperty().get();
        if (analysis == null) {
            return null;
        }
        return analysis.entities().stream()
                .filter(m -> m.provenance().origin() == Provenance.Origin.USER && m.text().equals(text))
                .findFirst().orElse(null);
    }

    private static void ctrl(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL).press(keys);
        robot.release(keys).release(KeyCode.CONTROL);
    }

    @Test
    void suggestionsAreAcceptedAsANewVersionDismissedForGoodReviewedAndUndone(FxRobot robot) throws Exception {
        Path library = dir.resolve("library.db");
        Opened o = open(robot, library);
        String original = o.text();
        StyleClassedTextArea area = o.area();

        // Every glued word and lost apostrophe the issue names is suggested and underlined, in its own style.
        for (String damaged : new String[] {"existingFrench", "hardwarefrom", "guaranteesecurity", "thecomplexity",
                "Ukraines", "Kyivs", "wont"}) {
            Repair r = suggestion(o, damaged);
            assertThat(r).as(damaged).isNotNull();
            assertThat(area.getStyleOfChar(r.start() + 1)).contains(RepairSuggestions.STYLE_CLASS);
        }
        assertThat(RepairSuggestions.STYLE_CLASS).isNotEqualTo(Highlights.QUOTE_CLASS)
                .doesNotStartWith("entity-");
        int before = o.window().repairs().list().size();

        // The reader's own tag, after the damage: it must follow the text into every version.
        int thursday = original.indexOf("Thursday");
        robot.interact(() -> o.viewModel().corrections().tagSelection(new Span(thursday, thursday + 8),
                EntityType.DATE));
        waitUntil(() -> userMention(o, "Thursday") != null);

        // A click on "existingFrench" opens the card (not the name card of "French" inside it); Accept.
        Repair glued = suggestion(o, "existingFrench");
        clickWord(robot, o, glued.start(), glued.text().length());
        waitUntil(() -> o.window().repairCard().isShowing());
        assertThat(o.window().repairCard().shown()).isEqualTo(glued);
        assertThat(o.window().card().isShowing()).isFalse();
        robot.clickOn("#repair-card-accept");

        // A new version: the text is repaired, the original stays in the library, the tag is carried over.
        waitUntil(() -> o.text().contains("deployment of existing French military")
                && userMention(o, "Thursday") != null && o.window().repairs().list().size() == before - 1);
        assertThat(o.versions()).isEqualTo(2);
        assertThat(o.viewModel().library().documents().version(1).orElseThrow().document().text())
                .isEqualTo(original);
        int shift = " ".length();
        assertThat(userMention(o, "Thursday").span().start()).isEqualTo(thursday < glued.start() ? thursday
                : thursday + shift);
        assertThat(suggestion(o, "existingFrench")).isNull();

        // Undo takes the repair back: the original text with the tag where it was; redo makes it again.
        ctrl(robot, KeyCode.Z);
        waitUntil(() -> o.text().equals(original) && userMention(o, "Thursday") != null
                && suggestion(o, "existingFrench") != null);
        assertThat(o.versions()).isEqualTo(1);
        assertThat(userMention(o, "Thursday").span().start()).isEqualTo(thursday);
        ctrl(robot, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> o.text().contains("existing French") && o.window().repairs().list().size() == before - 1
                && o.viewModel().reader().analysisProperty().get() != null
                && o.viewModel().analysisStateProperty().get().isEmpty());
        assertThat(o.versions()).isEqualTo(2);

        // Dismiss "hardwarefrom" from its card: its underline goes.
        waitUntil(() -> o.viewModel().reader().laidOutProperty().get() == o.viewModel().reader().getDocument()
                && o.viewModel().corrections().editableTarget() != null);
        Repair hardware = suggestion(o, "hardwarefrom");
        clickWord(robot, o, hardware.start(), hardware.text().length());
        waitUntil(() -> o.window().repairCard().isShowing());
        robot.clickOn("#repair-card-dismiss");
        waitUntil(() -> suggestion(o, "hardwarefrom") == null
                && !area.getStyleOfChar(hardware.start() + 1).contains(RepairSuggestions.STYLE_CLASS));
        assertThat(o.text()).contains("hardwarefrom");

        // The review pass from the top: X dismisses the first, A accepts the next, Shift+A every apostrophe.
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(0);
        });
        ctrl(robot, KeyCode.SHIFT, KeyCode.R);
        Node bar = robot.lookup("#repair-bar").query();
        waitUntil(() -> bar.isVisible() && o.window().repairs().list().size() > 0);
        Repair first = o.window().repairs().list().get(0);
        String status = robot.lookup("#repair-status").queryAs(Label.class).getText();
        assertThat(status).startsWith("Repair: \u201c" + first.text() + "\u201d \u2192 \u201c"
                + first.replacement() + "\u201d").endsWith(o.window().repairs().list().size() + " left");
        assertThat(o.viewModel().reader().markedProperty().get()).isEqualTo(first.span());
        int left = o.window().repairs().list().size();
        robot.type(KeyCode.X);
        waitUntil(() -> o.window().repairs().list().size() == left - 1);
        Repair second = o.window().repairs().list().get(0);
        assertThat(o.viewModel().reader().markedProperty().get()).isEqualTo(second.span());
        robot.type(KeyCode.A);
        waitUntil(() -> o.versions() == 3 && o.text().contains(second.replacement())
                && o.window().repairs().list().size() == left - 2);
        waitUntil(() -> bar.isVisible() && o.viewModel().reader().markedProperty().get() != null);
        RepairKind markedKind = o.window().repairs().at(o.viewModel().reader().markedProperty().get().start()).kind();
        int ofKind = o.window().repairs().ofKind(markedKind).size();
        assertThat(ofKind).isPositive();
        assertThat(robot.lookup("#repair-accept-all").queryAs(javafx.scene.control.Button.class).getText())
                .isEqualTo("Accept all " + ofKind + " (" + markedKind.label().toLowerCase(java.util.Locale.ROOT) + ")");
        robot.press(KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT);
        waitUntil(() -> o.versions() == 4 && o.window().repairs().ofKind(markedKind).isEmpty()
                && o.window().repairs().list().size() == left - 2 - ofKind);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !bar.isVisible());
        String repaired = o.text();
        java.util.List<Repair> stillSuggested = java.util.List.copyOf(o.window().repairs().list());
        waitUntil(() -> userMention(o, "Thursday") != null);
        close(robot, o);

        // After a restart the file opens as the reader repaired it, the tag in place, "hardwarefrom" not suggested.
        Opened again = open(robot, library);
        try {
            assertThat(again.text()).isEqualTo(repaired);
            assertThat(again.versions()).isEqualTo(4);
            assertThat(suggestion(again, "hardwarefrom")).isNull();
            assertThat(again.window().repairs().list()).isEqualTo(stillSuggested);
            waitUntil(() -> userMention(again, "Thursday") != null);
            assertThat(userMention(again, "Thursday").span().of(again.text())).isEqualTo("Thursday");
        } finally {
            close(robot, again);
        }
    }
}

package org.lector.ui.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.EntityType;
import org.lector.testing.ChoosingDialogs;
import org.lector.testing.Corpus;
import org.lector.testing.TextMatchingAnalysis;
import org.lector.ui.main.MainViewModel;
import org.lector.ui.main.MainWindow;
import org.lector.testing.MainWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reader inspects a highlighted name and corrects it from its card, with the mouse and the keyboard: the card
 * says what the name is and who made it; a digit retypes it, Delete rejects it, Alt+arrows and a dragged selection
 * move its boundaries, L, M and S link, merge and split entities. Ctrl+Z takes each back, and after a restart
 * everything is as the reader left it.
 */
@ExtendWith(ApplicationExtension.class)
class MentionCardTest {

    private static final Map<String, EntityType> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("Macron", EntityType.PERSON);
        NAMES.put("Zelensky", EntityType.PERSON);
        NAMES.put("Donald Trump", EntityType.PERSON);
        NAMES.put("Moscow", EntityType.PLACE);
        NAMES.put("Paris", EntityType.PLACE);
    }

    @TempDir
    Path dir;

    private record Opened(Stage stage, MainWindow window, MainViewModel viewModel, StyleClassedTextArea area) {
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Opened openWindow(FxRobot robot, Path library) throws TimeoutException {
        Opened[] opened = new Opened[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            MainViewModel vm = MainWindows.viewModel(new ChoosingDialogs(stage), new TextMatchingAnalysis(NAMES));
            MainWindow window = new MainWindow(stage, vm, "test");
            stage.show();
            stage.toFront();
            stage.requestFocus();
            vm.openLibrary(library);
            opened[0] = new Opened(stage, window, vm, window.reader().area());
        });
        waitUntil(() -> opened[0].viewModel().library() != null);
        robot.interact(() -> opened[0].viewModel().open(Corpus.file("sample/paris-summit.txt")));
        waitUntil(() -> opened[0].viewModel().analysisStateProperty().get().isEmpty()
                && opened[0].viewModel().reader().analysisProperty().get() != null
                && !opened[0].viewModel().reader().analysisProperty().get().clusters().isEmpty()
                && opened[0].area().getStyleOfChar(opened[0].area().getText().indexOf("Macron") + 1)
                        .contains("entity-person"));
        return opened[0];
    }

    private static void close(FxRobot robot, Opened o) {
        robot.interact(() -> {
            o.stage().close();
            o.viewModel().closeLibrary();
        });
    }

    /** Scrolls the character at {@code offset} into view and returns its middle on the screen. */
    private static Point2D onScreen(FxRobot robot, StyleClassedTextArea area, int offset) {
        robot.interact(() -> area.showParagraphAtCenter(area.offsetToPosition(offset, Bias.Forward).getMajor()));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds[] b = new Bounds[1];
        robot.interact(() -> b[0] = area.getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow());
        return new Point2D(b[0].getMinX() + b[0].getWidth() / 2, b[0].getMinY() + b[0].getHeight() / 2);
    }

    private static Node card(FxRobot robot) {
        return robot.lookup("#" + MentionCard.CARD_ID).tryQuery().filter(Node::isVisible).orElse(null);
    }

    private static boolean cardShowing(Opened o) {
        return o.window().card().isShowing();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The Entities panel as "TYPE name ×count" lines. */
    private static List<String> entities(FxRobot robot, Opened o) {
        ListView<?> list = robot.from(o.stage().getScene().getRoot()).lookup("#entities-list .list-view")
                .queryAs(ListView.class);
        Pattern row = Pattern.compile("type=(\\w+), name=(.*?), mentions=\\[(.*?)\\], heading=false");
        List<String> out = new ArrayList<>();
        for (Object item : list.getItems()) {
            Matcher m = row.matcher(item.toString());
            if (m.find()) {
                int count = m.group(3).isEmpty() ? 0 : m.group(3).split("Span\\[").length - 1;
                out.add(m.group(1) + " " + m.group(2) + " \u00d7" + count);
            }
        }
        return out;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    private static void ctrl(FxRobot robot, KeyCode... keys) {
        List<KeyCode> all = new ArrayList<>(List.of(KeyCode.CONTROL));
        all.addAll(List.of(keys));
        robot.press(all.toArray(KeyCode[]::new));
        Collections.reverse(all);
        robot.release(all.toArray(KeyCode[]::new));
    }

    @Test
    void inspectsAndCorrectsANameFromItsCardAndKeepsItAllAcrossARestart(FxRobot robot) throws Exception {
        Path library = dir.resolve("library.db");
        Opened first = openWindow(robot, library);
        StyleClassedTextArea area = first.area();
        String text = area.getText();
        int zelensky = text.indexOf("Zelensky");
        int zelenskys = count(text, "Zelensky");
        int moscow = text.indexOf("Moscow");
        int moscows = count(text, "Moscow");
        int paris = text.indexOf("Paris");
        int macrons = count(text, "Macron");
        int trump = text.indexOf("Donald Trump");
        assertThat(entities(robot, first)).contains("PERSON Zelensky \u00d7" + zelenskys,
                "PERSON Donald Trump \u00d71", "PLACE Moscow \u00d7" + moscows);

        // A click on a highlight opens its card: what it is, its entity, who found it.
        robot.clickOn(onScreen(robot, area, zelensky + 2));
        waitUntil(() -> cardShowing(first));
        assertThat(card(robot)).isNotNull();
        assertThat(label(robot, "#card-type")).isEqualTo("Person");
        assertThat(label(robot, "#card-text")).isEqualTo("\u201cZelensky\u201d");
        assertThat(label(robot, "#card-entity")).isEqualTo("Zelensky  \u00b7  " + zelenskys + " mentions");
        assertThat(label(robot, "#card-origin")).isEqualTo("Found by the engine \u00b7 100% sure");
        // Esc closes it and the article has the keyboard again.
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !cardShowing(first));
        assertThat(area.isFocused()).isTrue();

        // A drag that selects words does not open a card.
        Point2D from = onScreen(robot, area, zelensky - 6);
        robot.drag(from, MouseButton.PRIMARY).dropTo(onScreen(robot, area, zelensky + 4));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cardShowing(first)).isFalse();

        // Enter with the caret in "Donald Trump" opens its card; 2 makes it an Organization, in the text and in
        // the Entities panel, and the card says the reader checked it.
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(trump + 3);
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> cardShowing(first));
        assertThat(label(robot, "#card-text")).isEqualTo("\u201cDonald Trump\u201d");
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> area.getStyleOfChar(trump + 1).contains("entity-organization"));
        waitUntil(() -> label(robot, "#card-type").equals("Organization"));
        assertThat(label(robot, "#card-origin")).startsWith("Checked by you");
        assertThat(entities(robot, first)).contains("ORGANIZATION Donald Trump \u00d71")
                .doesNotContain("PERSON Donald Trump \u00d71");
        // ... and the dictionary learns it for articles opened later: never a Person, always an Organization.
        waitUntil(() -> first.viewModel().library().dictionary().list().stream()
                .anyMatch(e -> e.text().equals("Donald Trump") && e.type().equals("ORGANIZATION")
                        && e.action() == org.lector.model.DictionaryAction.ACCEPT));
        assertThat(first.viewModel().library().dictionary().list()).anyMatch(e -> e.text().equals("Donald Trump")
                && e.type().equals("PERSON") && e.action() == org.lector.model.DictionaryAction.REJECT);

        // Boundaries by keyboard: Alt+Left takes in "President", Alt+Shift+Left lets go of "Trump".
        int president = text.lastIndexOf("President", trump);
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        waitUntil(() -> area.getStyleOfChar(president + 1).contains("entity-organization"));
        robot.press(KeyCode.ALT, KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT, KeyCode.ALT);
        waitUntil(() -> !area.getStyleOfChar(trump + "Donald ".length() + 1).contains("entity-organization"));
        waitUntil(() -> label(robot, "#card-text").equals("\u201cPresident Donald\u201d"));
        // ... and by mouse: drag across "US President Donald Trump" (the card stays), then Use selection.
        int us = text.lastIndexOf("US", president);
        robot.drag(onScreen(robot, area, us), MouseButton.PRIMARY)
                .dropTo(onScreen(robot, area, trump + "Donald Trump".length() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cardShowing(first)).as("a drag keeps the card open").isTrue();
        robot.clickOn(robot.lookup("#card-use-selection").queryAs(Button.class));
        waitUntil(() -> label(robot, "#card-text").equals("\u201cUS President Donald Trump\u201d"));
        assertThat(area.getStyleOfChar(us)).contains("entity-organization");
        assertThat(area.getStyleOfChar(trump + "Donald Trump".length() - 1)).contains("entity-organization");
        assertThat(entities(robot, first)).contains("ORGANIZATION US President Donald Trump \u00d71");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !cardShowing(first));

        // Delete in the card rejects the name; Ctrl+Z brings the engine's back as it was, Ctrl+Shift+Z removes it.
        robot.clickOn(onScreen(robot, area, moscow + 1));
        waitUntil(() -> cardShowing(first));
        robot.type(KeyCode.DELETE);
        waitUntil(() -> !area.getStyleOfChar(moscow + 1).contains("entity-place"));
        assertThat(cardShowing(first)).isFalse();
        assertThat(area.isFocused()).isTrue();
        ctrl(robot, KeyCode.Z);
        waitUntil(() -> area.getStyleOfChar(moscow + 1).contains("entity-place"));
        robot.clickOn(onScreen(robot, area, moscow + 1));
        waitUntil(() -> cardShowing(first));
        assertThat(label(robot, "#card-origin")).isEqualTo("Found by the engine \u00b7 100% sure");
        robot.type(KeyCode.ESCAPE);
        ctrl(robot, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> !area.getStyleOfChar(moscow + 1).contains("entity-place"));
        assertThat(entities(robot, first)).contains("PLACE Moscow \u00d7" + (moscows - 1));

        // S splits the first Zelensky out of its entity.
        robot.clickOn(onScreen(robot, area, zelensky + 1));
        waitUntil(() -> cardShowing(first));
        robot.type(KeyCode.S);
        waitUntil(() -> entities(robot, first).contains("PERSON Zelensky \u00d7" + (zelenskys - 1)));
        assertThat(entities(robot, first)).contains("PERSON Zelensky \u00d71");
        waitUntil(() -> label(robot, "#card-entity").equals("Zelensky  \u00b7  1 mention"));
        robot.type(KeyCode.ESCAPE);

        // L links the first Paris to Moscow, picked by typing in the card's list.
        robot.clickOn(onScreen(robot, area, paris + 1));
        waitUntil(() -> cardShowing(first));
        robot.type(KeyCode.L);
        waitUntil(() -> robot.lookup("#card-filter").tryQuery().isPresent());
        robot.write("mosc");
        robot.type(KeyCode.ENTER);
        int parises = count(text, "Paris");
        waitUntil(() -> entities(robot, first).contains("PLACE Moscow \u00d7" + moscows));
        assertThat(entities(robot, first)).contains("PLACE Paris \u00d7" + (parises - 1));
        waitUntil(() -> label(robot, "#card-entity").equals("Moscow  \u00b7  " + moscows + " mentions"));
        robot.type(KeyCode.ESCAPE);

        // M merges Macron's entity with the bigger Zelensky, picked from the list with the keyboard.
        int macron = text.indexOf("Macron");
        robot.clickOn(onScreen(robot, area, macron + 1));
        waitUntil(() -> cardShowing(first));
        robot.type(KeyCode.M);
        waitUntil(() -> robot.lookup("#card-filter").tryQuery().isPresent());
        robot.write("zel");
        robot.type(KeyCode.ENTER);
        String merged = "PERSON Macron \u00d7" + (macrons + zelenskys - 1);
        waitUntil(() -> entities(robot, first).contains(merged));
        assertThat(entities(robot, first)).contains("PERSON Zelensky \u00d71")
                .doesNotContain("PERSON Zelensky \u00d7" + (zelenskys - 1));

        // Ctrl+Z in the card takes the merge back; Ctrl+Y does it again.
        ctrl(robot, KeyCode.Z);
        waitUntil(() -> entities(robot, first).contains("PERSON Zelensky \u00d7" + (zelenskys - 1)));
        assertThat(entities(robot, first)).contains("PERSON Macron \u00d7" + macrons);
        ctrl(robot, KeyCode.Y);
        waitUntil(() -> entities(robot, first).contains(merged));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !cardShowing(first));

        // Undo in the article goes back through the merge, the link and the split, and redo brings them back.
        ctrl(robot, KeyCode.Z);
        ctrl(robot, KeyCode.Z);
        ctrl(robot, KeyCode.Z);
        waitUntil(() -> entities(robot, first).containsAll(List.of("PERSON Zelensky \u00d7" + zelenskys,
                "PLACE Paris \u00d7" + parises, "PLACE Moscow \u00d7" + (moscows - 1),
                "PERSON Macron \u00d7" + macrons)));
        ctrl(robot, KeyCode.SHIFT, KeyCode.Z);
        ctrl(robot, KeyCode.SHIFT, KeyCode.Z);
        ctrl(robot, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> entities(robot, first).containsAll(List.of(merged, "PLACE Paris \u00d7" + (parises - 1),
                "PLACE Moscow \u00d7" + moscows, "PERSON Zelensky \u00d71")));
        List<String> before = entities(robot, first);

        // Restart: all of it is back.
        close(robot, first);
        Opened second = openWindow(robot, library);
        StyleClassedTextArea again = second.area();
        waitUntil(() -> again.getStyleOfChar(us).contains("entity-organization"));
        assertThat(again.getStyleOfChar(moscow + 1)).doesNotContain("entity-place");
        assertThat(entities(robot, second)).containsExactlyElementsOf(before);
        robot.clickOn(onScreen(robot, again, us + 1));
        waitUntil(() -> cardShowing(second));
        assertThat(label(robot, "#card-text")).isEqualTo("\u201cUS President Donald Trump\u201d");
        assertThat(label(robot, "#card-type")).isEqualTo("Organization");
        robot.type(KeyCode.ESCAPE);
        close(robot, second);
    }
}

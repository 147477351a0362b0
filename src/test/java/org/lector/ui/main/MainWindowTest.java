package org.lector.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.testing.OnFx.waitUntil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lector.testing.OnFx;
import org.lector.app.LectorWindow;
import java.util.Map;
import org.lector.model.EntityType;
import org.lector.testing.ChoosingDialogs;
import org.lector.testing.Corpus;
import org.lector.testing.TextMatchingAnalysis;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.FxDialogService;
import org.lector.ui.common.SettingsRepository;
import org.lector.ui.common.UiSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real main window the way a reader does: menus, keys, dialogs. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;

    private final UiSettings settings = new UiSettings();
    private ChoosingDialogs dialogs;
    private LectorWindow lector;

    @Start
    void start(Stage stage) {
        dialogs = new ChoosingDialogs(stage);
        lector = LectorWindow.create(stage, new LectorWindow.Services(SettingsRepository.inMemory(settings), dialogs,
                new TextMatchingAnalysis(Map.of("Macron", EntityType.PERSON, "Paris", EntityType.PLACE))));
        stage.show();
        lector.open(Corpus.file("sample/paris-summit.txt"), null);
    }

    private StyleClassedTextArea area(FxRobot robot) {
        return robot.lookup("#article").queryAs(StyleClassedTextArea.class);
    }

    /**
     * The article's text, read on the FX thread: read from the test thread while a restyle replaces paragraphs, a
     * long text can come back with paragraphs missing or twice.
     */
    private String textOf(FxRobot robot) throws Exception {
        return OnFx.get(() -> area(robot).getText());
    }

    private void waitForText(FxRobot robot, String fragment) throws TimeoutException {
        waitUntil(() -> area(robot).getText().contains(fragment));
        // The analysis follows the text and fills the highlights and the panels. The robot walks the scene graph
        // from the test thread, and a walk that meets the FX thread adding nodes fails inside TestFX's lookup (an
        // IndexOutOfBoundsException, seen under load): the tests start once the window has settled.
        waitUntil(this::analysisShown);
    }

    private boolean analysisShown() {
        try {
            return OnFx.get(() -> lector.viewModel().reader().analysisProperty().get() != null
                    && lector.viewModel().analysisStateProperty().get().isEmpty());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void startsOnTheSampleWithItsLengthInTheStatusBar(FxRobot robot) throws Exception {
        waitForText(robot, "French President Emmanuel Macron");
        assertThat(label(robot, "#status-words")).matches("[\\d,]+ words  \u00b7  \\d+ min read");
        assertThat(robot.lookup("#side-panel").tryQuery()).isPresent();
        waitUntil(() -> robot.lookup("#entities-list .list-view").tryQuery().map(javafx.scene.Node::isVisible)
                .orElse(false));
    }

    @Test
    void highlightsNamesAndQuotesAndListsThemInThePanels(FxRobot robot) throws Exception {
        waitForText(robot, "Emmanuel Macron");
        String text = textOf(robot);
        int macron = text.indexOf("Macron");
        int quote = text.indexOf("\"decisive phase") + 3;
        waitUntil(() -> area(robot).getStyleOfChar(macron + 1).contains("entity-person"));
        assertThat(area(robot).getStyleOfChar(quote)).contains("quote");
        assertThat(area(robot).getStyleOfChar(text.indexOf("Paris") + 1)).contains("entity-place");
        assertThat(area(robot).getStyleOfChar(text.indexOf("Zelensky") + 1)).doesNotContain("entity-person");

        // The Entities tab lists Macron; choosing him selects his first mention in the article.
        robot.clickOn("#tab-entities .tab-label");
        javafx.scene.Node entities = robot.lookup("#entities-list").query();
        robot.clickOn(robot.from(entities).lookup("Macron").queryAs(javafx.scene.Node.class));
        waitUntil(() -> area(robot).getSelectedText().equals("Macron"));
        assertThat(area(robot).getSelection().getStart()).isEqualTo(macron);

        // A chip gets its tooltip (a popup window of its own) when the pointer first comes over it, not with the
        // highlights; it says what the chip does from the start, as its accessible help.
        javafx.scene.control.ToggleButton person = robot.lookup("#legend-person")
                .queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(person.getAccessibleHelp()).contains("person highlights");
        robot.moveTo("#legend-person");
        waitUntil(() -> person.getTooltip() != null);
        assertThat(person.getTooltip().getText()).isEqualTo(person.getAccessibleHelp());

        // The legend switches a type's highlights off and on again.
        robot.clickOn("#legend-person");
        waitUntil(() -> !area(robot).getStyleOfChar(macron + 1).contains("entity-person"));
        robot.clickOn("#legend-person");
        waitUntil(() -> area(robot).getStyleOfChar(macron + 1).contains("entity-person"));

        robot.clickOn("#tab-quotes .tab-label");
        assertThat(robot.lookup(".panel-quote").queryAll()).isNotEmpty();
    }

    @Test
    void exportFromTheFileMenuPreviewsTheMarkdown(FxRobot robot) throws Exception {
        waitForText(robot, "Emmanuel Macron");
        waitUntil(() -> lector.viewModel().reader().analysisProperty().get() != null
                && lector.viewModel().analysisStateProperty().get().isEmpty());
        robot.clickOn("File").clickOn("Export\u2026");
        waitUntil(() -> robot.lookup("#preview").tryQuery().isPresent() && robot.lookup("#preview")
                .queryAs(javafx.scene.control.TextArea.class).getText().contains("title: \"Paris summit\""));
        String md = robot.lookup("#preview").queryAs(javafx.scene.control.TextArea.class).getText();
        assertThat(md).startsWith("---").contains("Macron").doesNotContain("<span");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void opensAnArticleFromTheFileMenu(FxRobot robot) throws Exception {
        waitForText(robot, "Emmanuel Macron");
        Path wikinews = Corpus.file("articles/GUM_news_korea.txt");
        String firstLine = Files.readAllLines(wikinews, StandardCharsets.UTF_8).get(0).strip();
        dialogs.choice = wikinews;
        robot.clickOn("File").clickOn("Open\u2026");
        waitUntil(() -> area(robot).getText().startsWith(firstLine));
        assertThat(robot.window(0).getScene().getWindow()).isInstanceOf(Stage.class);
        assertThat(((Stage) area(robot).getScene().getWindow()).getTitle()).startsWith(firstLine);
        // The title line is styled as the article's heading.
        assertThat(area(robot).getStyleOfChar(1)).contains("article-title");
        assertThat(lector.viewModel().recentFiles().get(0)).isEqualTo(wikinews.toAbsolutePath().normalize().toString());
    }

    @Test
    void badInputShowsAClearErrorDialogAndKeepsTheArticle(FxRobot robot) throws Exception {
        waitForText(robot, "Emmanuel Macron");
        Path binary = dir.resolve("photo.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        dialogs.choice = binary;
        robot.clickOn("File").clickOn("Open\u2026");
        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).contains("photo.txt");
        assertThat(pane.getContentText()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        robot.clickOn("OK");
        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isEmpty());
        assertThat(textOf(robot)).contains("Emmanuel Macron");
    }

    @Test
    void findHighlightsEveryMatchAndStepsWithEnter(FxRobot robot) throws Exception {
        waitForText(robot, "Emmanuel Macron");
        String text = textOf(robot);
        int expected = countIgnoringCase(text, "macron");
        assertThat(expected).isGreaterThan(2);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#find-bar").queryAs(HBox.class).isVisible());
        robot.write("macron");
        waitUntil(() -> label(robot, "#find-status").equals("1 of " + expected));

        int first = text.toLowerCase(Locale.ROOT).indexOf("macron");
        int second = text.toLowerCase(Locale.ROOT).indexOf("macron", first + 1);
        assertThat(area(robot).getStyleOfChar(first + 1)).contains("search-hit", "search-current");
        assertThat(area(robot).getStyleOfChar(second + 1)).contains("search-hit").doesNotContain("search-current");

        robot.type(KeyCode.ENTER);
        waitUntil(() -> label(robot, "#find-status").equals("2 of " + expected));
        assertThat(area(robot).getStyleOfChar(second + 1)).contains("search-current");
        assertThat(area(robot).getStyleOfChar(first + 1)).doesNotContain("search-current");

        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        waitUntil(() -> label(robot, "#find-status").equals("1 of " + expected));

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !robot.lookup("#find-bar").queryAs(HBox.class).isVisible());
        assertThat(area(robot).getStyleOfChar(first + 1)).doesNotContain("search-hit");
        // The match it was on stays selected, for the keyboard to go on from (a digit tags it).
        assertThat(area(robot).getSelection().getStart()).isEqualTo(first);
        assertThat(area(robot).getSelectedText()).isEqualToIgnoringCase("macron");
    }

    @Test
    void darkThemeFromTheViewMenuRepaintsThePage(FxRobot robot) throws Exception {
        waitForText(robot, "Emmanuel Macron");
        Color light = backgroundOf(area(robot));
        robot.clickOn("View").clickOn("Dark Theme");
        waitUntil(() -> area(robot).getScene().getRoot().getStyleClass().contains("theme-dark"));
        Color dark = backgroundOf(area(robot));
        assertThat(dark.getBrightness()).isLessThan(0.2);
        assertThat(light.getBrightness()).isGreaterThan(0.9);
        assertThat(settings.theme).isEqualTo("dark");
    }

    @Test
    void zoomsWithCtrlPlusMinusAndZero(FxRobot robot) throws Exception {
        waitForText(robot, "Emmanuel Macron");
        double base = textFontSize(robot);
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        waitUntil(() -> label(robot, "#status-zoom").equals("110 %"));
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        waitUntil(() -> label(robot, "#status-zoom").equals("120 %"));
        assertThat(textFontSize(robot)).isCloseTo(base * 1.2, org.assertj.core.data.Offset.offset(0.2));
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        waitUntil(() -> label(robot, "#status-zoom").equals("110 %"));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        waitUntil(() -> label(robot, "#status-zoom").equals("100 %"));
        assertThat(textFontSize(robot)).isCloseTo(base, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void keepsLinesToAReadableMeasureOnAWideWindow(FxRobot robot) throws Exception {
        waitForText(robot, "Emmanuel Macron");
        Stage stage = (Stage) area(robot).getScene().getWindow();
        robot.interact(() -> stage.setWidth(1800));
        waitUntil(() -> area(robot).getWidth() > 1000);
        // The text is laid out again at the new width; its lines are there once the next pulse has passed.
        waitUntil(() -> robot.from(area(robot)).lookup(".text").queryAllAs(Text.class).stream()
                .anyMatch(t -> !t.getText().isBlank() && !t.getStyleClass().contains("article-title")));
        StyleClassedTextArea a = area(robot);
        double textWidth = a.getWidth() - a.getPadding().getLeft() - a.getPadding().getRight();
        double fontSize = textFontSize(robot);
        assertThat(textWidth).isLessThanOrEqualTo(org.lector.ui.reader.ReaderView.MEASURE_EM * fontSize + 1);
    }

    @Test
    void opensWarAndPeaceAndFindsInItWithoutBlocking(FxRobot robot) throws Exception {
        waitForText(robot, "Emmanuel Macron");
        dialogs.choice = Corpus.file("long/2600-0.txt");
        robot.clickOn("File").clickOn("Open\u2026");
        waitUntil(() -> area(robot).getLength() > 3_000_000);
        assertThat(textOf(robot)).doesNotStartWith("\uFEFF");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        int expected = countIgnoringCase(textOf(robot), "pierre");
        robot.write("Pierre");
        // The search runs as the reader types (after a 150 ms pause): "1 of 4202" for "Pi" may come first.
        waitUntil(() -> label(robot, "#find-status").equals("1 of " + expected));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> label(robot, "#find-status").startsWith("2 of "));
    }

    private static int countIgnoringCase(String text, String needle) {
        String lower = text.toLowerCase(Locale.ROOT);
        int count = 0;
        for (int i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }

    private static Color backgroundOf(StyleClassedTextArea area) {
        return (Color) area.getBackground().getFills().get(0).getFill();
    }

    /**
     * The font size of the article's body text. Its text nodes are made again whenever a paragraph is restyled (the
     * analysis can land at any moment), so it asks on the FX thread until a pulse has laid some out.
     */
    private double textFontSize(FxRobot robot) throws TimeoutException {
        double[] size = {Double.NaN};
        waitUntil(() -> {
            robot.interact(() -> robot.from(area(robot)).lookup(".text").queryAllAs(Text.class).stream()
                    .filter(t -> !t.getText().isBlank() && !t.getStyleClass().contains("article-title"))
                    .findFirst().ifPresent(t -> size[0] = t.getFont().getSize()));
            return !Double.isNaN(size[0]);
        });
        return size[0];
    }
}

package org.lector.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.testing.OnFx.waitUntil;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.Toolkit;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lector.testing.OnFx;
import org.lector.app.LectorWindow;
import org.lector.model.EntityType;
import org.lector.testing.ChoosingDialogs;
import org.lector.testing.Corpus;
import org.lector.testing.LocalPages;
import org.lector.testing.TextMatchingAnalysis;
import org.lector.ui.common.SettingsRepository;
import org.lector.ui.common.UiSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File › Open URL, its shortcut, a failure's message and a dropped link, in the real window; pages served locally. */
@ExtendWith(ApplicationExtension.class)
class OpenUrlWindowTest {

    private static final String BODY = "The lighthouse on the north pier was lit again on Saturday evening after "
            + "three months of repairs, and a small crowd came out to watch it turn.";
    private static final String MORE = "The keeper said the new lamp could be seen from twice as far out at sea "
            + "as the old one, which had been in use since before the war.";

    private final LocalPages web = new LocalPages()
            .html("/news/lighthouse", LocalPages.article("Lighthouse lit again", BODY, MORE, BODY.replace(
                    "Saturday", "Sunday")));
    private LectorWindow lector;

    @Start
    void start(Stage stage) {
        lector = LectorWindow.create(stage, new LectorWindow.Services(SettingsRepository.inMemory(new UiSettings()),
                new ChoosingDialogs(stage), new TextMatchingAnalysis(Map.of("Macron", EntityType.PERSON))));
        stage.show();
        lector.open(Corpus.file("sample/paris-summit.txt"), null);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    /** The article's text, read on the FX thread. */
    private static String textOf(FxRobot robot) throws Exception {
        return OnFx.get(() -> area(robot).getText());
    }

    private static StyleClassedTextArea area(FxRobot robot) {
        return robot.lookup("#article").queryAs(StyleClassedTextArea.class);
    }

    private void typeAddress(FxRobot robot, String url) throws TimeoutException {
        waitUntil(() -> robot.lookup("#open-url-field").tryQuery().isPresent());
        TextField field = robot.lookup("#open-url-field").queryAs(TextField.class);
        robot.interact(field::clear);
        assertThat(robot.lookup("#open-url-open").queryAs(Node.class).isDisabled()).isTrue();
        robot.clickOn(field).write(url);
        assertThat(robot.lookup("#open-url-open").queryAs(Node.class).isDisabled()).isFalse();
    }

    @Test
    void openUrlFromTheFileMenuShowsThePageWithItsAddressUnderTheTitle(FxRobot robot) throws Exception {
        waitUntil(() -> area(robot).getText().contains("Emmanuel Macron"));
        robot.clickOn("File").clickOn("Open URL\u2026");
        typeAddress(robot, web.url("/news/lighthouse"));
        robot.clickOn("#open-url-open");

        waitUntil(() -> area(robot).getText().contains(MORE));
        assertThat(textOf(robot)).doesNotContain("Contact us");
        assertThat(lector.viewModel().reader().getDocument().source()).isEqualTo(web.url("/news/lighthouse"));
        String meta = robot.lookup(".article-meta").queryAs(Label.class).getText();
        assertThat(meta).contains("By Ann Sample", "The Harbour Gazette", "127.0.0.1:", "/news/lighthouse");
        assertThat(lector.viewModel().recentFiles().get(0)).isEqualTo(web.url("/news/lighthouse"));
    }

    @Test
    void ctrlShiftOOpensTheDialogAndEscapeLeavesTheArticleAsItWas(FxRobot robot) throws Exception {
        waitUntil(() -> area(robot).getText().contains("Emmanuel Macron"));
        robot.clickOn("#article");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#open-url-dialog").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#open-url-dialog").tryQuery().isEmpty());
        assertThat(textOf(robot)).contains("Emmanuel Macron");
    }

    @Test
    void aPageThatIsNotThereIsOneSentenceInADialogAndTheArticleStays(FxRobot robot) throws Exception {
        waitUntil(() -> area(robot).getText().contains("Emmanuel Macron"));
        robot.clickOn("File").clickOn("Open URL\u2026");
        typeAddress(robot, web.url("/news/gone"));
        robot.type(KeyCode.ENTER);

        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Cannot open \u201c127.0.0.1\u201d");
        assertThat(pane.getContentText()).startsWith("There is no page at").contains("404")
                .doesNotContain("Exception").doesNotContain("\tat ");
        robot.clickOn("OK");
        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isEmpty());
        assertThat(textOf(robot)).contains("Emmanuel Macron");
        assertThat(robot.lookup("#status-cancel").queryAs(Node.class).isVisible()).isFalse();
    }

    @Test
    void aLinkDroppedOnTheWindowOpensItsPage(FxRobot robot) throws Exception {
        waitUntil(() -> area(robot).getText().contains("Emmanuel Macron"));
        // A drag from another application cannot be made headless; the drop is the event the scene gets from one,
        // carrying the link as a browser does (a URL, and the same as text).
        robot.interact(() -> {
            Dragboard board = DragboardHelper.createDragboard(Toolkit.getToolkit().createLocalClipboard());
            ClipboardContent content = new ClipboardContent();
            content.putUrl(web.url("/news/lighthouse"));
            content.putString(web.url("/news/lighthouse"));
            board.setContent(content);
            Node root = area(robot).getScene().getRoot();
            Event.fireEvent(root.getScene(), new DragEvent(DragEvent.DRAG_DROPPED, board, 10, 10, 10, 10,
                    TransferMode.COPY, null, null, null));
        });
        waitUntil(() -> area(robot).getText().contains(MORE));
        assertThat(lector.viewModel().reader().getDocument().source()).isEqualTo(web.url("/news/lighthouse"));
    }
}

package org.lector.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.NavigationActions.SelectionPolicy;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.ui.common.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Caret keys in a long article: a move by words goes where the text area's own move goes, across paragraphs. */
@ExtendWith(ApplicationExtension.class)
class ArticleKeysTest {

    private static final String PARAGRAPH = "\u201cWell, Prince, so Genoa and Lucca are now just family estates of "
            + "the Buonapartes,\u201d said Anna P\u00e1vlovna. It's 1805; the soir\u00e9e   began at nine.";

    private ReaderViewModel viewModel;
    private ReaderView view;

    @Start
    void start(Stage stage) {
        viewModel = new ReaderViewModel(BackgroundTasks.sameThread());
        view = new ReaderView(viewModel, BackgroundTasks.sameThread());
        BorderPane window = new BorderPane(view);
        window.setRight(new Label("side panel"));
        window.setBottom(new Label("status"));
        stage.setScene(new Scene(window, 900, 600));
        stage.show();
    }

    private StyleClassedTextArea open(FxRobot robot) throws Exception {
        String text = "War and Peace\n\n" + String.join("\n \n", Collections.nCopies(60, PARAGRAPH));
        Document doc = new Document("War and Peace", text, "novel.txt", DocumentFormat.TEXT, "UTF-8", "0", null);
        robot.interact(() -> viewModel.documentProperty().set(doc));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.laidOutProperty().get() == doc);
        StyleClassedTextArea area = view.area();
        robot.interact(area::requestFocus);
        return area;
    }

    private static int wholeText(String text, int from, boolean forwards) {
        BreakIterator words = BreakIterator.getWordInstance();
        words.setText(text);
        if (forwards) {
            words.following(from);
        } else {
            words.preceding(from);
        }
        return words.current();
    }

    @Test
    void wordMovesGoWhereTheTextAreasOwnMovesGoAcrossParagraphs(FxRobot robot) throws Exception {
        StyleClassedTextArea area = open(robot);
        String text = area.getText();
        int start = text.indexOf("nine.", text.length() / 2);
        robot.interact(() -> area.moveTo(start));
        // Ctrl+Right skips a space after a word too (two boundaries), as the text area's own key does.
        int at = start;
        for (int i = 0; i < 12; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            int expected = wholeText(text, at, true);
            if (expected < text.length() && Character.isWhitespace(text.charAt(at))) {
                expected = wholeText(text, expected, true);
            }
            assertThat(area.getCaretPosition()).as("Ctrl+Right number %d from %d", i + 1, at).isEqualTo(expected);
            at = expected;
        }
        for (int i = 0; i < 12; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.LEFT);
            WaitForAsyncUtils.waitForFxEvents();
            int expected = wholeText(text, at, false);
            if (expected > 0 && Character.isWhitespace(text.charAt(at - 1))) {
                expected = wholeText(text, expected, false); // and a space before the caret, likewise
            }
            assertThat(area.getCaretPosition()).as("Ctrl+Left number %d from %d", i + 1, at).isEqualTo(expected);
            at = expected;
        }
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelection().getStart()).isEqualTo(at);
        assertThat(area.getSelection().getEnd()).isEqualTo(area.getCaretPosition()).isGreaterThan(at);
    }

    @Test
    void characterKeysCrossParagraphsAndACaretMoveAsksOnlyTheArticleForLayout(FxRobot robot) throws Exception {
        StyleClassedTextArea area = open(robot);
        String text = area.getText();
        int end = text.indexOf('\n', text.length() / 2);
        robot.interact(() -> area.moveTo(end - 1));
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getCaretPosition()).isEqualTo(end + 1);
        robot.push(KeyCode.LEFT);
        robot.push(KeyCode.SHIFT, KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelection().getStart()).isEqualTo(end - 1);
        assertThat(area.getSelection().getEnd()).isEqualTo(end);

        // The article's scroll pane is a layout root: the window around it is not measured again for a caret move.
        Parent window = view.getScene().getRoot();
        boolean[] asked = new boolean[2];
        robot.interact(() -> {
            area.nextChar(SelectionPolicy.CLEAR);
            area.requestLayout();
            asked[0] = area.isNeedsLayout();
            asked[1] = window.isNeedsLayout();
        });
        assertThat(asked[0]).as("the article asked for layout").isTrue();
        assertThat(asked[1]).as("the window asked for layout").isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getCaretPosition()).isEqualTo(end);
    }
}

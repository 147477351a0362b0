package org.lector.ui.main;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.lector.ui.common.FollowsCaret;

/**
 * Keeps the shown side-panel tab on the article's caret: moving the caret into a name, quote, fact or annotated
 * passage selects its item in the panel. Only the shown tab follows, and it follows again when another tab is
 * shown; the other direction (choosing an item scrolls the article) is the panels' own.
 *
 * <p>Laying out a new text moves the caret (to the end of the inserted text, then back to the start); that is not
 * the reader's caret, so the panel does not follow it: it would select whatever name opens the article and scroll
 * the list away from its top. The panel follows from the first move after the layout.
 */
final class PanelFollow {

    private static final Duration SETTLE = Duration.millis(90);

    private final StyleClassedTextArea article;
    private final TabPane panel;
    /** Whether the caret has moved since the article's text was last laid out. */
    private boolean moved;
    /** True from a change of the text to the end of the FX event that made it: its caret moves are the layout's. */
    private boolean layingOut;

    private PanelFollow(StyleClassedTextArea article, TabPane panel) {
        this.article = article;
        this.panel = panel;
    }

    static void install(StyleClassedTextArea article, TabPane panel) {
        PanelFollow follow = new PanelFollow(article, panel);
        // The panel follows once the caret rests: a key held down moves the caret without relaying out the panel
        // on every step, and a key press repaints the article alone (on a novel, a frame's worth of time).
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> follow.sync());
        article.plainTextChanges().subscribe(change -> {
            follow.moved = false;
            settle.stop();
            if (!follow.layingOut) {
                follow.layingOut = true;
                Platform.runLater(() -> follow.layingOut = false);
            }
        });
        article.caretPositionProperty().addListener((obs, old, caret) -> {
            if (!follow.layingOut) {
                follow.moved = true;
                settle.playFromStart();
            }
        });
        panel.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> follow.sync());
    }

    private void sync() {
        Tab tab = panel.getSelectionModel().getSelectedItem();
        if (!moved || panel.getScene() == null || tab == null) {
            return;
        }
        Node content = tab.getContent();
        if (content instanceof FollowsCaret follower) {
            follower.followCaret(article.getCaretPosition());
        }
    }
}

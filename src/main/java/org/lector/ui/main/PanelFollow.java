package org.lector.ui.main;

import javafx.animation.PauseTransition;
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
 */
final class PanelFollow {

    private static final Duration SETTLE = Duration.millis(90);

    private final StyleClassedTextArea article;
    private final TabPane panel;

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
        article.caretPositionProperty().addListener((obs, old, caret) -> settle.playFromStart());
        panel.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> follow.sync());
    }

    private void sync() {
        Tab tab = panel.getSelectionModel().getSelectedItem();
        if (panel.getScene() == null || tab == null) {
            return;
        }
        Node content = tab.getContent();
        if (content instanceof FollowsCaret follower) {
            follower.followCaret(article.getCaretPosition());
        }
    }
}

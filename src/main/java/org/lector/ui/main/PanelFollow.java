package org.lector.ui.main;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.lector.ui.common.FollowsCaret;

/**
 * Keeps the shown side-panel tab on the article's caret: moving the caret into a name, quote, fact or annotated
 * passage selects its item in the panel. Only the shown tab follows, and it follows again when another tab is
 * shown; the other direction (choosing an item scrolls the article) is the panels' own.
 */
final class PanelFollow {

    private final StyleClassedTextArea article;
    private final TabPane panel;

    private PanelFollow(StyleClassedTextArea article, TabPane panel) {
        this.article = article;
        this.panel = panel;
    }

    static void install(StyleClassedTextArea article, TabPane panel) {
        PanelFollow follow = new PanelFollow(article, panel);
        article.caretPositionProperty().addListener((obs, old, caret) -> follow.sync());
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

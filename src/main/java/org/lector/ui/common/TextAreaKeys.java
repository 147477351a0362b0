package org.lector.ui.common;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keys for a text area in a dialog, so the dialog can be finished without the mouse: Tab moves on to {@code next}
 * instead of typing a tab (Ctrl+Tab still types one), and Ctrl+Enter runs {@code submit}.
 */
public final class TextAreaKeys {

    private TextAreaKeys() {
    }

    public static void install(TextArea area, Node next, Runnable submit) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShiftDown() && !e.isShortcutDown() && !e.isAltDown()
                    && next != null) {
                next.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown() && submit != null) {
                submit.run();
                e.consume();
            }
        });
    }
}

package org.lector.ui.review;

import java.util.function.BooleanSupplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * What the review bars share (the automatic tags' and the repair suggestions'): their buttons, which leave the focus
 * in the article, and their one-key commands, which act while the article has the focus, before its own keys.
 */
public final class ReviewKeys {

    /** A bar's keys: whether it took {@code code}. */
    @FunctionalInterface
    public interface Handler {
        boolean handle(KeyCode code, boolean shift);
    }

    private ReviewKeys() {
    }

    /** A bar's button; clicking it keeps the focus in the article, where the keys work. */
    public static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** A bar's status line: it gives way to an ellipsis rather than running past the bar. */
    public static Label status(String id) {
        Label status = new Label();
        status.setId(id);
        status.getStyleClass().add("review-status");
        status.setMinWidth(0);
        return status;
    }

    /**
     * Lays a bar out: {@code what} is under review, then the stepping buttons, a gap and the deciding ones, which go
     * to a second line when the article column is too narrow for both. The bar is shown only while {@code active}.
     */
    public static void layOut(FlowPane bar, String id, Node what, Node[] stepping, Node[] deciding,
            ObservableBooleanValue active) {
        bar.setId(id);
        bar.getStyleClass().add("review-bar");
        bar.setHgap(16);
        bar.setVgap(4);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        Region gap = new Region();
        gap.setMinWidth(8);
        HBox keys = new HBox(8, stepping);
        keys.getChildren().add(gap);
        keys.getChildren().addAll(deciding);
        keys.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().setAll(what, keys);
        bar.prefWrapLengthProperty().bind(bar.widthProperty());
        bar.visibleProperty().bind(active);
        bar.managedProperty().bind(active);
    }

    /** Installs {@code keys} on the scene, acting while {@code active} and the article (or nothing) has the focus. */
    public static void install(Scene scene, Node article, BooleanSupplier active, Handler keys) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!active.getAsBoolean() || e.isShortcutDown() || e.isAltDown()
                    || (scene.getFocusOwner() != article && scene.getFocusOwner() != null)) {
                return;
            }
            if (keys.handle(e.getCode(), e.isShiftDown())) {
                e.consume();
            }
        });
    }

    /**
     * The stepping keys both bars have: N, Tab or Right for the next item; P, Shift+Tab or Left for the previous
     * one; Esc leaves. Whether {@code code} was one of them.
     */
    public static boolean step(KeyCode code, boolean shift, Runnable next, Runnable previous, Runnable leave) {
        switch (code) {
            case N, RIGHT -> next.run();
            case P, LEFT -> previous.run();
            case TAB -> {
                if (shift) {
                    previous.run();
                } else {
                    next.run();
                }
            }
            case ESCAPE -> leave.run();
            default -> {
                return false;
            }
        }
        return true;
    }
}

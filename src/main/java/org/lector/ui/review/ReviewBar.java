package org.lector.ui.review;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.lector.model.EntityType;

/**
 * The bar above the article in review mode: what is under review and how many are left, with a button for each
 * key. It also owns review mode's keys, which act while the article has the focus.
 */
public final class ReviewBar extends FlowPane {

    private static final int MAX_SHOWN = 60;

    private final ReviewMode review;
    private final Label status = ReviewKeys.status("review-status");
    private final Label count = new Label();

    public ReviewBar(ReviewMode review) {
        this.review = review;
        status.textProperty().bind(Bindings.createStringBinding(this::describe, review.currentProperty(),
                review.remainingProperty(), review.activeProperty()));
        // The count never gives way to an ellipsis; a long name does.
        count.setId("review-count");
        count.getStyleClass().add("review-status");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(() -> review.currentProperty().get() == null
                || review.remainingProperty().get() == 0 ? "" : review.remainingProperty().get() + " left",
                review.currentProperty(), review.remainingProperty()));

        Button previous = button("\u2039 Previous (P)", "review-previous", review::previous);
        Button next = button("Next (N) \u203a", "review-next", review::next);
        Button accept = button("Accept (A)", "review-accept", review::accept);
        accept.getStyleClass().add("review-accept");
        Button reject = button("Reject (X)", "review-reject", review::reject);
        reject.getStyleClass().add("review-reject");
        Button done = button("Done (Esc)", "review-done", review::leave);
        for (Button b : new Button[] {previous, next, accept, reject}) {
            b.disableProperty().bind(review.currentProperty().isNull());
        }
        HBox what = new HBox(6, status, count);
        what.setAlignment(Pos.CENTER_LEFT);
        ReviewKeys.layOut(this, "review-bar", what, new Node[] {previous, next}, new Node[] {accept, reject, done},
                review.activeProperty());
        // A long quotation gives way to an ellipsis rather than running past the bar (room kept for the count).
        status.maxWidthProperty().bind(widthProperty().subtract(120));
    }

    private static Button button(String text, String id, Runnable action) {
        return ReviewKeys.button(text, id, action);
    }

    private String describe() {
        if (!review.isActive()) {
            return "";
        }
        ReviewMode.Item item = review.currentProperty().get();
        int left = review.remainingProperty().get();
        if (item == null || left == 0) {
            return "Nothing left to review among the highlights shown. Press Esc to leave.";
        }
        String text = item.text().replaceAll("\\s+", " ").strip();
        if (text.length() > MAX_SHOWN) {
            text = text.substring(0, MAX_SHOWN) + "\u2026";
        }
        return "Reviewing: \u201c" + text + "\u201d  \u00b7  " + item.label() + "  \u00b7";
    }

    /**
     * Review mode's keys while the article has the focus: N, Tab or Right for the next item; P, Shift+Tab or Left
     * for the previous one; A or Enter accepts; X, Delete or Backspace rejects; a type's digit retypes; Esc
     * leaves. Installed on the scene so they come before the article's own keys.
     */
    public void installKeys(Scene scene, Node article) {
        ReviewKeys.install(scene, article, review::isActive, this::handle);
    }

    private boolean handle(KeyCode code, boolean shift) {
        if (ReviewKeys.step(code, shift, review::next, review::previous, review::leave)) {
            return true;
        }
        switch (code) {
            case A, ENTER -> review.accept();
            case X, DELETE, BACK_SPACE -> review.reject();
            default -> {
                if (!code.isDigitKey() || shift) {
                    return false;
                }
                char digit = code.getName().charAt(code.getName().length() - 1);
                for (EntityType type : EntityType.values()) {
                    if (type.hotkey() == digit) {
                        review.retype(type);
                        return true;
                    }
                }
                return false;
            }
        }
        return true;
    }
}

package org.lector.ui.repairs;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import org.lector.model.Repair;
import org.lector.ui.review.ReviewKeys;

/**
 * The bar above the article during the review of repair suggestions, as the review bar of automatic tags: what is
 * suggested and how many are left, with a button for each key, and the keys themselves while the article has the
 * focus.
 */
public final class RepairBar extends FlowPane {

    private final RepairReview review;
    private final RepairSuggestions suggestions;
    private final Label status = ReviewKeys.status("repair-status");

    public RepairBar(RepairReview review, RepairSuggestions suggestions) {
        this.review = review;
        this.suggestions = suggestions;
        status.textProperty().bind(Bindings.createStringBinding(this::describe, review.currentProperty(),
                review.remainingProperty(), review.activeProperty(), suggestions.busyProperty()));

        Button previous = button("\u2039 Previous (P)", "repair-previous", review::previous);
        Button next = button("Next (N) \u203a", "repair-next", review::next);
        Button accept = button("Accept (A)", "repair-accept", review::accept);
        accept.getStyleClass().add("review-accept");
        Button dismiss = button("Dismiss (X)", "repair-dismiss", review::dismiss);
        dismiss.getStyleClass().add("review-reject");
        Button acceptAll = button("", "repair-accept-all", review::acceptAllOfKind);
        Button dismissAll = button("", "repair-dismiss-all", review::dismissAllOfKind);
        acceptAll.textProperty().bind(Bindings.createStringBinding(() -> allLabel("Accept"),
                review.currentProperty(), review.remainingProperty()));
        dismissAll.textProperty().bind(Bindings.createStringBinding(() -> allLabel("Dismiss"),
                review.currentProperty(), review.remainingProperty()));
        Button done = button("Done (Esc)", "repair-done", review::leave);
        for (Button b : new Button[] {previous, next, accept, dismiss, acceptAll, dismissAll}) {
            b.disableProperty().bind(review.currentProperty().isNull().or(suggestions.busyProperty()));
        }
        ReviewKeys.layOut(this, "repair-bar", status, new Node[] {previous, next},
                new Node[] {accept, dismiss, acceptAll, dismissAll, done}, review.activeProperty());
        status.maxWidthProperty().bind(widthProperty().subtract(20));
    }

    private String allLabel(String verb) {
        Repair r = review.currentProperty().get();
        if (r == null) {
            return verb + " all";
        }
        return verb + " all " + review.count(r.kind()) + " (" + r.kind().label().toLowerCase(Locale.ROOT) + ")";
    }

    private static Button button(String text, String id, Runnable action) {
        return ReviewKeys.button(text, id, action);
    }

    private String describe() {
        if (!review.isActive()) {
            return "";
        }
        if (suggestions.busyProperty().get()) {
            return "Repairing\u2026";
        }
        Repair r = review.currentProperty().get();
        if (r == null || review.remainingProperty().get() == 0) {
            return "No repair suggestions left in this article. Press Esc to leave.";
        }
        return "Repair: " + RepairCard.change(r) + "  \u00b7  " + r.kind().label() + "  \u00b7  "
                + review.remainingProperty().get() + " left";
    }

    /**
     * The pass's keys while the article has the focus: N, Tab or Right for the next suggestion; P, Shift+Tab or Left
     * for the previous one; A or Enter accepts; X, Delete or Backspace dismisses; Shift+A and Shift+X do so for every
     * suggestion of the kind; Esc leaves. Installed on the scene so they come before the article's own keys.
     */
    public void installKeys(Scene scene, Node article) {
        ReviewKeys.install(scene, article, review::isActive, this::handle);
    }

    private boolean handle(KeyCode code, boolean shift) {
        if (ReviewKeys.step(code, shift, review::next, review::previous, review::leave)) {
            return true;
        }
        switch (code) {
            case A, ENTER -> {
                if (suggestions.busyProperty().get()) {
                    return true;
                }
                if (shift) {
                    review.acceptAllOfKind();
                } else {
                    review.accept();
                }
            }
            case X, DELETE, BACK_SPACE -> {
                if (shift) {
                    review.dismissAllOfKind();
                } else {
                    review.dismiss();
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}

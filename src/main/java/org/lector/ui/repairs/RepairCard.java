package org.lector.ui.repairs;

import java.util.Locale;
import java.util.OptionalInt;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Popup;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.lector.model.Repair;

/**
 * The repair card: a popup under an underlined suggestion, opened by clicking it. It shows the damaged text and the
 * repair, and offers Accept (A or Enter), Dismiss (X), the same for every suggestion of the kind, and the review
 * pass. A click on a suggestion opens this card rather than the name card of a name inside the damaged word. Esc
 * or a click elsewhere closes it.
 */
public final class RepairCard {

    static final String CARD_ID = "repair-card";

    private final StyleClassedTextArea area;
    private final RepairSuggestions suggestions;
    private final RepairReview review;
    private final Popup popup = new Popup();
    private final VBox root = new VBox(8);
    private Repair shown;
    private double pressX;
    private double pressY;

    public RepairCard(StyleClassedTextArea area, RepairSuggestions suggestions, RepairReview review) {
        this.area = area;
        this.suggestions = suggestions;
        this.review = review;
        root.setId(CARD_ID);
        root.getStyleClass().addAll("mention-card", "repair-card");
        root.setPrefWidth(420);
        root.setMaxWidth(420);
        popup.getContent().add(root);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.setOnHidden(e -> shown = null);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        suggestions.list().addListener((javafx.collections.ListChangeListener<Repair>) c -> {
            if (shown != null && !suggestions.list().contains(shown)) {
                close();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getScreenX();
            pressY = e.getScreenY();
        });
        // A filter, so the name card under the same click does not open over this one.
        area.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 1
                    || Math.abs(e.getScreenX() - pressX) > 3 || Math.abs(e.getScreenY() - pressY) > 3) {
                return;
            }
            OptionalInt at = area.hit(e.getX(), e.getY()).getCharacterIndex();
            Repair r = at.isPresent() ? suggestions.at(at.getAsInt()) : null;
            if (r != null) {
                open(r);
                e.consume();
            }
        });
    }

    /** "“existingFrench” → “existing French”", line breaks shown as ⏎. */
    static String change(Repair r) {
        return "\u201c" + visible(r.text()) + "\u201d \u2192 \u201c" + visible(r.replacement()) + "\u201d";
    }

    private static String visible(String s) {
        return s.replace("\n", "\u23ce");
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    /** The suggestion shown, or null when the card is closed. */
    public Repair shown() {
        return isShowing() ? shown : null;
    }

    /** Opens the card on {@code repair}, under its text. */
    public void open(Repair repair) {
        shown = repair;
        root.getChildren().setAll(content(repair));
        Bounds b = area.getCharacterBoundsOnScreen(repair.start(), repair.end()).orElse(null);
        if (b == null) {
            Bounds s = area.localToScreen(area.getBoundsInLocal());
            b = new javafx.geometry.BoundingBox(s.getMinX() + 40, s.getMinY() + 40, 0, 0);
        }
        if (popup.isShowing()) {
            popup.hide();
        }
        popup.getScene().getStylesheets().setAll(area.getScene().getStylesheets());
        popup.show(area, b.getMinX(), b.getMaxY() + 6);
        root.getChildren().stream().filter(n -> n instanceof FlowPane).findFirst()
                .flatMap(row -> ((FlowPane) row).getChildren().stream().findFirst())
                .ifPresent(javafx.scene.Node::requestFocus);
    }

    public void close() {
        if (popup.isShowing()) {
            popup.hide();
            area.requestFocus();
        }
        shown = null;
    }

    private java.util.List<javafx.scene.Node> content(Repair r) {
        Label kind = new Label(r.kind().label());
        kind.getStyleClass().add("card-type");
        Label hint = new Label("Suggested repair \u00b7 accepting makes a new version of the article; "
                + "the original stays in your library");
        hint.getStyleClass().add("card-hint");
        hint.setWrapText(true);
        Text damaged = new Text(visible(r.text()));
        damaged.getStyleClass().addAll("card-change", "card-damaged");
        Text arrow = new Text("  \u2192  ");
        arrow.getStyleClass().add("card-change");
        Text repaired = new Text(visible(r.replacement()));
        repaired.getStyleClass().addAll("card-change", "card-repaired");
        TextFlow change = new TextFlow(damaged, arrow, repaired);
        change.setId("repair-change");

        Button accept = button("Accept (A)", "repair-card-accept", () -> {
            close();
            suggestions.accept(r);
        });
        Button dismiss = button("Dismiss (X)", "repair-card-dismiss", () -> {
            close();
            suggestions.dismiss(r);
        });
        int same = suggestions.ofKind(r.kind()).size();
        String kindWords = r.kind().label().toLowerCase(Locale.ROOT);
        Button acceptAll = button("Accept all " + same + " (" + kindWords + ")", "repair-card-accept-all", () -> {
            close();
            suggestions.acceptAll(r.kind());
        });
        Button dismissAll = button("Dismiss all " + same, "repair-card-dismiss-all", () -> {
            close();
            suggestions.dismissAll(r.kind());
        });
        Button reviewAll = button("Review all\u2026", "repair-card-review", () -> {
            close();
            review.enter(r.start());
        });
        FlowPane buttons = new FlowPane(6, 6, accept, dismiss);
        FlowPane more = new FlowPane(6, 6);
        if (same > 1) {
            more.getChildren().addAll(acceptAll, dismissAll);
        }
        more.getChildren().add(reviewAll);
        return java.util.List.of(kind, change, buttons, more, hint);
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("card-button");
        b.setOnAction(e -> action.run());
        return b;
    }

    private void onKey(KeyEvent e) {
        Repair r = shown;
        if (r == null || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (e.getCode() == KeyCode.A || e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof Button)) {
            close();
            if (e.isShiftDown()) {
                suggestions.acceptAll(r.kind());
            } else {
                suggestions.accept(r);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.X) {
            close();
            if (e.isShiftDown()) {
                suggestions.dismissAll(r.kind());
            } else {
                suggestions.dismiss(r);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            close();
            e.consume();
        }
    }
}

package org.lector.ui.inspect;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The card's list of entities to link a name to, or merge its entity with: a filter field (Up and Down move in the
 * list while it has the keyboard), the entities with their mention counts, Back and Link (or Merge). Enter or a
 * double click picks.
 */
final class EntityPicker {

    private final TextField filter = new TextField();
    private final List<Node> parts;

    /**
     * @param linking whether the name is linked (else its entity merged)
     * @param title   what the list is for, in words
     * @param choices the entities to pick from, in order
     * @param chosen  gets the entity picked
     * @param back    goes back to the name
     */
    EntityPicker(boolean linking, String title, List<MentionCardViewModel.Choice> choices,
            Consumer<MentionCardViewModel.Choice> chosen, Runnable back) {
        FilteredList<MentionCardViewModel.Choice> filtered =
                new FilteredList<>(FXCollections.observableArrayList(choices));
        Label heading = new Label(title);
        heading.getStyleClass().add("card-text");
        heading.setWrapText(true);
        Label explain = CardParts.hint(linking
                ? "This mention joins the entity you pick; the rest of its entity stays as it is."
                : "Every mention of both becomes one entity.");
        filter.setId("card-filter");
        filter.setPromptText("Type to filter");
        ListView<MentionCardViewModel.Choice> list = new ListView<>(filtered);
        list.setId("card-choices");
        list.getStyleClass().add("card-choices");
        list.setPrefHeight(220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(MentionCardViewModel.Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : row(item));
            }
        });
        filter.textProperty().addListener((obs, old, q) -> {
            String needle = q.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(c -> needle.isEmpty() || c.cluster().name().toLowerCase(Locale.ROOT)
                    .contains(needle));
            list.getSelectionModel().selectFirst();
        });
        list.getSelectionModel().selectFirst();
        filter.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                if (i >= 0 && i < filtered.size()) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(i);
                }
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                chosen.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        Button backButton = CardParts.action("card-back", "Back", "Esc", back);
        Button ok = CardParts.action("card-pick", linking ? "Link" : "Merge", "\u21b5", () -> {
            MentionCardViewModel.Choice c = list.getSelectionModel().getSelectedItem();
            if (c != null) {
                chosen.accept(c);
            }
        });
        ok.getStyleClass().add("primary");
        ok.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(6, backButton, spacer, ok);
        buttons.setAlignment(Pos.CENTER_LEFT);
        parts = List.of(heading, explain, filter, list, buttons);
    }

    /** What the card shows instead of the name. */
    List<Node> parts() {
        return parts;
    }

    void focus() {
        filter.requestFocus();
    }

    private static Node row(MentionCardViewModel.Choice item) {
        Label name = new Label(item.cluster().name());
        name.getStyleClass().add("panel-item-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label count = new Label("\u00d7" + item.mentions());
        count.getStyleClass().add("panel-item-meta");
        HBox row = new HBox(8, CardParts.swatch(item.cluster().type()), name, spacer, count);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}

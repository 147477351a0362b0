package org.lector.ui.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;

/**
 * A side-panel list: rows drawn by a function, an empty state in its place when there are no rows, and an action
 * when a row is chosen by click or Enter. Shared by the Entities, Quotes, Facts and Notes tabs.
 *
 * @param <T> the row type
 */
public final class PanelList<T> extends StackPane {

    private final ListView<T> list = new ListView<>();
    private final StackPane emptySlot = new StackPane();

    public PanelList(String id, Function<T, Node> render, Consumer<T> onChoose) {
        setId(id);
        getStyleClass().add("side-pane-list");
        list.getStyleClass().add("panel-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Node node = render.apply(item);
                if (node instanceof javafx.scene.layout.Region region) {
                    // Wrap to the list's width rather than widening it with a horizontal scroll bar.
                    region.maxWidthProperty().bind(list.widthProperty().subtract(44));
                    region.prefWidthProperty().bind(list.widthProperty().subtract(44));
                }
                setGraphic(node);
            }
        });
        list.setOnMouseClicked(e -> choose(onChoose));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                choose(onChoose);
            }
        });
        emptySlot.getStyleClass().add("side-pane");
        getChildren().addAll(list, emptySlot);
        showEmpty(new EmptyState("", ""));
    }

    private void choose(Consumer<T> onChoose) {
        T item = list.getSelectionModel().getSelectedItem();
        if (item != null) {
            onChoose.accept(item);
        }
    }

    /** Shows these rows. */
    public void setRows(List<T> rows) {
        list.getItems().setAll(rows);
        list.setVisible(true);
        emptySlot.setVisible(false);
    }

    /** Shows {@code state} instead of the list. */
    public void showEmpty(Node state) {
        list.getItems().clear();
        list.setVisible(false);
        emptySlot.getChildren().setAll(state);
        emptySlot.setVisible(true);
    }

    public ListView<T> listView() {
        return list;
    }
}

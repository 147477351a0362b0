package org.lector.ui.common;

import java.util.function.ToIntFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The pieces the library's list windows (Library, People) build alike: a search field and a column of counts. */
public final class Tables {

    private Tables() {
    }

    /** A search field bound both ways to {@code query}, growing to the width of its row. */
    public static TextField searchField(String id, String prompt, StringProperty query) {
        TextField search = new TextField();
        search.setId(id);
        search.setPromptText(prompt);
        search.textProperty().bindBidirectional(query);
        HBox.setHgrow(search, Priority.ALWAYS);
        return search;
    }

    /** A narrow, right-aligned column of a count. */
    public static <T> TableColumn<T, Integer> countColumn(String title, ToIntFunction<T> value) {
        TableColumn<T, Integer> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsInt(c.getValue())));
        column.setPrefWidth(70);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }
}

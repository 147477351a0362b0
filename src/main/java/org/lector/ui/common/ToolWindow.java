package org.lector.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window of its own beside the article (the library, people, claims, versions): owned by the main window, styled
 * as it is (theme and style classes), closed with Escape.
 */
public final class ToolWindow {

    private ToolWindow() {
    }

    /** A stage titled {@code title} holding {@code root}, {@code width} by {@code height}. */
    public static Stage create(Window owner, String title, Region root, double width, double height) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title + " \u2014 Lector");
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            Parent ownerRoot = owner.getScene().getRoot();
            root.getStyleClass().addAll(ownerRoot.getStyleClass());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        stage.setScene(scene);
        return stage;
    }

    /** Shows {@code stage}, or brings it in front of the others when it is already showing. */
    public static void bringForward(Stage stage) {
        stage.show();
        stage.toFront();
    }

    /** The muted status line at the foot of a tool window, showing {@code status} and growing to fill its row. */
    public static Label statusLabel(String id, ObservableValue<String> status) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("article-meta");
        label.textProperty().bind(status);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
        return label;
    }
}

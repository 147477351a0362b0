package org.lector.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The quiet message a panel shows when it has nothing to list yet, saying why and what will fill it. */
public final class EmptyState extends VBox {

    public EmptyState(String title, String explanation) {
        super(8);
        Label heading = new Label(title);
        heading.getStyleClass().add("empty-state-title");
        heading.setWrapText(true);
        Label body = new Label(explanation);
        body.getStyleClass().add("empty-state-body");
        body.setWrapText(true);
        getChildren().addAll(heading, body);
        getStyleClass().add("empty-state");
        setAlignment(Pos.TOP_LEFT);
        setFillWidth(true);
    }
}

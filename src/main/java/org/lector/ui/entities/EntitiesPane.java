package org.lector.ui.entities;

import javafx.scene.layout.StackPane;
import org.lector.ui.common.EmptyState;

/** The Entities tab. Until the article has been analysed it says so plainly instead of showing an empty list. */
public final class EntitiesPane extends StackPane {

    public EntitiesPane() {
        setId("entities-pane");
        getStyleClass().add("side-pane");
        getChildren().add(new EmptyState("No entities yet",
                "The people, places, organisations, money, dates and numbers this article names will be listed "
                        + "here once it has been analysed. This version of Lector does not analyse articles yet."));
    }
}

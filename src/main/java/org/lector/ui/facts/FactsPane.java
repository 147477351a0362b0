package org.lector.ui.facts;

import javafx.scene.layout.StackPane;
import org.lector.ui.common.EmptyState;

/** The Facts tab. Until the article has been analysed it says so plainly instead of showing an empty list. */
public final class FactsPane extends StackPane {

    public FactsPane() {
        setId("facts-pane");
        getStyleClass().add("side-pane");
        getChildren().add(new EmptyState("No facts yet",
                "The claims this article makes (who did what, how much, when, according to whom) will be listed "
                        + "here once it has been analysed, ready to be checked. This version of Lector does not "
                        + "analyse articles yet."));
    }
}

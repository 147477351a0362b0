package org.lector.ui.quotes;

import javafx.scene.layout.StackPane;
import org.lector.ui.common.EmptyState;

/** The Quotes tab. Until the article has been analysed it says so plainly instead of showing an empty list. */
public final class QuotesPane extends StackPane {

    public QuotesPane() {
        setId("quotes-pane");
        getStyleClass().add("side-pane");
        getChildren().add(new EmptyState("No quotes yet",
                "Every quotation in the article, with who said it, will be listed here once it has been analysed. "
                        + "This version of Lector does not analyse articles yet."));
    }
}

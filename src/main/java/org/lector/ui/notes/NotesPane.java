package org.lector.ui.notes;

import javafx.scene.layout.StackPane;
import org.lector.ui.common.EmptyState;

/** The Notes tab. Notes cannot be written in this version yet, and it says so. */
public final class NotesPane extends StackPane {

    public NotesPane() {
        setId("notes-pane");
        getStyleClass().add("side-pane");
        getChildren().add(new EmptyState("No notes",
                "Your notes on passages and on the whole article will be listed here. Writing notes comes in a "
                        + "later version of Lector."));
    }
}

package org.lector.ui.notes;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.lector.model.Analysis;
import org.lector.model.Note;
import org.lector.ui.common.EmptyState;
import org.lector.ui.common.PanelList;
import org.lector.ui.reader.ReaderViewModel;

/** The Notes tab: the reader's notes kept in the library, each with the passage it is on. */
public final class NotesPane extends StackPane {

    private final PanelList<Note> list;

    public NotesPane(ReaderViewModel viewModel) {
        setId("notes-pane");
        list = new PanelList<>("notes-list", note -> render(viewModel, note),
                note -> note.passage().ifPresent(viewModel::reveal));
        getChildren().add(list);
        viewModel.analysisProperty().addListener((obs, old, a) -> refresh(a));
        refresh(viewModel.analysisProperty().get());
    }

    private void refresh(Analysis analysis) {
        if (analysis == null || analysis.notes().isEmpty()) {
            list.showEmpty(new EmptyState("No notes",
                    "Notes on passages and on the whole article, kept in your library, are listed here. Writing "
                            + "them from the reader comes with the correction tools."));
            return;
        }
        list.setRows(analysis.notes());
    }

    private static Node render(ReaderViewModel viewModel, Note note) {
        VBox box = new VBox(3);
        note.passage().ifPresent(span -> {
            String text = viewModel.getDocument() == null || span.end() > viewModel.getDocument().length()
                    ? "" : span.of(viewModel.getDocument().text());
            Label passage = new Label("\u201c" + (text.length() > 160 ? text.substring(0, 160) + "\u2026" : text)
                    + "\u201d");
            passage.getStyleClass().add("panel-quote");
            passage.setWrapText(true);
            box.getChildren().add(passage);
        });
        Label body = new Label(note.text());
        body.getStyleClass().add("panel-item-title");
        body.setWrapText(true);
        box.getChildren().add(body);
        return box;
    }
}

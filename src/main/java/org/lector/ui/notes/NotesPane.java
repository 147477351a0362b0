package org.lector.ui.notes;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.lector.model.Analysis;
import org.lector.model.DisplayNames;
import org.lector.model.Note;
import org.lector.model.OrphanAnnotation;
import org.lector.ui.common.EmptyState;
import org.lector.ui.common.FollowsCaret;
import org.lector.ui.common.PanelList;
import org.lector.ui.reader.ReaderViewModel;

/**
 * The Notes tab: the reader's notes kept in the library, each with the passage it is on, and the annotations
 * that lost their place when the article's text changed (kept, with the text they were on).
 */
public final class NotesPane extends StackPane implements FollowsCaret {

    /** A heading, a note, or an annotation that lost its place. */
    record Row(String heading, Note note, OrphanAnnotation orphan) {
    }

    private final ReaderViewModel viewModel;
    private final ObservableList<OrphanAnnotation> orphans;
    private final PanelList<Row> list;

    public NotesPane(ReaderViewModel viewModel, ObservableList<OrphanAnnotation> orphans) {
        this.viewModel = viewModel;
        this.orphans = orphans;
        setId("notes-pane");
        list = new PanelList<>("notes-list", this::render, row -> {
            if (row.note() != null) {
                row.note().passage().ifPresent(viewModel::reveal);
            }
        }, row -> row.note() == null ? List.of() : row.note().passage().stream().toList());
        getChildren().add(list);
        viewModel.analysisProperty().addListener((obs, old, a) -> refresh());
        orphans.addListener((ListChangeListener<OrphanAnnotation>) c -> refresh());
        refresh();
    }

    @Override
    public void followCaret(int offset) {
        list.followCaret(offset);
    }

    private void refresh() {
        Analysis analysis = viewModel.analysisProperty().get();
        List<Row> rows = new ArrayList<>();
        if (analysis != null) {
            analysis.notes().forEach(n -> rows.add(new Row(null, n, null)));
        }
        if (!orphans.isEmpty()) {
            rows.add(new Row("Lost their place when the text changed  \u00b7  " + orphans.size(), null, null));
            orphans.forEach(o -> rows.add(new Row(null, null, o)));
        }
        if (rows.isEmpty()) {
            list.showEmpty(new EmptyState("No notes",
                    "Select a passage and press Ctrl+M to write a note on it (or with nothing selected, on the "
                            + "whole article). Notes are kept in your library and listed here."));
            return;
        }
        list.setRows(rows);
    }

    private Node render(Row row) {
        if (row.heading() != null) {
            Label heading = new Label(row.heading());
            heading.getStyleClass().add("panel-heading");
            heading.setWrapText(true);
            return heading;
        }
        VBox box = new VBox(3);
        if (row.orphan() != null) {
            OrphanAnnotation o = row.orphan();
            Label passage = new Label("\u201c" + abbreviate(o.exact(), 160) + "\u201d");
            passage.getStyleClass().add("panel-quote");
            passage.setWrapText(true);
            Label what = new Label(o.description());
            what.getStyleClass().add("panel-item-meta");
            what.setWrapText(true);
            box.getChildren().addAll(passage, what);
            return box;
        }
        Note note = row.note();
        note.passage().ifPresent(span -> {
            String text = viewModel.getDocument() == null || span.end() > viewModel.getDocument().length()
                    ? "" : span.of(viewModel.getDocument().text());
            Label passage = new Label("\u201c" + DisplayNames.inertDirections(abbreviate(text, 160)) + "\u201d");
            passage.getStyleClass().add("panel-quote");
            passage.setWrapText(true);
            box.getChildren().add(passage);
        });
        Label body = new Label(note.text());
        body.getStyleClass().add("panel-item-title");
        body.setWrapText(true);
        box.getChildren().add(body);
        if (!note.tags().isEmpty()) {
            // tags come with notes imported from other tools (Hypothesis, Web Annotation clients)
            Label tags = new Label("Tags: " + String.join(", ", note.tags()));
            tags.getStyleClass().add("panel-item-meta");
            tags.setWrapText(true);
            box.getChildren().add(tags);
        }
        return box;
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "\u2026";
    }
}

package org.lector.ui.reader;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.lector.model.Span;
import org.reactfx.EventStreams;

/**
 * The find bar under the article (Ctrl+F): a field searched as the reader types (after a short pause, so a long text
 * is not searched once per keystroke), the count of matches, previous and next. Enter and Shift+Enter step through
 * the matches, Escape closes it. The matches live in {@link ReaderViewModel}; the article draws them.
 */
final class FindBar extends HBox {

    /** Typing pauses this long before the search runs, so a long text is not searched once per keystroke. */
    static final Duration DEBOUNCE = Duration.ofMillis(150);

    private final ReaderViewModel viewModel;
    private final StyleClassedTextArea area;
    private final TextField field = new TextField();
    /** The article's selection, in the document's text (the area's may show a character differently). */
    private final Supplier<String> selection;

    FindBar(ReaderViewModel viewModel, StyleClassedTextArea area, Supplier<String> selection) {
        super(8);
        this.viewModel = viewModel;
        this.area = area;
        this.selection = selection;
        field.setId("find-field");
        field.setPromptText("Find in article");
        EventStreams.valuesOf(field.textProperty()).successionEnds(DEBOUNCE).subscribe(this::search);
        viewModel.findQueryProperty().addListener((obs, old, query) -> {
            if (!query.equals(field.getText())) {
                field.setText(query);
            }
        });
        HBox.setHgrow(field, Priority.SOMETIMES);
        field.setPrefColumnCount(24);
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (!field.getText().equals(viewModel.findQueryProperty().get())) {
                    // Enter before the typing pause ends: search now, and show the first match.
                    search(field.getText());
                } else if (e.isShiftDown()) {
                    viewModel.findPrevious();
                } else {
                    viewModel.findNext();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        Label status = new Label();
        status.setId("find-status");
        status.getStyleClass().add("find-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.textProperty().bind(viewModel.findStatusProperty());
        Button previous = button("find-previous", "\u2191", "Previous match");
        previous.setOnAction(e -> viewModel.findPrevious());
        Button next = button("find-next", "\u2193", "Next match");
        next.setOnAction(e -> viewModel.findNext());
        Button close = button("find-close", "\u2715", "Close find");
        close.setOnAction(e -> close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(new Label("Find"), field, status, previous, next, spacer, close);
        setId("find-bar");
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        show(false);
    }

    /** Shows the bar and puts the cursor in its field, with the article's selection (a short one) to find. */
    void open() {
        show(true);
        String selected = selection.get();
        if (!selected.isBlank() && selected.length() < 200 && !selected.contains("\n")) {
            field.setText(selected);
        }
        field.requestFocus();
        field.selectAll();
    }

    /**
     * Closes the bar. The match it was on stays selected in the article, as in an editor, so the keyboard can go on
     * from it: a digit tags it, Ctrl+M writes a note on it.
     */
    void close() {
        List<Span> matches = viewModel.matchesProperty().get();
        int current = viewModel.currentMatchProperty().get();
        Span match = current >= 0 && current < matches.size() ? matches.get(current) : null;
        show(false);
        field.clear();
        search("");
        if (match != null && match.end() <= area.getLength()) {
            area.selectRange(match.start(), match.end());
        }
        area.requestFocus();
    }

    boolean isOpen() {
        return isVisible();
    }

    private void show(boolean open) {
        setVisible(open);
        setManaged(open);
    }

    private void search(String query) {
        viewModel.findQueryProperty().set(query);
    }

    private static Button button(String id, String text, String accessible) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setAccessibleText(accessible);
        return b;
    }
}

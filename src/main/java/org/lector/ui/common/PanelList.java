package org.lector.ui.common;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.lector.model.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A side-panel list: rows drawn by a function, an empty state in its place when there are no rows, and an action
 * when a row is chosen by click or Enter. Shared by the Entities, Quotes, Facts and Notes tabs. Given the passages
 * each row stands for, it follows the article's caret (see {@link #followCaret}).
 *
 * @param <T> the row type
 */
public final class PanelList<T> extends StackPane {

    private final ListView<T> list = new ListView<>();
    private final StackPane emptySlot = new StackPane();
    private static final Logger LOG = LoggerFactory.getLogger(PanelList.class);
    /** Where {@link #setRowsLater} makes rows and hands them back, or null when this list is only given rows. */
    private final BackgroundTasks tasks;
    /** Makes the rows of {@link #setRowsLater} one call after another, in the order asked. */
    private final Executor prepare;

    private final Function<T, List<Span>> passages;
    /** Counts the calls that change the rows, so rows made in the background for an older call are dropped. */
    private long generation;
    /** The rows by passage; built on the first caret move after the rows change. */
    private SpanIndex<T> index;
    /** The caret offset the list last followed, or -1: new rows select the item there again. */
    private int followed = -1;

    public PanelList(String id, Function<T, Node> render, Consumer<T> onChoose) {
        this(id, render, onChoose, row -> List.of());
    }

    /** @param passages the passages of the article a row stands for (none for headings) */
    public PanelList(String id, Function<T, Node> render, Consumer<T> onChoose, Function<T, List<Span>> passages) {
        this(id, render, onChoose, passages, null);
    }

    /**
     * @param passages the passages of the article a row stands for (none for headings)
     * @param tasks    the window's background work, where {@link #setRowsLater} makes rows
     */
    public PanelList(String id, Function<T, Node> render, Consumer<T> onChoose, Function<T, List<Span>> passages,
            BackgroundTasks tasks) {
        this.passages = passages;
        this.tasks = tasks;
        this.prepare = tasks == null ? null : tasks.serial();
        setId(id);
        getStyleClass().add("side-pane-list");
        list.getStyleClass().add("panel-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Node node = render.apply(item);
                if (node instanceof javafx.scene.layout.Region region) {
                    // Wrap to the list's width rather than widening it with a horizontal scroll bar.
                    region.maxWidthProperty().bind(list.widthProperty().subtract(44));
                    region.prefWidthProperty().bind(list.widthProperty().subtract(44));
                }
                setGraphic(node);
            }
        });
        list.setOnMouseClicked(e -> choose(onChoose));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                choose(onChoose);
            }
        });
        emptySlot.getStyleClass().add("side-pane");
        getChildren().addAll(list, emptySlot);
        showEmpty(new EmptyState("", ""));
    }

    private void choose(Consumer<T> onChoose) {
        T item = list.getSelectionModel().getSelectedItem();
        if (item != null) {
            onChoose.accept(item);
        }
    }

    /** Shows these rows. */
    public void setRows(List<T> rows) {
        generation++;
        show(rows, null);
    }

    /**
     * Shows the rows {@code rows} makes, or {@code none} when it makes none. The rows and their passage index are
     * made in the background (one call at a time), so the window goes on while a novel's tens of thousands of
     * mentions are grouped; a later call or {@link #setRows}/{@link #showEmpty} wins over this one. Needs the
     * window's background work, given to the constructor.
     */
    public void setRowsLater(Supplier<List<T>> rows, Runnable none) {
        if (prepare == null) {
            throw new IllegalStateException("rows are made in the background only with the window's tasks");
        }
        long mine = ++generation;
        prepare.execute(() -> {
            List<T> made;
            SpanIndex<T> madeIndex;
            try {
                made = rows.get();
                madeIndex = SpanIndex.of(made, passages);
            } catch (RuntimeException e) {
                LOG.warn("the rows of {} could not be made", getId(), e);
                return;
            }
            tasks.onUiThread(() -> {
                if (mine != generation) {
                    return;
                }
                if (made.isEmpty()) {
                    none.run();
                } else {
                    show(made, madeIndex);
                }
            });
        });
    }

    private void show(List<T> rows, SpanIndex<T> rowIndex) {
        index = rowIndex;
        replaceChanged(list.getItems(), rows);
        list.setVisible(true);
        emptySlot.setVisible(false);
        if (followed >= 0) {
            followCaret(followed);
        }
    }

    /**
     * Makes {@code items} equal to {@code rows}, changing only the rows between their common start and end, and
     * there only those that differ when as many rows come as go. After an edit of a novel one row of thousands
     * changes; handing the list all of them again ({@code setAll}) marked every row changed, and the list laid out
     * each visible one again.
     */
    static <T> void replaceChanged(List<T> items, List<T> rows) {
        int n = items.size();
        int m = rows.size();
        int prefix = 0;
        while (prefix < n && prefix < m && items.get(prefix).equals(rows.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix
                && items.get(n - 1 - suffix).equals(rows.get(m - 1 - suffix))) {
            suffix++;
        }
        if (n - prefix - suffix == m - prefix - suffix) {
            for (int i = prefix; i < m - suffix; i++) {
                if (!items.get(i).equals(rows.get(i))) {
                    items.set(i, rows.get(i));
                }
            }
            return;
        }
        items.subList(prefix, n - suffix).clear();
        items.addAll(prefix, rows.subList(prefix, m - suffix));
    }

    /** Shows {@code state} instead of the list. */
    public void showEmpty(Node state) {
        generation++;
        index = null;
        list.getItems().clear();
        list.setVisible(false);
        emptySlot.getChildren().setAll(state);
        emptySlot.setVisible(true);
    }

    /**
     * Selects the row whose passage holds {@code offset}, or none; scrolls the list only when that row is out of
     * sight. Selecting does not choose: the article does not move.
     */
    public void followCaret(int offset) {
        followed = offset;
        if (!list.isVisible()) {
            return;
        }
        if (index == null) {
            index = SpanIndex.of(list.getItems(), passages);
        }
        T row = index.at(offset).orElse(null);
        if (row == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        if (row.equals(list.getSelectionModel().getSelectedItem())) {
            return;
        }
        list.getSelectionModel().select(row);
        int at = list.getSelectionModel().getSelectedIndex();
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                && flow.getLastVisibleCell() != null && at > flow.getFirstVisibleCell().getIndex()
                && at < flow.getLastVisibleCell().getIndex()) {
            return;
        }
        list.scrollTo(Math.max(0, at - 1));
    }

    /** Runs {@code open} on the selected row when it is opened: Enter, or a double click. */
    public void onOpen(Consumer<T> open) {
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            T row = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && row != null) {
                open.accept(row);
            }
        });
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            T row = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row != null) {
                open.accept(row);
            }
        });
    }

    public ListView<T> listView() {
        return list;
    }
}

package org.lector.ui.dictionary;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.lector.model.DictionaryAction;
import org.lector.model.DictionaryEntry;
import org.lector.model.EntityType;
import org.lector.ui.common.EmptyState;
import org.lector.ui.common.Theme;
import org.lector.ui.common.Themes;

/**
 * Edit › Your Dictionary…: the texts the reader has tagged or removed, which Lector applies to articles opened
 * later. A filter, a table whose type and rule change in place (double click or F2), Delete (key or button) with
 * an Undo, and a line saying that changes apply to articles opened from now on.
 */
public final class DictionaryDialog {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final Stage stage = new Stage();
    private final DictionaryViewModel viewModel;
    private final TableView<DictionaryEntry> table = new TableView<>();
    /** The entry just changed, to select again once the list is read afresh. */
    private String refocusText;
    private String refocusType;
    private TableColumn<DictionaryEntry, ?> refocusColumn;

    public DictionaryDialog(Window owner, DictionaryViewModel viewModel, ObservableValue<Theme> theme) {
        this.viewModel = viewModel;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Your Dictionary \u2014 Lector");

        TextField filter = new TextField();
        filter.setId("dictionary-filter");
        filter.setPromptText("Filter by text, type, \u201calways\u201d or \u201cnever\u201d");
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label intro = new Label("Lector remembers what you tag and what you remove, and applies it to the "
                + "articles you open from now on. The article on screen keeps its highlights until you open it "
                + "again. Double-click a type or a rule (or press F2) to change it; Delete removes an entry.");
        intro.setId("dictionary-intro");
        intro.getStyleClass().add("article-meta");
        intro.setWrapText(true);
        VBox top = new VBox(8, intro, new HBox(8, filter));

        buildTable();

        Button undo = new Button("_Undo Delete");
        undo.setId("dictionary-undo");
        undo.visibleProperty().bind(viewModel.canUndoDeleteBinding());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> viewModel.undoDelete());
        Button delete = new Button("_Delete");
        delete.setId("dictionary-delete");
        delete.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        delete.setOnAction(e -> deleteSelected());
        Button close = new Button("Close");
        close.setId("dictionary-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Label status = new Label();
        status.setId("dictionary-status");
        status.getStyleClass().add("article-meta");
        status.textProperty().bind(viewModel.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox buttons = new HBox(8, status, undo, delete, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        BorderPane root = new BorderPane(table);
        root.setTop(top);
        root.setBottom(buttons);
        BorderPane.setMargin(top, new Insets(0, 0, 10, 0));
        BorderPane.setMargin(buttons, new Insets(10, 0, 0, 0));
        root.setPadding(new Insets(12));
        root.setId("dictionary-root");

        Scene scene = new Scene(root, 720, 480);
        Themes.apply(scene, theme.getValue());
        theme.addListener((obs, old, t) -> Themes.apply(scene, t));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && table.getEditingCell() == null) {
                stage.close();
                e.consume();
            } else if (UNDO.match(e) && !filter.isFocused()) {
                viewModel.undoDelete();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setMinWidth(480);
        stage.setMinHeight(300);
    }

    /** Shows the window (or brings it forward) with the dictionary read afresh. */
    public void show() {
        viewModel.refresh();
        stage.show();
        stage.toFront();
        table.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    private void buildTable() {
        table.setId("dictionary-table");
        table.setEditable(true);
        // Cells, not rows, take the focus, so the arrow keys reach the type and the rule and F2 changes them.
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.setItems(viewModel.shown());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(460);
        placeholder.getStyleClass().add("empty-state-body");
        placeholder.setId("dictionary-empty");
        placeholder.textProperty().bind(Bindings.createStringBinding(this::emptyText, viewModel.entries(),
                viewModel.filterProperty(), viewModel.statusProperty()));
        Label heading = new Label();
        heading.getStyleClass().add("empty-state-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> !viewModel.isLibraryOpen()
                ? "No library is open" : viewModel.entries().isEmpty() ? "Your dictionary is empty"
                : "No entry matches", viewModel.entries(), viewModel.statusProperty()));
        EmptyState empty = new EmptyState("", "");
        empty.getChildren().setAll(heading, placeholder);
        empty.setMaxWidth(480);
        empty.setAlignment(Pos.CENTER_LEFT);
        table.setPlaceholder(empty);

        TableColumn<DictionaryEntry, String> text = new TableColumn<>("Text");
        text.setId("dictionary-text-column");
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        text.setEditable(false);
        text.setPrefWidth(300);

        TableColumn<DictionaryEntry, String> type = new TableColumn<>("Type");
        type.setId("dictionary-type-column");
        type.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().type()));
        List<String> typeIds = Arrays.stream(EntityType.values()).map(EntityType::id).toList();
        type.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : DictionaryViewModel.typeLabel(id);
            }

            @Override
            public String fromString(String label) {
                return Arrays.stream(EntityType.values()).filter(t -> t.label().equals(label)).map(EntityType::id)
                        .findFirst().orElse(label);
            }
        }, FXCollections.observableArrayList(typeIds)));
        type.setOnEditCommit(e -> {
            if (e.getNewValue() != null) {
                refocus(e.getRowValue().text(), e.getNewValue(), type);
                viewModel.changeType(e.getRowValue(), e.getNewValue());
            }
        });
        type.setPrefWidth(130);

        TableColumn<DictionaryEntry, DictionaryAction> rule = new TableColumn<>("Rule");
        rule.setId("dictionary-rule-column");
        rule.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().action()));
        rule.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(DictionaryAction a) {
                return a == null ? "" : a == DictionaryAction.ACCEPT ? "Always" : "Never";
            }

            @Override
            public DictionaryAction fromString(String s) {
                return "Never".equals(s) ? DictionaryAction.REJECT : DictionaryAction.ACCEPT;
            }
        }, DictionaryAction.values()));
        rule.setOnEditCommit(e -> {
            if (e.getNewValue() != null) {
                refocus(e.getRowValue().text(), e.getRowValue().type(), rule);
                viewModel.changeAction(e.getRowValue(), e.getNewValue());
            }
        });
        rule.setPrefWidth(100);

        TableColumn<DictionaryEntry, String> date = new TableColumn<>("Date");
        date.setId("dictionary-date-column");
        date.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                DATE.format(c.getValue().created().atZone(ZoneId.systemDefault()))));
        date.setEditable(false);
        date.setPrefWidth(110);

        table.getColumns().add(text);
        table.getColumns().add(type);
        table.getColumns().add(rule);
        table.getColumns().add(date);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)
                    && table.getEditingCell() == null) {
                deleteSelected();
                e.consume();
            }
        });
        // Keep a cell focused after the list is read again, so the keyboard carries on where it was: on the entry
        // just changed, else on the first.
        viewModel.shown().addListener((ListChangeListener<DictionaryEntry>) c -> {
            List<DictionaryEntry> rows = viewModel.shown();
            int row = -1;
            for (int i = 0; refocusText != null && i < rows.size(); i++) {
                if (rows.get(i).text().equals(refocusText) && rows.get(i).type().equals(refocusType)) {
                    row = i;
                }
            }
            if (row >= 0) {
                table.getSelectionModel().clearAndSelect(row, refocusColumn);
                table.getFocusModel().focus(row, refocusColumn);
                refocusText = null;
            } else if (!rows.isEmpty() && table.getFocusModel().getFocusedIndex() < 0) {
                table.getFocusModel().focus(0, text);
            }
        });
    }

    private void refocus(String text, String type, TableColumn<DictionaryEntry, ?> column) {
        refocusText = text;
        refocusType = type;
        refocusColumn = column;
    }

    private String emptyText() {
        if (!viewModel.isLibraryOpen()) {
            return viewModel.statusProperty().get();
        }
        if (!viewModel.entries().isEmpty()) {
            return "Nothing in your dictionary has \u201c" + viewModel.filterProperty().get().strip()
                    + "\u201d in its text, type or rule. Clear the filter to see all " + viewModel.entries().size()
                    + (viewModel.entries().size() == 1 ? " entry." : " entries.");
        }
        return "Tag a word in an article (select it and press a digit, 1 to 9) or remove a highlight (Delete), "
                + "and Lector remembers it here: always that type, or never. Articles you open afterwards are "
                + "tagged the same way.";
    }

    private void deleteSelected() {
        List<DictionaryEntry> selected = table.getSelectionModel().getSelectedCells().stream()
                .map(TablePosition::getRow).distinct().filter(r -> r >= 0 && r < table.getItems().size())
                .map(table.getItems()::get).toList();
        viewModel.delete(selected);
    }
}

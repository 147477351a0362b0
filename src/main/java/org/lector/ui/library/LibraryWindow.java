package org.lector.ui.library;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.lector.model.DisplayNames;
import org.lector.model.Span;
import org.lector.store.LibraryEntry;
import org.lector.store.SearchHit;
import org.lector.ui.common.Tables;
import org.lector.ui.common.ToolWindow;
import org.lector.ui.common.SourceNames;

/**
 * The library: every article kept, with its author, date, where it came from (the site and web address, or the
 * file) and counts; a search box that searches article text and notes
 * and shows highlighted snippets; open with Enter or a double click, delete with Delete after a confirmation.
 */
public final class LibraryWindow {

    private final Stage stage;
    private final LibraryViewModel viewModel;
    private final TableView<LibraryEntry> table = new TableView<>();
    private final ListView<SearchHit> hitList = new ListView<>();

    public LibraryWindow(Window owner, LibraryViewModel viewModel) {
        this.viewModel = viewModel;

        TextField search = Tables.searchField("library-search", "Search articles and notes", viewModel.queryProperty());

        buildTable();
        buildHits();
        StackPane center = new StackPane(table, hitList);
        hitList.visibleProperty().bind(viewModel.queryProperty().isNotEmpty());
        table.visibleProperty().bind(viewModel.queryProperty().isEmpty());

        Button open = new Button("Open");
        open.setId("library-open");
        open.setDefaultButton(true);
        open.setOnAction(e -> openSelected());
        Button delete = new Button("Delete\u2026");
        delete.setId("library-delete");
        delete.setOnAction(e -> deleteSelected());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.queryProperty().isNotEmpty()));
        Label status = ToolWindow.statusLabel("library-status", viewModel.statusProperty());
        HBox buttons = new HBox(8, status, delete, open);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        BorderPane root = new BorderPane(center);
        root.setTop(new HBox(8, search));
        root.setBottom(buttons);
        BorderPane.setMargin(root.getTop(), new Insets(0, 0, 10, 0));
        BorderPane.setMargin(buttons, new Insets(10, 0, 0, 0));
        root.setId("library-root");
        root.getStyleClass().add("library");

        stage = ToolWindow.create(owner, "Library", root, 1060, 520);
    }

    /** Shows the window (or brings it forward) with a fresh list. */
    public void show() {
        viewModel.refresh();
        ToolWindow.bringForward(stage);
    }

    public Stage stage() {
        return stage;
    }

    private void buildTable() {
        table.setId("library-table");
        table.setPlaceholder(new Label("The library is empty. Articles you open are added to it."));
        TableColumn<LibraryEntry, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(DisplayNames.titleLine(c.getValue().title())));
        title.setPrefWidth(320);
        TableColumn<LibraryEntry, String> author = new TableColumn<>("Author");
        author.setId("library-author");
        author.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().metadata().author() == null ? ""
                : DisplayNames.titleLine(c.getValue().metadata().author())));
        author.setPrefWidth(140);
        TableColumn<LibraryEntry, String> source = new TableColumn<>("Source");
        source.setId("library-source");
        source.setCellValueFactory(c -> new ReadOnlyStringWrapper(sourceLabel(c.getValue())));
        source.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                LibraryEntry entry = empty ? null : getTableRow().getItem();
                setTooltip(entry == null ? null : new Tooltip(entry.source()));
            }
        });
        source.setPrefWidth(220);
        TableColumn<LibraryEntry, String> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().date() == null ? ""
                : c.getValue().date().format(DateTimeFormatter.ISO_LOCAL_DATE)));
        date.setPrefWidth(100);
        table.getColumns().add(title);
        table.getColumns().add(author);
        table.getColumns().add(date);
        table.getColumns().add(source);
        table.getColumns().add(Tables.countColumn("Entities", LibraryEntry::entities));
        table.getColumns().add(Tables.countColumn("Quotes", LibraryEntry::quotes));
        table.getColumns().add(Tables.countColumn("Facts", LibraryEntry::facts));
        table.getColumns().add(Tables.countColumn("Notes", LibraryEntry::notes));
        table.setItems(viewModel.entries());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
            }
        });
    }

    /**
     * Where an article came from, in one short line: the site's name (as the page gives it) and the web address
     * without its scheme for a web page; the file's name for a file.
     */
    static String sourceLabel(LibraryEntry entry) {
        String source = entry.source();
        String site = entry.metadata().siteName();
        String where = SourceNames.shortName(source);
        // Names are data: a control or a direction override in them is shown escaped.
        return DisplayNames.titleLine(site == null
                || where.toLowerCase(Locale.ROOT).startsWith(site.toLowerCase(Locale.ROOT)) ? DisplayNames.escape(where)
                : site + " \u00b7 " + DisplayNames.escape(where));
    }

    private void buildHits() {
        hitList.setId("library-hits");
        hitList.setPlaceholder(new Label("Nothing in the library matches."));
        hitList.setItems(viewModel.hits());
        hitList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(null);
                setGraphic(empty || hit == null ? null : render(hit, hitList.getWidth() - 40));
            }
        });
        hitList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
    }

    private static Node render(SearchHit hit, double width) {
        Label title = new Label(DisplayNames.titleLine(hit.title())
                + (hit.kind() == SearchHit.Kind.NOTE ? "  \u00b7  in a note" : ""));
        title.getStyleClass().add("panel-item-title");
        TextFlow snippet = new TextFlow();
        String s = hit.snippet();
        int at = 0;
        for (Span h : hit.highlights()) {
            if (h.start() < at || h.end() > s.length()) {
                continue;
            }
            snippet.getChildren().add(new Text(s.substring(at, h.start())));
            Text match = new Text(h.of(s));
            match.getStyleClass().add("search-snippet-hit");
            match.setStyle("-fx-font-weight: bold;");
            snippet.getChildren().add(match);
            at = h.end();
        }
        snippet.getChildren().add(new Text(s.substring(Math.min(at, s.length()))));
        snippet.setPrefWidth(Math.max(200, width));
        VBox box = new VBox(3, title, snippet);
        box.setPadding(new Insets(2, 0, 2, 0));
        return box;
    }

    private void openSelected() {
        if (!viewModel.queryProperty().get().isEmpty()) {
            SearchHit hit = hitList.getSelectionModel().getSelectedItem();
            if (hit != null) {
                viewModel.entries().stream().filter(e -> e.documentId() == hit.documentId()).findFirst()
                        .ifPresent(e -> viewModel.open(e.documentId(), e.versionId()));
            }
            return;
        }
        LibraryEntry entry = table.getSelectionModel().getSelectedItem();
        if (entry != null) {
            viewModel.open(entry.documentId(), entry.versionId());
        }
    }

    private void deleteSelected() {
        LibraryEntry entry = table.getSelectionModel().getSelectedItem();
        if (entry != null) {
            viewModel.delete(entry);
        }
    }
}

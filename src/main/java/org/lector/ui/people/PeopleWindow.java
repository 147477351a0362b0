package org.lector.ui.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.lector.library.Dossier;
import org.lector.library.Person;
import org.lector.model.ArticleRef;
import org.lector.model.EntityType;
import org.lector.model.Quote;
import org.lector.ui.common.Tables;
import org.lector.ui.common.LibraryArticles;
import org.lector.ui.common.ToolWindow;

/**
 * The People window: everyone the library's articles name or quote, searchable and sortable by quotes, articles
 * and last seen; beside the list, the chosen person's dossier (the names written for them, the titles and roles
 * the articles give them, who they appear with, the articles naming them and every quote with its article, date,
 * kind and cue). Choosing a quote opens its article at the quote. Several people chosen can be merged into one;
 * a name can be split off; Undo takes back the newest merge or split.
 */
public final class PeopleWindow {

    private final Stage stage;
    private final PeopleViewModel viewModel;
    private final TableView<Person> table = new TableView<>();
    private final ListView<Dossier.PersonQuote> quotes = new ListView<>();
    private final ListView<Dossier.Appearance> articles = new ListView<>();
    private final Label name = new Label();
    private final Label facts = new Label();
    private final ComboBox<String> names = new ComboBox<>();
    private final Map<String, String> nameKeys = new LinkedHashMap<>();

    public PeopleWindow(Window owner, PeopleViewModel viewModel) {
        this.viewModel = viewModel;
        TextField search = Tables.searchField("people-search", "Search people by name", viewModel.queryProperty());
        buildTable();

        Button merge = new Button("Merge Chosen");
        merge.setId("people-merge");
        merge.setTooltip(new javafx.scene.control.Tooltip(
                "Make the people chosen in the list one person, named as the most quoted of them"));
        merge.disableProperty().bind(javafx.beans.binding.Bindings.size(
                table.getSelectionModel().getSelectedItems()).lessThan(2));
        merge.setOnAction(e -> mergeChosen());
        Button undo = new Button("Undo Merge or Split");
        undo.setId("people-undo");
        undo.disableProperty().bind(viewModel.lastEditProperty().isNull());
        undo.setOnAction(e -> viewModel.undo());
        Label status = ToolWindow.statusLabel("people-status", viewModel.statusProperty());
        HBox bottom = new HBox(8, status, merge, undo);
        bottom.setAlignment(Pos.CENTER_RIGHT);

        SplitPane split = new SplitPane(table, buildDossier());
        split.setDividerPositions(0.45);
        BorderPane root = new BorderPane(split);
        root.setTop(new HBox(8, search));
        root.setBottom(bottom);
        BorderPane.setMargin(root.getTop(), new Insets(0, 0, 10, 0));
        BorderPane.setMargin(bottom, new Insets(10, 0, 0, 0));
        root.setId("people-root");
        stage = ToolWindow.create(owner, "People", root, 1100, 720);

        viewModel.dossierProperty().addListener((obs, old, d) -> showDossier(d));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> {
            if (p != null) {
                viewModel.chosenProperty().set(p);
            }
        });
        viewModel.chosenProperty().addListener((obs, old, p) -> {
            if (p != null && table.getSelectionModel().getSelectedItem() != p) {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(p);
            }
        });
        showDossier(null);
    }

    /** Shows the window (or brings it forward) with the library read again. */
    public void show() {
        viewModel.refresh();
        ToolWindow.bringForward(stage);
    }

    public Stage stage() {
        return stage;
    }

    private void buildTable() {
        table.setId("people-table");
        table.setPlaceholder(new Label("Nobody yet: the people named in the articles you file are listed here."));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<Person, String> who = new TableColumn<>("Name");
        who.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()
                + (c.getValue().type() == EntityType.PERSON ? "" : "  (organisation)")));
        who.setPrefWidth(220);
        TableColumn<Person, Integer> quoteCount = number("Quotes", Person::quotes);
        quoteCount.setId("people-column-quotes");
        TableColumn<Person, Integer> articleCount = number("Articles", Person::articles);
        articleCount.setId("people-column-articles");
        TableColumn<Person, LocalDate> seen = new TableColumn<>("Last Seen");
        seen.setId("people-column-seen");
        seen.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastSeen()));
        seen.setPrefWidth(100);
        table.getColumns().add(who);
        table.getColumns().add(quoteCount);
        table.getColumns().add(articleCount);
        table.getColumns().add(seen);
        SortedList<Person> sorted = new SortedList<>(viewModel.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static TableColumn<Person, Integer> number(String title, java.util.function.ToIntFunction<Person> f) {
        TableColumn<Person, Integer> column = Tables.countColumn(title, f);
        // Most first on the first click: a reader sorting by quotes wants the most quoted.
        column.setSortType(TableColumn.SortType.DESCENDING);
        return column;
    }

    private VBox buildDossier() {
        name.setId("dossier-name");
        name.getStyleClass().add("panel-item-title");
        name.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        facts.setId("dossier-facts");
        facts.setWrapText(true);
        // Every line of the summary shows: a label in a box is otherwise cut to the height the box offers it.
        facts.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        quotes.setId("dossier-quotes");
        quotes.setPlaceholder(new Label("No quotes of theirs in the library."));
        quotes.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Dossier.PersonQuote q, boolean empty) {
                super.updateItem(q, empty);
                setText(null);
                setGraphic(empty || q == null ? null : quoteRow(q, quotes.getWidth() - 60));
            }
        });
        LibraryArticles.opensOnChoice(quotes, viewModel::open);
        articles.setId("dossier-articles");
        articles.setPrefHeight(130);
        articles.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Dossier.Appearance a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : article(a.article()) + "  \u00b7  " + a.mentions()
                        + (a.mentions() == 1 ? " mention" : " mentions") + (a.quotes() == 0 ? ""
                        : ", " + a.quotes() + (a.quotes() == 1 ? " quote" : " quotes"))
                        + (a.roles().isEmpty() ? "" : "  \u00b7  " + String.join(", ", a.roles())));
            }
        });
        LibraryArticles.opensOnChoice(articles, viewModel::open);
        names.setId("dossier-names");
        names.setPromptText("A name of theirs");
        Button split = new Button("Split Name Off");
        split.setId("people-split");
        split.setTooltip(new javafx.scene.control.Tooltip(
                "Make the articles' mentions by this name a person of their own, in every article"));
        split.disableProperty().bind(names.valueProperty().isNull());
        split.setOnAction(e -> {
            Person p = viewModel.chosenProperty().get();
            String key = nameKeys.get(names.getValue());
            if (p != null && key != null) {
                viewModel.split(p, key);
            }
        });
        HBox splitRow = new HBox(8, names, split);
        splitRow.setAlignment(Pos.CENTER_LEFT);
        Label quotesTitle = new Label("Quotes (double-click to open the article there)");
        quotesTitle.getStyleClass().add("article-meta");
        Label articlesTitle = new Label("Articles naming them");
        articlesTitle.getStyleClass().add("article-meta");
        VBox box = new VBox(6, name, facts, splitRow, articlesTitle, articles, quotesTitle, quotes);
        VBox.setVgrow(quotes, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 10));
        box.setId("dossier");
        return box;
    }

    private void showDossier(Dossier d) {
        nameKeys.clear();
        if (d == null) {
            name.setText("Choose someone in the list");
            facts.setText("Their quotes, the articles naming them, their titles and roles, and who they appear "
                    + "with are shown here.");
            quotes.getItems().clear();
            articles.getItems().clear();
            names.getItems().clear();
            return;
        }
        Person p = d.person();
        name.setText(p.name());
        StringBuilder b = new StringBuilder();
        b.append(p.articles()).append(p.articles() == 1 ? " article, " : " articles, ").append(p.quotes())
                .append(p.quotes() == 1 ? " quote" : " quotes");
        if (p.lastSeen() != null) {
            b.append("; last seen ").append(p.lastSeen().format(DateTimeFormatter.ISO_LOCAL_DATE));
        }
        if (p.variants().size() > 1) {
            b.append("\nAlso written: ").append(String.join(", ", p.variants().subList(1, p.variants().size())));
        }
        if (!d.roles().isEmpty()) {
            b.append("\nTitles and roles: ").append(d.roles().stream().limit(8)
                    .map(r -> r.text() + (r.articles() > 1 ? " (" + r.articles() + ")" : ""))
                    .collect(Collectors.joining(", ")));
        }
        if (!d.companions().isEmpty()) {
            b.append("\nAppears with: ").append(d.companions().stream().limit(8)
                    .map(c -> c.person().name() + " (" + c.articles() + ")").collect(Collectors.joining(", ")));
        }
        facts.setText(b.toString());
        quotes.getItems().setAll(d.quotes());
        articles.getItems().setAll(d.appearances());
        for (Person.Member m : p.members()) {
            nameKeys.putIfAbsent(m.name(), m.nameKey());
        }
        names.getItems().setAll(nameKeys.size() > 1 ? List.copyOf(nameKeys.keySet()) : List.of());
    }

    private static javafx.scene.Node quoteRow(Dossier.PersonQuote q, double width) {
        Quote quote = q.quote();
        Label text = new Label(quote.text());
        text.setWrapText(true);
        text.setMaxWidth(Math.max(200, width));
        Label where = new Label(article(q.article()) + "  \u00b7  " + quote.kind().id()
                + (quote.cueText() == null || quote.cueText().isBlank() ? "" : "  \u00b7  cue \u201c"
                        + quote.cueText() + "\u201d"));
        where.getStyleClass().add("article-meta");
        VBox box = new VBox(2, text, where);
        box.setPadding(new Insets(2, 0, 2, 0));
        return box;
    }

    private static String article(ArticleRef a) {
        return a.title() + (a.date() == null ? "" : ", " + a.date().format(DateTimeFormatter.ISO_LOCAL_DATE));
    }

    private void mergeChosen() {
        List<Person> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (chosen.size() < 2) {
            return;
        }
        // The one with the most quotes keeps its name: it is the one the articles mostly mean.
        Person into = chosen.stream().max(java.util.Comparator.comparingInt(Person::quotes)
                .thenComparingInt(Person::articles)).orElseThrow();
        viewModel.merge(into, chosen.stream().filter(p -> p != into).toList());
    }
}

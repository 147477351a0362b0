package org.lector.ui.facts;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.lector.model.Analysis;
import org.lector.model.DisplayNames;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.Quantity;
import org.lector.model.TimeExpression;
import org.lector.ui.common.EmptyState;
import org.lector.ui.common.OnScreen;
import org.lector.ui.common.FollowsCaret;
import org.lector.ui.common.PanelList;
import org.lector.ui.reader.ReaderViewModel;

/** The Facts tab: the article's checkable claims, most check-worthy first, as cards; choosing one shows it. */
public final class FactsPane extends StackPane implements FollowsCaret {

    private final PanelList<Fact> list;
    private final ReaderViewModel viewModel;
    /** What the reader can do about the article's date; null until the main window hands it over. */
    private ArticleDateActions dateActions;
    private final VBox dateBar = new VBox(6);
    private final HBox dateButtons = new HBox(8);
    private final Label dateNote = new Label();
    private final Button setDate = new Button();
    private final Button clearDate = new Button();
    /** What the card controls do; null until the main window hands it over, and then cards are read-only. */
    private FactActions actions;

    public FactsPane(ReaderViewModel viewModel, ObservableValue<String> analysisState) {
        setId("facts-pane");
        this.viewModel = viewModel;
        list = new PanelList<>("facts-list", this::render, fact -> viewModel.reveal(fact.span()),
                fact -> List.of(fact.span()));
        dateBar.setId("article-date-bar");
        dateBar.getStyleClass().add("article-date-bar");
        dateButtons.setAlignment(Pos.CENTER_LEFT);
        dateBar.getChildren().setAll(dateNote, dateButtons);
        dateBar.setPadding(new Insets(6, 8, 6, 8));
        dateNote.setId("article-date-note");
        dateNote.setWrapText(true);
        dateNote.setMinHeight(Region.USE_PREF_SIZE);
        dateNote.setMaxWidth(Double.MAX_VALUE);
        setDate.setId("set-article-date");
        clearDate.setId("clear-article-date");
        VBox column = new VBox(dateBar, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().add(column);
        viewModel.articleDateProperty().addListener((obs, old, date) -> refreshDateBar());
        viewModel.documentProperty().addListener((obs, old, doc) -> refreshDateBar());
        refreshDateBar();
        // Enter or a double click opens the chosen fact's editor (after revealing it, as a single click does).
        list.onOpen(fact -> {
            if (actions != null) {
                actions.edit(fact);
            }
        });
        viewModel.followAnalysis(OnScreen.of(this), analysisState, FactsPane::waitsForAnalysis,
                () -> refresh(viewModel.analysisProperty().get(), analysisState.getValue()));
        refresh(viewModel.analysisProperty().get(), analysisState.getValue());
    }

    @Override
    public void followCaret(int offset) {
        list.followCaret(offset);
    }

    /**
     * Lets the reader give the article a date from this tab when it has none (and change or take away the one they
     * gave): a line above the facts says so in words, with the buttons.
     */
    public void setDateActions(ArticleDateActions dateActions) {
        this.dateActions = dateActions;
        setDate.setOnAction(e -> dateActions.chooseDate());
        clearDate.setOnAction(e -> dateActions.clearDate());
        dateActions.datedByReaderProperty().addListener((obs, was, is) -> refreshDateBar());
        refreshDateBar();
    }

    /**
     * The line about the article's date: shown when the article has none (relative dates cannot be placed) or the
     * date is one the reader gave, and only where the reader can set it.
     */
    private void refreshDateBar() {
        LocalDate date = viewModel.articleDateProperty().get();
        boolean readers = dateActions != null && dateActions.datedByReaderProperty().get();
        boolean show = dateActions != null && viewModel.getDocument() != null && (date == null || readers);
        dateBar.setVisible(show);
        dateBar.setManaged(show);
        if (!show) {
            return;
        }
        if (date == null) {
            dateNote.setText("The article has no date, so relative dates such as \u201cThursday\u201d cannot be "
                    + "placed.");
            setDate.setText("Set the Article\u2019s Date\u2026");
            dateButtons.getChildren().setAll(setDate);
        } else {
            dateNote.setText("Dated by you: " + date + ". Relative dates are placed from it.");
            setDate.setText("Change\u2026");
            clearDate.setText("Clear");
            dateButtons.getChildren().setAll(setDate, clearDate);
        }
    }

    /** Makes the cards editable: a status menu, an Edit button, Enter and double click open the editor. */
    public void setActions(FactActions actions) {
        this.actions = actions;
        list.listView().refresh();
    }

    /** Whether the panel shows the analysis state: no analysis yet, or only names so far (facts come later). */
    private static boolean waitsForAnalysis(Analysis analysis) {
        return analysis == null || (analysis.facts().isEmpty() && analysis.clusters().isEmpty()
                && !analysis.entities().isEmpty());
    }

    private void refresh(Analysis analysis, String state) {
        if (waitsForAnalysis(analysis)) {
            list.showEmpty(new EmptyState("No facts yet", state == null || state.isBlank()
                    ? "The claims the article makes (who did what, how much, when, according to whom) appear "
                            + "here once it has been analysed."
                    : state));
            return;
        }
        if (analysis.facts().isEmpty()) {
            list.showEmpty(new EmptyState("No checkable claims",
                    "Lector found no claims with numbers, named actors or concrete events in this text."));
            return;
        }
        list.setRows(analysis.facts());
    }

    private Node render(Fact fact) {
        List<Node> parts = new ArrayList<>();
        String claim = String.join(" ", nonBlank(fact.subject(), fact.predicate(), fact.object()));
        Label title = new Label(DisplayNames.inertDirections(claim.isBlank() ? fact.text() : claim));
        title.getStyleClass().add("panel-item-title");
        title.setWrapText(true);
        parts.add(title);
        List<String> details = new ArrayList<>();
        for (Quantity q : fact.quantities()) {
            details.add(NumberFormat.getNumberInstance(Locale.ENGLISH).format(q.value())
                    + (q.unit().isBlank() ? "" : " " + q.unit()));
        }
        if (fact.time() != null && !fact.time().text().isBlank()) {
            details.add(when(fact.time(), viewModel.articleDateProperty().get()));
        }
        if (!fact.sourceName().isBlank()) {
            details.add("according to " + fact.sourceName());
        }
        if (!details.isEmpty()) {
            Label meta = new Label(String.join("  \u00b7  ", details));
            meta.getStyleClass().add("panel-item-meta");
            meta.setWrapText(true);
            parts.add(meta);
        }
        parts.add(statusRow(fact));
        if (!fact.evidence().isBlank()) {
            Label evidence = new Label(fact.evidence());
            evidence.getStyleClass().add("fact-evidence");
            evidence.setWrapText(true);
            parts.add(evidence);
        }
        if (!fact.evidenceUrl().isBlank()) {
            Hyperlink link = new Hyperlink(fact.evidenceUrl());
            link.getStyleClass().add("fact-link");
            link.setWrapText(true);
            boolean web = FactFields.urlProblem(fact.evidenceUrl()) == null;
            link.setDisable(!web || actions == null);
            link.setOnAction(e -> actions.openLink(fact.evidenceUrl()));
            parts.add(link);
        }
        VBox card = new VBox(4);
        card.getChildren().setAll(parts);
        card.getStyleClass().add("fact-card");
        return card;
    }

    /** The status as a coloured badge; with actions, a menu of the four statuses and the Edit button beside it. */
    private Node statusRow(Fact fact) {
        String style = "fact-status-" + fact.status().id();
        if (actions == null) {
            Label status = new Label(FactFields.label(fact.status()));
            status.getStyleClass().addAll("fact-status", style);
            return status;
        }
        MenuButton status = new MenuButton(FactFields.label(fact.status()));
        status.getStyleClass().addAll("fact-status", "fact-status-menu", style);
        for (FactStatus s : FactStatus.values()) {
            MenuItem item = new MenuItem(FactFields.label(s));
            item.setId("set-status-" + s.id());
            item.setDisable(s == fact.status());
            item.setOnAction(e -> actions.setStatus(fact, s));
            status.getItems().add(item);
        }
        Button edit = new Button("Edit\u2026");
        edit.getStyleClass().add("fact-edit");
        edit.setOnAction(e -> actions.edit(fact));
        HBox row = new HBox(8, status, edit);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * A fact's time in words with its normalized value. A relative date ("Thursday") cannot be placed without the
     * article's date, and then the card says why rather than showing a value such as {@code XXXX-WXX-4}.
     */
    static String when(TimeExpression time, LocalDate articleDate) {
        String value = time.value();
        if (articleDate == null && value.startsWith("XXXX")) {
            return time.text() + " \u2014 the article has no date";
        }
        return time.text() + (value.isBlank() ? "" : " (" + value + ")");
    }

    private static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }
}

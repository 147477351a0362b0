package org.lector.ui.facts;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
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
    /** What the card controls do; null until the main window hands it over, and then cards are read-only. */
    private FactActions actions;

    public FactsPane(ReaderViewModel viewModel, ObservableValue<String> analysisState) {
        setId("facts-pane");
        this.viewModel = viewModel;
        list = new PanelList<>("facts-list", this::render, fact -> viewModel.reveal(fact.span()),
                fact -> List.of(fact.span()));
        getChildren().add(list);
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

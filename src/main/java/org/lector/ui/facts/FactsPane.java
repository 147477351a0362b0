package org.lector.ui.facts;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.lector.model.Analysis;
import org.lector.model.Fact;
import org.lector.model.Quantity;
import org.lector.ui.common.EmptyState;
import org.lector.ui.common.FollowsCaret;
import org.lector.ui.common.PanelList;
import org.lector.ui.reader.ReaderViewModel;

/** The Facts tab: the article's checkable claims, most check-worthy first, as cards; choosing one shows it. */
public final class FactsPane extends StackPane implements FollowsCaret {

    private final PanelList<Fact> list;

    public FactsPane(ReaderViewModel viewModel, ObservableValue<String> analysisState) {
        setId("facts-pane");
        list = new PanelList<>("facts-list", FactsPane::render, fact -> viewModel.reveal(fact.span()),
                fact -> List.of(fact.span()));
        getChildren().add(list);
        viewModel.analysisProperty().addListener((obs, old, a) -> refresh(a, analysisState.getValue()));
        analysisState.addListener((obs, old, state) -> refresh(viewModel.analysisProperty().get(), state));
        refresh(viewModel.analysisProperty().get(), analysisState.getValue());
    }

    @Override
    public void followCaret(int offset) {
        list.followCaret(offset);
    }

    private void refresh(Analysis analysis, String state) {
        if (analysis == null || (analysis.facts().isEmpty() && analysis.clusters().isEmpty()
                && !analysis.entities().isEmpty())) {
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

    private static Node render(Fact fact) {
        List<Node> parts = new ArrayList<>();
        String claim = String.join(" ", nonBlank(fact.subject(), fact.predicate(), fact.object()));
        Label title = new Label(claim.isBlank() ? fact.text() : claim);
        title.getStyleClass().add("panel-item-title");
        title.setWrapText(true);
        parts.add(title);
        List<String> details = new ArrayList<>();
        for (Quantity q : fact.quantities()) {
            details.add(NumberFormat.getNumberInstance(Locale.ENGLISH).format(q.value())
                    + (q.unit().isBlank() ? "" : " " + q.unit()));
        }
        if (fact.time() != null && !fact.time().text().isBlank()) {
            details.add(fact.time().text() + (fact.time().value().isBlank() ? "" : " (" + fact.time().value() + ")"));
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
        Label status = new Label(fact.status().id());
        status.getStyleClass().addAll("fact-status", "fact-status-" + fact.status().id());
        parts.add(status);
        VBox card = new VBox(4);
        card.getChildren().setAll(parts);
        card.getStyleClass().add("fact-card");
        return card;
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

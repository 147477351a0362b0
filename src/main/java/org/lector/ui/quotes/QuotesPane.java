package org.lector.ui.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.lector.model.Analysis;
import org.lector.model.DisplayNames;
import org.lector.model.EntityCluster;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.ui.common.EmptyState;
import org.lector.ui.common.OnScreen;
import org.lector.ui.common.FollowsCaret;
import org.lector.ui.common.PanelList;
import org.lector.ui.reader.ReaderViewModel;

/** The Quotes tab: every quotation grouped by who said it; choosing one shows it in the article. */
public final class QuotesPane extends StackPane implements FollowsCaret {

    /** A speaker heading or one quote. */
    record Row(String heading, Quote quote) {
    }

    static final int EXCERPT = 220;

    private final PanelList<Row> list;
    /** What the Edit and Remove buttons do; null until the main window hands it over, and then rows are read-only. */
    private QuoteActions actions;

    public QuotesPane(ReaderViewModel viewModel, ObservableValue<String> analysisState) {
        setId("quotes-pane");
        list = new PanelList<>("quotes-list", this::render, row -> {
            if (row.quote() != null) {
                viewModel.reveal(row.quote().span());
            }
        }, row -> row.quote() == null ? List.of() : List.of(row.quote().span()));
        getChildren().add(list);
        // Enter or a double click opens the editor, Delete removes the quote.
        list.onOpen(row -> {
            if (row.quote() != null && actions != null) {
                actions.edit(row.quote());
            }
        });
        list.listView().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            Row row = list.listView().getSelectionModel().getSelectedItem();
            if (row != null && row.quote() != null && actions != null
                    && (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)) {
                actions.remove(row.quote());
            }
        });
        viewModel.followAnalysis(OnScreen.of(this), analysisState, QuotesPane::waitsForAnalysis,
                () -> refresh(viewModel.analysisProperty().get(), analysisState.getValue()));
        refresh(viewModel.analysisProperty().get(), analysisState.getValue());
    }

    @Override
    public void followCaret(int offset) {
        list.followCaret(offset);
    }

    /** Makes the quotes editable: Edit and Remove buttons on each, Enter, double click and Delete. */
    public void setActions(QuoteActions actions) {
        this.actions = actions;
        list.listView().refresh();
    }

    /** Whether the panel shows the analysis state: no analysis yet, or only names so far (quotes come later). */
    private static boolean waitsForAnalysis(Analysis analysis) {
        return analysis == null || (analysis.quotes().isEmpty() && analysis.clusters().isEmpty()
                && !analysis.entities().isEmpty());
    }

    private void refresh(Analysis analysis, String state) {
        if (waitsForAnalysis(analysis)) {
            // No analysis yet, or only names so far: quotes come with the deep tier.
            list.showEmpty(new EmptyState("No quotes yet", state == null || state.isBlank()
                    ? "Every quotation in the article, with who said it, appears here once it has been analysed."
                    : state));
            return;
        }
        if (analysis.quotes().isEmpty()) {
            list.showEmpty(new EmptyState("No quotations", "This article quotes nobody."));
            return;
        }
        list.setRows(rows(analysis));
    }

    /**
     * Quotes grouped by speaker, in order of first appearance; unattributed ones, scare quotes and titles last. A speaker is
     * a cluster, so "Clinton" and "Hillary Clinton" share one group, headed by the cluster's best name; a speaker
     * the reader typed without a cluster groups by the name.
     */
    static List<Row> rows(Analysis analysis) {
        Map<String, String> clusterNames = new HashMap<>();
        for (EntityCluster c : analysis.clusters()) {
            clusterNames.put(c.id(), c.name());
        }
        Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
        Map<String, String> headings = new HashMap<>();
        List<Quote> scare = new ArrayList<>();
        List<Quote> titles = new ArrayList<>();
        List<Quote> unattributed = new ArrayList<>();
        for (Quote q : analysis.quotes()) {
            String cluster = q.speakerId() == null ? null : clusterNames.get(q.speakerId());
            if (q.kind() == QuoteKind.SCARE) {
                scare.add(q);
            } else if (q.kind() == QuoteKind.TITLE) {
                titles.add(q);
            } else if (cluster == null && q.speakerName().isBlank()) {
                unattributed.add(q);
            } else {
                String key = cluster != null ? "cluster:" + q.speakerId() : "name:" + q.speakerName();
                headings.putIfAbsent(key, cluster != null && !cluster.isBlank() ? cluster : q.speakerName());
                bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
            }
        }
        List<Row> rows = new ArrayList<>();
        bySpeaker.forEach((key, quotes) -> add(rows, headings.get(key), quotes));
        add(rows, "Speaker not found", unattributed);
        add(rows, "Scare quotes (nobody is reported saying these)", scare);
        add(rows, "Titles (of shows, books, films and campaigns)", titles);
        return rows;
    }

    private static void add(List<Row> rows, String heading, List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return;
        }
        rows.add(new Row(heading + "  \u00b7  " + quotes.size(), null));
        quotes.forEach(q -> rows.add(new Row(null, q)));
    }

    private Node render(Row row) {
        if (row.quote() == null) {
            Label heading = new Label(row.heading());
            heading.getStyleClass().add("panel-heading");
            heading.setWrapText(true);
            return heading;
        }
        Quote q = row.quote();
        String text = q.text().length() > EXCERPT ? q.text().substring(0, EXCERPT) + "\u2026" : q.text();
        Label body = new Label(DisplayNames.inertDirections(text));
        body.getStyleClass().add("panel-quote");
        body.setWrapText(true);
        String meta = q.kind().id() + (q.cueText().isBlank() ? "" : "  \u00b7  " + q.cueText());
        Label kind = new Label(meta);
        kind.getStyleClass().add("panel-item-meta");
        if (actions == null) {
            return new VBox(3, body, kind);
        }
        Button edit = new Button("Edit\u2026");
        edit.getStyleClass().add("quote-edit");
        edit.setOnAction(e -> actions.edit(q));
        Button remove = new Button("Remove");
        remove.getStyleClass().add("quote-remove");
        remove.setOnAction(e -> actions.remove(q));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox foot = new HBox(6, kind, gap, edit, remove);
        foot.setAlignment(Pos.CENTER_LEFT);
        return new VBox(3, body, foot);
    }
}

package org.lector.ui.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.lector.model.Analysis;
import org.lector.model.DisplayNames;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityNames;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Span;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.EmptyState;
import org.lector.ui.common.OnScreen;
import org.lector.ui.common.FollowsCaret;
import org.lector.ui.common.PanelList;
import org.lector.ui.reader.Highlights;
import org.lector.ui.reader.ReaderViewModel;

/**
 * The Entities tab: every entity the article names, grouped by type, most mentioned first, with its count and
 * colour. Choosing one shows its next mention in the article.
 */
public final class EntitiesPane extends StackPane implements FollowsCaret {

    /**
     * A row: a type heading, or one entity with the spans of its mentions; {@code source} says who tagged mentions
     * of it other than the engine: {@link Provenance.Origin#DICTIONARY}, {@link Provenance.Origin#USER}, or null.
     */
    record Row(EntityType type, String name, List<Span> mentions, boolean heading, Provenance.Origin source) {

        Row(EntityType type, String name, List<Span> mentions, boolean heading) {
            this(type, name, mentions, heading, null);
        }
    }

    /** Above this many mentions, the rows are made in the background (an article has hundreds; a novel 70,000). */
    private static final int GROUPED_IN_BACKGROUND = 5_000;

    private final ReaderViewModel viewModel;
    private final PanelList<Row> list;
    /** Which mention of each entity was shown last, so choosing it again steps to the next one. */
    private final Map<String, Integer> nextMention = new LinkedHashMap<>();

    public EntitiesPane(ReaderViewModel viewModel, ObservableValue<String> analysisState, BackgroundTasks tasks) {
        this.viewModel = viewModel;
        setId("entities-pane");
        list = new PanelList<>("entities-list", EntitiesPane::render, this::choose, Row::mentions, tasks);
        getChildren().add(list);
        viewModel.followAnalysis(OnScreen.of(this), analysisState, EntitiesPane::waitsForAnalysis,
                () -> refresh(viewModel.analysisProperty().get(), analysisState.getValue()));
        refresh(viewModel.analysisProperty().get(), analysisState.getValue());
    }

    /** Whether the panel shows the analysis state rather than rows: nothing is known yet. */
    private static boolean waitsForAnalysis(Analysis analysis) {
        return analysis == null;
    }

    private void refresh(Analysis analysis, String state) {
        nextMention.clear();
        if (waitsForAnalysis(analysis)) {
            list.showEmpty(new EmptyState("No entities yet", state == null || state.isBlank()
                    ? "The people, places, organisations, money, dates and numbers the article names appear "
                            + "here once it has been analysed."
                    : state));
            return;
        }
        Runnable none = () -> list.showEmpty(new EmptyState("No names found",
                "Lector found no people, places, organisations, amounts or dates in this text."));
        if (analysis.entities().size() > GROUPED_IN_BACKGROUND) {
            // A novel: grouping its mentions takes tens of milliseconds the reader would feel after every edit.
            list.setRowsLater(() -> rows(analysis), none);
            return;
        }
        List<Row> rows = rows(analysis);
        if (rows.isEmpty()) {
            none.run();
        } else {
            list.setRows(rows);
        }
    }

    /** Rows for the panel: entities of each type with their name mentions, most mentioned first. */
    static List<Row> rows(Analysis analysis) {
        Map<String, EntityMention> byId = new LinkedHashMap<>();
        analysis.entities().forEach(m -> byId.put(m.id(), m));
        Map<EntityType, List<Row>> byType = new EnumMap<>(EntityType.class);
        if (!analysis.clusters().isEmpty()) {
            for (EntityCluster c : analysis.clusters()) {
                List<EntityMention> members = c.mentionIds().stream().map(byId::get).filter(m -> m != null)
                        .toList();
                List<Span> spans = members.stream().map(EntityMention::span).sorted().toList();
                if (!spans.isEmpty()) {
                    byType.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(new Row(c.type(), c.name(), spans,
                            false, source(members)));
                }
            }
        } else {
            // Names before the deep tier has clustered them: one row per distinct name.
            Map<EntityType, Map<String, List<Span>>> names = new EnumMap<>(EntityType.class);
            for (EntityMention m : analysis.entities()) {
                if (m.form() == MentionForm.NAME) {
                    names.computeIfAbsent(m.type(), t -> new LinkedHashMap<>())
                            .computeIfAbsent(EntityNames.clean(m.text()), t -> new ArrayList<>()).add(m.span());
                }
            }
            names.forEach((type, map) -> map.forEach((name, spans) ->
                    byType.computeIfAbsent(type, t -> new ArrayList<>()).add(new Row(type, name, spans, false))));
        }
        List<Row> rows = new ArrayList<>();
        byType.forEach((type, entities) -> {
            entities.sort(Comparator.comparingInt((Row r) -> -r.mentions().size()).thenComparing(Row::name));
            rows.add(new Row(type, type.label(), List.of(), true));
            rows.addAll(entities);
        });
        return rows;
    }

    /** Who besides the engine tagged these mentions: the dictionary first, since it acts unasked. */
    private static Provenance.Origin source(List<EntityMention> mentions) {
        Provenance.Origin source = null;
        for (EntityMention m : mentions) {
            if (m.provenance().origin() == Provenance.Origin.DICTIONARY) {
                return Provenance.Origin.DICTIONARY;
            }
            if (m.provenance().origin() == Provenance.Origin.USER) {
                source = Provenance.Origin.USER;
            }
        }
        return source;
    }

    @Override
    public void followCaret(int offset) {
        list.followCaret(offset);
    }

    private static Node render(Row row) {
        if (row.heading()) {
            Label heading = new Label(plural(row.type()));
            heading.getStyleClass().add("panel-heading");
            return heading;
        }
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", "swatch-" + Highlights.entityClass(row.type()));
        Label name = new Label(DisplayNames.inertDirections(row.name()));
        name.getStyleClass().add("panel-item-title");
        name.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label count = new Label("\u00d7" + row.mentions().size());
        count.getStyleClass().add("panel-item-meta");
        HBox box = new HBox(8, swatch, name, spacer, count);
        if (row.source() != null) {
            boolean dictionary = row.source() == Provenance.Origin.DICTIONARY;
            Label tag = new Label(dictionary ? "your dictionary" : "you");
            tag.getStyleClass().add("provenance-tag");
            tag.setMinWidth(Region.USE_PREF_SIZE);
            tag.setTooltip(new Tooltip(dictionary
                    ? "Tagged from your dictionary: you tagged this text so in another article. "
                            + "Edit \u203a Your Dictionary\u2026 lists and changes what it remembers."
                    : "You tagged this yourself in this article."));
            box.getChildren().add(3, tag);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static String plural(EntityType type) {
        return switch (type) {
            case PERSON -> "People";
            case ORGANIZATION -> "Organisations";
            case PLACE -> "Places";
            case GROUP -> "Groups";
            case TITLE -> "Titles";
            case MONEY -> "Money";
            case QUANTITY -> "Numbers";
            case DATE -> "Dates and times";
            case MISC -> "Other names";
        };
    }

    private void choose(Row row) {
        if (row.heading() || row.mentions().isEmpty()) {
            return;
        }
        String key = row.type() + "\u0000" + row.name();
        int index = nextMention.getOrDefault(key, 0) % row.mentions().size();
        nextMention.put(key, index + 1);
        viewModel.reveal(row.mentions().get(index));
    }
}

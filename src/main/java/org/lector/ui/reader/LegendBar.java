package org.lector.ui.reader;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.lector.model.Analysis;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;

/**
 * The legend above the article: one chip per highlighted type with its colour and count, and one for quotes.
 * Each chip switches its highlights on and off.
 */
final class LegendBar extends FlowPane {

    private final ReaderViewModel viewModel;

    LegendBar(ReaderViewModel viewModel) {
        super(6, 6);
        this.viewModel = viewModel;
        setId("legend");
        getStyleClass().add("legend");
        setPadding(new Insets(6, 0, 6, 0));
        viewModel.analysisProperty().addListener((obs, old, analysis) -> rebuild(analysis));
        rebuild(viewModel.analysisProperty().get());
    }

    private void rebuild(Analysis analysis) {
        getChildren().clear();
        boolean any = analysis != null && (!analysis.entities().isEmpty() || !analysis.quotes().isEmpty());
        setVisible(any);
        setManaged(any);
        if (!any) {
            return;
        }
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        for (EntityMention m : analysis.entities()) {
            if (m.form() == MentionForm.NAME) {
                counts.merge(m.type(), 1, Integer::sum);
            }
        }
        // Every type, with the digit that tags a selection as it: the legend is also the key to tagging.
        for (EntityType type : EntityType.values()) {
            int count = counts.getOrDefault(type, 0);
            ToggleButton chip = chip(type.hotkey() + "  " + type.label(), count, Highlights.entityClass(type));
            if (count == 0) {
                chip.getStyleClass().add("legend-empty");
            }
            chip.setId("legend-" + type.id().toLowerCase(java.util.Locale.ROOT));
            chip.setSelected(!viewModel.hiddenTypes().contains(type));
            chip.selectedProperty().addListener((obs, was, on) -> {
                if (on) {
                    viewModel.hiddenTypes().remove(type);
                } else {
                    viewModel.hiddenTypes().add(type);
                }
            });
            chip.setTooltip(new Tooltip("Show or hide " + type.label().toLowerCase(java.util.Locale.ROOT)
                    + " highlights. Select words and press " + type.hotkey() + " to tag them as "
                    + type.label().toLowerCase(java.util.Locale.ROOT) + "; Shift+" + type.hotkey()
                    + " tags every occurrence."));
            getChildren().add(chip);
        }
        if (!analysis.quotes().isEmpty()) {
            ToggleButton quotes = chip("Quotes", analysis.quotes().size(), Highlights.QUOTE_CLASS);
            quotes.setId("legend-quotes");
            quotes.setSelected(!viewModel.quotesHiddenProperty().get());
            quotes.selectedProperty().addListener((obs, was, on) -> viewModel.quotesHiddenProperty().set(!on));
            quotes.setTooltip(new Tooltip("Show or hide quotation highlights"));
            getChildren().add(quotes);
        }
    }

    private static ToggleButton chip(String label, int count, String swatchClass) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", "swatch-" + swatchClass);
        ToggleButton chip = new ToggleButton(label + "  " + count);
        chip.setGraphic(swatch);
        chip.getStyleClass().add("legend-chip");
        chip.setFocusTraversable(false);
        return chip;
    }
}

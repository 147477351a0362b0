package org.lector.ui.reader;

import java.util.EnumMap;
import java.util.Map;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
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
    /** The chip of each type, while the legend shows. */
    private final Map<EntityType, ToggleButton> chips = new EnumMap<>(EntityType.class);
    /** The quotes chip, while the analysis has quotes. */
    private ToggleButton quotesChip;

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
        boolean any = analysis != null && (!analysis.entities().isEmpty() || !analysis.quotes().isEmpty());
        setVisible(any);
        setManaged(any);
        if (!any) {
            getChildren().clear();
            chips.clear();
            quotesChip = null;
            return;
        }
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        for (EntityMention m : analysis.entities()) {
            if (m.form() == MentionForm.NAME) {
                counts.merge(m.type(), 1, Integer::sum);
            }
        }
        boolean quotes = !analysis.quotes().isEmpty();
        if (chips.isEmpty() || quotes != (quotesChip != null)) {
            layOut(quotes);
        }
        // The chips stay and only their counts change: an edit on a novel changes the analysis after every key,
        // and new chips would be styled and laid out again each time.
        for (Map.Entry<EntityType, ToggleButton> e : chips.entrySet()) {
            int count = counts.getOrDefault(e.getKey(), 0);
            ToggleButton chip = e.getValue();
            setIfChanged(chip, e.getKey().hotkey() + "  " + e.getKey().label() + "  " + count);
            if (count == 0 && !chip.getStyleClass().contains("legend-empty")) {
                chip.getStyleClass().add("legend-empty");
            } else if (count > 0) {
                chip.getStyleClass().remove("legend-empty");
            }
        }
        if (quotesChip != null) {
            setIfChanged(quotesChip, "Quotes  " + analysis.quotes().size());
        }
    }

    /**
     * A chip's new count, only when it changed: a label given its own text again (another String) still asks the
     * whole window for a layout, after every edit on a novel, most of which change one count or none.
     */
    private static void setIfChanged(ToggleButton chip, String text) {
        if (!text.equals(chip.getText())) {
            chip.setText(text);
        }
    }

    /** Makes the chips: every type, and quotes when there are some. */
    private void layOut(boolean quotes) {
        getChildren().clear();
        chips.clear();
        quotesChip = null;
        // Every type, with the digit that tags a selection as it: the legend is also the key to tagging.
        for (EntityType type : EntityType.values()) {
            ToggleButton chip = chip(type.hotkey() + "  " + type.label(), 0, Highlights.entityClass(type));
            chip.setId("legend-" + type.id().toLowerCase(java.util.Locale.ROOT));
            chip.setSelected(!viewModel.hiddenTypes().contains(type));
            chip.selectedProperty().addListener((obs, was, on) -> {
                if (on) {
                    viewModel.hiddenTypes().remove(type);
                } else {
                    viewModel.hiddenTypes().add(type);
                }
            });
            tooltipOnHover(chip, "Show or hide " + type.label().toLowerCase(java.util.Locale.ROOT)
                    + " highlights. Select words and press " + type.hotkey() + " to tag them as "
                    + type.label().toLowerCase(java.util.Locale.ROOT) + "; Shift+" + type.hotkey()
                    + " tags every occurrence.");
            chips.put(type, chip);
            getChildren().add(chip);
        }
        if (quotes) {
            quotesChip = chip("Quotes", 0, Highlights.QUOTE_CLASS);
            quotesChip.setId("legend-quotes");
            quotesChip.setSelected(!viewModel.quotesHiddenProperty().get());
            quotesChip.selectedProperty().addListener((obs, was, on) -> viewModel.quotesHiddenProperty().set(!on));
            tooltipOnHover(quotesChip, "Show or hide quotation highlights");
            getChildren().add(quotesChip);
        }
    }

    /**
     * Gives {@code chip} its tooltip when the pointer first comes over it. A tooltip is a popup window with a scene of
     * its own: made for every chip when an article's highlights first arrive, the nine of them cost the FX thread
     * tens of milliseconds (more than the restyle of the text) before the highlights could be drawn. The text is
     * also the chip's accessible help from the start.
     */
    static void tooltipOnHover(ToggleButton chip, String text) {
        chip.setAccessibleHelp(text);
        chip.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                chip.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                chip.setTooltip(new Tooltip(text));
            }
        });
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

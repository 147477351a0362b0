package org.lector.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.geometry.Bounds;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.lector.model.EntityType;
import org.lector.model.Span;

/**
 * Tags the reader has just made, drawn over the text until the library has kept them and the text's own styles
 * show them. Restyling a word makes the text area rebuild its paragraph's nodes and lay out the page again, which
 * takes a frame's worth of time on a novel; a mark over the word is one node, so the tag shows in the next frame.
 * A mark covers one line; anything else, or a word off screen, is restyled as before.
 */
final class PendingTags extends Pane {

    /** A tag drawn over the text. */
    record Mark(Span span, EntityType type, Region node) {
    }

    private final StyleClassedTextArea area;
    private final List<Mark> marks = new ArrayList<>();

    PendingTags(StyleClassedTextArea area) {
        this.area = area;
        setId("pending-tags");
        setMouseTransparent(true);
        setPickOnBounds(false);
    }

    /**
     * Draws {@code type}'s mark over {@code span}; false when it cannot (the span is not laid out on screen, or it
     * runs over more than one line), and then nothing is drawn.
     */
    boolean show(Span span, EntityType type) {
        remove(span);
        Optional<Bounds> onScreen = area.getCharacterBoundsOnScreen(span.start(), span.end());
        Optional<Bounds> firstChar = area.getCharacterBoundsOnScreen(span.start(), span.start() + 1);
        if (onScreen.isEmpty() || firstChar.isEmpty()
                || onScreen.get().getHeight() > firstChar.get().getHeight() * 1.5) {
            return false;
        }
        Bounds local = screenToLocal(onScreen.get());
        if (local == null || local.getWidth() <= 0) {
            return false;
        }
        Region node = new Region();
        node.getStyleClass().addAll("pending-tag", "swatch-" + Highlights.entityClass(type));
        node.setManaged(false);
        node.resizeRelocate(local.getMinX(), local.getMinY(), local.getWidth(), local.getHeight());
        getChildren().add(node);
        marks.add(new Mark(span, type, node));
        return true;
    }

    /** Takes away the mark over {@code span}, if there is one. */
    void remove(Span span) {
        marks.removeIf(m -> {
            if (m.span().equals(span)) {
                getChildren().remove(m.node());
                return true;
            }
            return false;
        });
    }

    /** Takes away the marks that {@code changed} spans cover: the text's own styles show those tags now. */
    void settled(List<Span> changed) {
        marks.removeIf(m -> {
            if (changed.stream().anyMatch(c -> c.covers(m.span()))) {
                getChildren().remove(m.node());
                return true;
            }
            return false;
        });
    }

    /**
     * Takes away every mark and hands each to {@code restyle}, so the text shows the tag instead: a mark does
     * not follow the text when it scrolls, wraps again or zooms.
     */
    void flush(BiConsumer<Span, EntityType> restyle) {
        if (marks.isEmpty()) {
            return; // the usual case: called on every scroll
        }
        List<Mark> flushed = List.copyOf(marks);
        clear();
        flushed.forEach(m -> restyle.accept(m.span(), m.type()));
    }

    /** Takes away every mark. */
    void clear() {
        marks.clear();
        getChildren().clear();
    }

    /** The marks drawn now, for tests. */
    List<Mark> marks() {
        return List.copyOf(marks);
    }
}

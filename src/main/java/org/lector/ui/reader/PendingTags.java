package org.lector.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.control.IndexRange;
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
 *
 * <p>A highlight removed while the selection covers it is held the same way: the selection is drawn over the
 * text's highlights, so the frame after the key looks the same with the highlight or without it, and the word is
 * restyled once the library has kept the removal, or as soon as the selection no longer covers it.
 */
final class PendingTags extends Pane {

    /** A tag drawn over the text. */
    record Mark(Span span, EntityType type, Region node) {
    }

    private final StyleClassedTextArea area;
    private final List<Mark> marks = new ArrayList<>();
    /** Removed highlights not restyled yet, because the selection covers them (see {@link #holdRemoval}). */
    private final List<Span> heldRemovals = new ArrayList<>();

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

    /**
     * Holds the removal of the highlight over {@code span} while the selection covers it; false, holding nothing,
     * when the selection does not cover all of it (then the highlight is visible and must be restyled now).
     */
    boolean holdRemoval(Span span) {
        remove(span);
        if (span.isEmpty() || !covered(span, area.getSelection())) {
            return false;
        }
        heldRemovals.add(span);
        return true;
    }

    /**
     * The selection moved: hands each held removal it no longer covers to {@code restyle}, which paints it now
     * (called at every caret move; there is usually none held).
     */
    void selectionMoved(Consumer<Span> restyle) {
        if (heldRemovals.isEmpty()) {
            return;
        }
        IndexRange selection = area.getSelection();
        List<Span> uncovered = heldRemovals.stream().filter(s -> !covered(s, selection)).toList();
        heldRemovals.removeAll(uncovered);
        uncovered.forEach(restyle);
    }

    private static boolean covered(Span span, IndexRange selection) {
        return selection.getStart() <= span.start() && span.end() <= selection.getEnd();
    }

    /** Takes away the mark or the held removal at {@code span}, if there is one. */
    void remove(Span span) {
        heldRemovals.remove(span);
        marks.removeIf(m -> {
            if (m.span().equals(span)) {
                getChildren().remove(m.node());
                return true;
            }
            return false;
        });
    }

    /**
     * Takes away the marks and held removals that {@code changed} spans cover: the text's own styles show those
     * edits now.
     */
    void settled(List<Span> changed) {
        heldRemovals.removeIf(s -> changed.stream().anyMatch(c -> c.covers(s)));
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
        if (marks.isEmpty() && heldRemovals.isEmpty()) {
            return; // the usual case: called on every scroll
        }
        List<Mark> flushed = List.copyOf(marks);
        List<Span> removals = List.copyOf(heldRemovals);
        clear();
        flushed.forEach(m -> restyle.accept(m.span(), m.type()));
        removals.forEach(s -> restyle.accept(s, null));
    }

    /** Takes away every mark and held removal. */
    void clear() {
        marks.clear();
        heldRemovals.clear();
        getChildren().clear();
    }

    /** The marks drawn now, for tests. */
    List<Mark> marks() {
        return List.copyOf(marks);
    }

    /** The removals held under the selection now, for tests. */
    List<Span> heldRemovals() {
        return List.copyOf(heldRemovals);
    }
}

package org.lector.ui.reader;

import javafx.scene.layout.Region;

/**
 * Holds a region that lays itself out often (the article's text area: every caret move and every restyle asks for
 * a layout) as a layout root, so that its requests stop here. Without it each request went up to the window's root,
 * and the next pulse measured the header, the side panel and the status bar again for a caret move that changed
 * none of them. The content fills this region; sizes are asked of it as they were before.
 */
final class LayoutRoot extends Region {

    private final Region content;

    LayoutRoot(Region content) {
        this.content = content;
        // An unmanaged node is a layout root: its parent is not asked to lay out when it is (javafx.scene.Parent).
        content.setManaged(false);
        getChildren().add(content);
    }

    @Override
    protected void layoutChildren() {
        content.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override
    protected double computeMinWidth(double height) {
        return content.minWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return content.minHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width);
    }
}

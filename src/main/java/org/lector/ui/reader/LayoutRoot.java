package org.lector.ui.reader;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;

/**
 * Holds one region as a JavaFX layout root, so that a layout request from inside it (the text area asks for one at
 * every caret move) stops there instead of going up to the scene's root and measuring the whole window again
 * (decision 0032). The region is unmanaged and this holder gives it its size.
 *
 * <p>JavaFX lays a layout root out only if the walk up from it finds an unbroken path of dirty parents to the
 * scene's root, and that walk stops at the first parent that is not clean. A parent can be left needing layout
 * under a clean one (a request made during its own layout pass is not passed up while its parent is laying out),
 * and then no pass reaches the region: Ctrl+End moved the caret and the text never scrolled. So the region is also
 * laid out after each pulse's layout pass if it still needs it, and asks for that pulse itself.
 */
final class LayoutRoot extends Region {

    private final Region content;
    private final Runnable afterLayout = this::layoutIfLeftOut;

    LayoutRoot(Region content) {
        this.content = content;
        content.setManaged(false);
        getChildren().add(content);
        content.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (needs) {
                Platform.requestNextPulse();
            }
        });
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
    }

    private void layoutIfLeftOut() {
        Scene scene = getScene();
        if (scene != null && content.isNeedsLayout() && content.getWidth() > 0) {
            content.layout();
        }
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

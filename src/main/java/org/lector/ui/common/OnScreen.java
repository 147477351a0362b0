package org.lector.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;

/**
 * Whether a node is on screen: in a scene, and it and every node above it visible. A tab's content is not while
 * another tab is selected (the tab pane hides it), nor is a side panel the reader has closed (it leaves the scene).
 * Panels that follow a novel's analysis rebuild their thousands of rows only while they are on screen, and once more
 * when they come back. FX thread.
 */
public final class OnScreen {

    private final Node node;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    /** The node and its ancestors as last seen; their visibility and parents are watched. */
    private final List<Node> watched = new ArrayList<>();
    private final InvalidationListener update = o -> update();

    private OnScreen(Node node) {
        this.node = node;
        node.sceneProperty().addListener(update);
        update();
    }

    /** Whether {@code node} is on screen, kept up to date as it moves in and out of view. */
    public static ReadOnlyBooleanProperty of(Node node) {
        return new OnScreen(node).shown.getReadOnlyProperty();
    }

    private void update() {
        for (Node n : watched) {
            n.visibleProperty().removeListener(update);
            n.parentProperty().removeListener(update);
        }
        watched.clear();
        boolean visible = true;
        for (Node n = node; n != null; n = n.getParent()) {
            watched.add(n);
            n.visibleProperty().addListener(update);
            n.parentProperty().addListener(update);
            visible &= n.isVisible();
        }
        shown.set(visible && node.getScene() != null);
    }
}

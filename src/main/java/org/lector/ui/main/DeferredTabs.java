package org.lector.ui.main;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The side panel's tabs that are not shown when the window opens get their content later: when one is first selected,
 * or when {@link #fill} is called once the window's first frames are drawn. Their panes are built with the window (so
 * they follow the view model from the start), but their skins and their first CSS pass, made for every node in the
 * scene when the stage is shown, are no longer on the FX thread's way to the first frame (issue 16).
 */
final class DeferredTabs {

    private final Map<Tab, Node> pending = new IdentityHashMap<>();

    private DeferredTabs() {
    }

    /** Takes the content out of every tab of {@code tabs} but the selected one, until it is selected or filled. */
    static DeferredTabs of(TabPane tabs) {
        DeferredTabs deferred = new DeferredTabs();
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        for (Tab tab : tabs.getTabs()) {
            if (tab != shown && tab.getContent() != null) {
                deferred.pending.put(tab, tab.getContent());
                tab.setContent(null);
            }
        }
        // Registered before anyone else's listener on the selection, so they see the tab with its content.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> deferred.fill(tab));
        return deferred;
    }

    /** Gives every tab still waiting its content. */
    void fill() {
        pending.forEach(Tab::setContent);
        pending.clear();
    }

    private void fill(Tab tab) {
        Node content = tab == null ? null : pending.remove(tab);
        if (content != null) {
            tab.setContent(content);
        }
    }
}

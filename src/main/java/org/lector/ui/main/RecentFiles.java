package org.lector.ui.main;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lector.ui.common.UiSettings;

/**
 * File › Open Recent: the articles opened last, newest first, at most {@link UiSettings#MAX_RECENT}, by absolute
 * path or web address; and the folder the next Open starts in. Kept in the settings, which the caller saves.
 */
final class RecentFiles {

    private final ObservableList<String> files = FXCollections.observableArrayList();
    private final UiSettings settings;

    RecentFiles(UiSettings settings) {
        this.settings = settings;
        files.setAll(settings.recentFiles);
    }

    ObservableList<String> list() {
        return files;
    }

    /** {@code path} was opened: it comes first, and its folder is where the next Open starts. */
    void opened(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        first(absolute.toString());
        Path parent = absolute.getParent();
        if (parent != null) {
            settings.lastDirectory = parent.toString();
        }
        keep();
    }

    /** The web page at {@code url} was opened: it comes first. */
    void openedPage(String url) {
        first(url);
        keep();
    }

    private void first(String entry) {
        files.remove(entry);
        files.add(0, entry);
        while (files.size() > UiSettings.MAX_RECENT) {
            files.remove(files.size() - 1);
        }
    }

    /** {@code path} is gone: it leaves the list. */
    void gone(Path path) {
        files.remove(path.toAbsolutePath().normalize().toString());
        keep();
    }

    void clear() {
        files.clear();
        keep();
    }

    /** The folder the next Open starts in, or null. */
    Path lastDirectory() {
        return settings.lastDirectory.isEmpty() ? null : Path.of(settings.lastDirectory);
    }

    private void keep() {
        settings.recentFiles = List.copyOf(files);
    }
}

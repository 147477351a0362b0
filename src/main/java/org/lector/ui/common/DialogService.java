package org.lector.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a view model asks of the user through a dialog. The view implements it with real dialogs; tests
 * implement it with answers chosen in advance.
 */
public interface DialogService {

    /** Tells the user something failed: a short header and one or two plain sentences, never a stack trace. */
    void showError(String header, String message);

    /** Asks for an article to open, starting in {@code initialDirectory} when it exists. */
    Optional<Path> chooseArticle(Path initialDirectory, List<String> extensions);

    /**
     * Asks for a library file: an existing one to open, or where to create a new one.
     *
     * @param create  whether the file is to be created
     * @param current the library in use, to start next to it; may be null
     */
    Optional<Path> chooseLibrary(boolean create, Path current);

    /** Asks the user to confirm something that cannot be undone; true when confirmed. */
    boolean confirm(String header, String message, String action);

    /** Shows information about the application. */
    void showAbout(String title, String text);
}

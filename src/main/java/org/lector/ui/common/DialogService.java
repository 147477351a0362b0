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

    /** Shows information about the application. */
    void showAbout(String title, String text);
}

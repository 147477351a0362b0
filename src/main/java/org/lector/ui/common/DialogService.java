package org.lector.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Everything a view model asks of the user through a dialog. The view implements it with real dialogs; tests
 * implement it with answers chosen in advance.
 */
public interface DialogService {

    /** A dialog that a part of the window builds (an editor), which the service shows over the window. */
    @FunctionalInterface
    interface Editor<R> {
        Dialog<R> over(Window owner);
    }

    /** A window or dialog that a part of the window builds and shows over the window, without waiting for it. */
    @FunctionalInterface
    interface Panel {
        void showOver(Window owner);
    }

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

    /** Asks for a short text, such as a note in Markdown; empty when cancelled. */
    Optional<String> askText(String header, String prompt, String initial);

    /** Asks the user to confirm something that cannot be undone; true when confirmed. */
    boolean confirm(String header, String message, String action);

    /** Shows information about the application. */
    void showAbout(String title, String text);

    /** Shows {@code editor} over the window and waits: the reader's answer, or empty when cancelled. */
    <R> Optional<R> edit(Editor<R> editor);

    /** Shows {@code panel} over the window (the export dialog, the library, the dictionary) and returns. */
    void open(Panel panel);
}

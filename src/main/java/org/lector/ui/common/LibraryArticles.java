package org.lector.ui.common;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.lector.model.Document;
import org.lector.model.Span;
import org.lector.reading.LibraryViews;
import org.slf4j.Logger;

/**
 * What the windows across the library share: opening a version the library keeps in the reader at a passage, a
 * list whose row opens with a double click or Enter, and a failure told in one sentence.
 */
public final class LibraryArticles {

    private LibraryArticles() {
    }

    /**
     * Reads version {@code versionId} in the background and hands it to {@code opener} with {@code at}; a version
     * deleted meanwhile is said so.
     */
    public static void open(LibraryViews views, long versionId, Span at, BackgroundTasks tasks,
            DialogService dialogs, BiConsumer<Document, Span> opener, Logger log) {
        if (views == null) {
            return;
        }
        tasks.submit(progress -> views.document(versionId), found -> found.ifPresentOrElse(d -> opener.accept(d, at),
                () -> dialogs.showError("The article is gone", "It was deleted from the library meanwhile.")),
                error -> failed(dialogs, log, "The article could not be opened", error));
    }

    /** Logs {@code error} and tells the reader in one sentence (the store's messages are sentences). */
    public static void failed(DialogService dialogs, Logger log, String header, Throwable error) {
        Throwable cause = (error instanceof CompletionException || error instanceof ExecutionException)
                && error.getCause() != null ? error.getCause() : error;
        log.warn("{}", header, cause);
        dialogs.showError(header, cause.getMessage() == null ? "The details are in the log." : cause.getMessage());
    }

    /** Opens the row chosen in {@code list} with a double click or Enter. */
    public static <T> void opensOnChoice(ListView<T> list, Consumer<T> open) {
        list.setOnMouseClicked(e -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null) {
                open.accept(item);
            }
        });
        list.setOnKeyPressed(e -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null) {
                open.accept(item);
            }
        });
    }
}

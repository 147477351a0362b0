package org.lector.ui.library;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lector.model.DisplayNames;
import org.lector.model.Document;
import org.lector.store.Library;
import org.lector.store.LibraryEntry;
import org.lector.store.SearchHit;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library window's state: the documents in the open library, a full-text query and its hits, and the
 * actions open and delete. Every library call runs in the background; the UI thread never waits on SQLite.
 */
public final class LibraryViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryViewModel.class);
    static final int MAX_HITS = 100;

    private final Supplier<Library> library;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Consumer<Document> opener;
    private final ObservableList<LibraryEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private long searchRevision;

    public LibraryViewModel(Supplier<Library> library, BackgroundTasks tasks, DialogService dialogs,
            Consumer<Document> opener) {
        this.library = library;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.opener = opener;
        query.addListener((obs, old, q) -> search(q));
    }

    public ObservableList<LibraryEntry> entries() {
        return entries;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** What the window says about the library: its file and size, or why it is empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Reloads the document list. */
    public void refresh() {
        Library lib = library.get();
        if (lib == null) {
            entries.clear();
            status.set("No library is open. Use File \u203a Open Library or New Library.");
            return;
        }
        tasks.submit(progress -> lib.documents().list(), list -> {
            entries.setAll(list);
            status.set(list.size() + (list.size() == 1 ? " article in " : " articles in ") + lib.file());
        }, error -> failed("The library could not be read", error));
    }

    private void search(String q) {
        long revision = ++searchRevision;
        Library lib = library.get();
        if (lib == null || q == null || q.isBlank()) {
            hits.clear();
            return;
        }
        tasks.submit(progress -> lib.documents().search(q, MAX_HITS), found -> {
            // The same hits again (one more letter typed) leave the list and the hit chosen in it as they are.
            if (revision == searchRevision && !hits.equals(found)) {
                hits.setAll(found);
            }
        }, error -> {
            if (revision == searchRevision) {
                hits.clear();
                LOG.info("search for {} failed: {}", q, error.getMessage());
            }
        });
    }

    /** Opens the latest version of a document in the reader, from the text the library keeps. */
    public void open(long documentId, long versionId) {
        Library lib = library.get();
        if (lib == null) {
            return;
        }
        tasks.submit(progress -> lib.documents().version(versionId), stored -> stored.ifPresentOrElse(
                s -> opener.accept(s.document()),
                () -> dialogs.showError("The article is gone", "It was deleted from the library meanwhile.")),
                error -> failed("The article could not be opened", error));
    }

    /** Deletes a document and everything on it, after the user confirms. */
    public void delete(LibraryEntry entry) {
        Library lib = library.get();
        if (lib == null || !dialogs.confirm("Delete \u201c" + DisplayNames.titleLine(entry.title()) + "\u201d?",
                "The article, its analysis and all your annotations and notes on it are removed from the library. "
                        + "The file on disk is not touched. This cannot be undone.", "Delete")) {
            return;
        }
        tasks.submit(progress -> {
            lib.documents().delete(entry.documentId()).get();
            return null;
        }, done -> {
            refresh();
            search(query.get());
        }, error -> failed("The article could not be deleted", error));
    }

    private void failed(String header, Throwable error) {
        Throwable cause = error.getCause() != null && error instanceof java.util.concurrent.ExecutionException
                ? error.getCause() : error;
        LOG.warn("{}", header, cause);
        dialogs.showError(header, cause.getMessage() == null ? "The details are in the log." : cause.getMessage());
    }
}

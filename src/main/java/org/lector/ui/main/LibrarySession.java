package org.lector.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.lector.model.DisplayNames;
import org.lector.store.Library;
import org.lector.store.StoreException;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library the window uses: opened (or created) in the background, replacing the one in use, which is closed;
 * one that cannot be opened is explained in a dialog and the one in use stays. The window's only hold on the
 * library file.
 */
final class LibrarySession {

    private static final Logger LOG = LoggerFactory.getLogger(LibrarySession.class);

    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "libraryFile");
    /** The open library, read by background work; null when none is open. */
    private volatile Library library;
    /** Done when the newest library asked for is open (or could not be opened). */
    private volatile CompletableFuture<Void> opening = CompletableFuture.completedFuture(null);

    LibrarySession(BackgroundTasks tasks, DialogService dialogs, Consumer<String> status) {
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.status = Objects.requireNonNull(status);
    }

    /** The open library, or null. Safe to call from any thread. */
    Library library() {
        return library;
    }

    /** The open library's file, or null when none is open. */
    ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /**
     * Opens the library at {@code path} (creating it when it does not exist) in the background; {@code opened} runs
     * on the FX thread once it is the one in use.
     */
    void open(Path path, Runnable opened) {
        status.accept("Opening library " + fileName(path) + "\u2026");
        CompletableFuture<Void> settled = new CompletableFuture<>();
        opening = settled;
        tasks.submit(progress -> {
            try {
                // In use from here, not from the FX thread's turn: an article being read meanwhile is looked up in
                // it at once (awaitOpening), so its highlights come with its text.
                Library lib = Library.open(path);
                Library previous;
                synchronized (this) {
                    previous = library;
                    library = lib;
                }
                return new Swap(lib, previous);
            } finally {
                settled.complete(null);
            }
        }, swap -> {
            Library lib = swap.opened();
            Library previous = swap.previous();
            file.set(path);
            status.accept("Library: " + DisplayNames.escape(path.toString()));
            // Opening recovered from a damaged journal, keeping a copy of it: the reader must hear what was lost.
            lib.notice().ifPresent(notice -> dialogs.showError("Recent changes to the library were lost", notice));
            if (previous != null) {
                tasks.submit(progress -> {
                    previous.close();
                    return null;
                }, done -> { }, error -> LOG.warn("closing library {} failed", previous.file(), error));
            }
            opened.run();
        }, error -> {
            settled.complete(null);
            status.accept("");
            if (error instanceof StoreException) {
                LOG.warn("library {} not opened: {}", path, error.getMessage());
            } else {
                LOG.warn("library {} not opened", path, error);
            }
            String reason = error instanceof StoreException store ? store.getMessage()
                    : "It could not be read (" + error.getClass().getSimpleName() + ").";
            dialogs.showError("The library could not be opened", reason
                    + (library == null ? " Articles still open and are analysed, but nothing is saved until a "
                            + "library can be opened." : " Lector keeps using " + file.get() + "."));
        });
    }

    private record Swap(Library opened, Library previous) {
    }

    /**
     * Waits, on a background thread, for a library being opened to be in use, at most {@code timeout}: what an
     * article read at launch is looked up in. Returns at once when none is being opened.
     */
    void awaitOpening(Duration timeout) {
        try {
            opening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.debug("library still opening after {}; the article is read without it for now", timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks for an existing library file and opens it. */
    void openWithDialog(Runnable opened) {
        dialogs.chooseLibrary(false, file.get()).ifPresent(path -> open(path, opened));
    }

    /** Asks where to create a new library and opens it. */
    void createWithDialog(Runnable opened) {
        dialogs.chooseLibrary(true, file.get()).ifPresent(path -> {
            if (Files.exists(path)) {
                dialogs.showError("A file is already there", "\u201c" + path.getFileName() + "\u201d exists; "
                        + "choose a new name for the new library, or open it with Open Library.");
                return;
            }
            open(path, opened);
        });
    }

    /** Closes the library; call when the window closes. Blocks until pending edits are written. */
    void close() {
        Library open;
        synchronized (this) {
            open = library;
            library = null;
        }
        if (open != null) {
            open.close();
        }
    }

    /** The file's name as the window shows it: escaped, since a name is data (see {@link DisplayNames}). */
    static String fileName(Path path) {
        Path name = path.getFileName();
        return DisplayNames.escape(name == null ? path.toString() : name.toString());
    }
}

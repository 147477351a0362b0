package org.lector.ui.main;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import org.lector.ingest.DocumentLoader;
import org.lector.ingest.IngestException;
import org.lector.model.Document;
import org.lector.model.PageSnapshot;
import org.lector.reading.Reading;
import org.lector.reading.ReadingSession;
import org.lector.ui.analysis.ArticleAnalysis;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;
import org.lector.ui.reader.ReaderViewModel;
import org.lector.ui.reader.ReadingStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening an article in the window: a file or a web page read off the UI thread with its progress, the newest
 * request winning; looked up in the library while it is read; shown with its status-bar figures once the window's
 * first frame is drawn; or why it could not be opened, in a dialog. {@link MainViewModel} hands the window's
 * requests here.
 */
final class ArticleOpening {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleOpening.class);

    /** How long reading an article waits for a library still opening before it is shown without it. */
    private static final Duration LIBRARY_WAIT = Duration.ofSeconds(2);

    /**
     * A document read in the background, with the figures the status bar shows and, when a library is open, where
     * it stands in the library (so an article read before is shown with its highlights in one step).
     *
     * @param path   the file it was read from, or null for a web page
     * @param url    the web page it was read from, or null for a file
     * @param page   the web page as fetched, or null
     * @param notice what the reader should know about what is shown (the library's copy of a page that could not
     *               be fetched), or null
     */
    private record LoadedArticle(Path path, String url, Document document, LocalDate date, ReadingStats stats,
            boolean remember, ReadingSession.Lookup lookup, PageSnapshot page, String notice) {
    }

    private final DocumentLoader loader;
    private final WebPages web;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final LibrarySession library;
    private final RecentFiles recent;
    private final ReaderViewModel reader;
    private final StringProperty taskMessage;
    /** Saves the remembered state (the recent files among it). */
    private final Runnable saveSettings;
    /** Told each time no article is being read any more. */
    private final Runnable settled;
    private final ArticleAnalysis analysis;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyObjectWrapper<ReadingStats> stats =
            new ReadOnlyObjectWrapper<>(this, "stats", ReadingStats.NONE);
    private final ReadOnlyObjectWrapper<Path> currentPath = new ReadOnlyObjectWrapper<>(this, "currentPath");

    private BackgroundTasks.Handle loading;
    /** The document the status bar's figures are of. */
    private Document statsFor;
    /** Bumped by every open request; only the newest request's result is shown. */
    private long loadRevision;
    /** When the newest open request came, for the log's open-to-analysis time. */
    private long openRequested = System.nanoTime();
    /** The web page the shown article was read from, to keep with it in a library opened later; or null. */
    private PageSnapshot shownPage;
    /**
     * An article read before the window's first frame, held until that frame is laid out
     * ({@link #holdUntilWindowDrawn}); null when none waits.
     */
    private Runnable heldUntilDrawn;
    /** Whether an article read now waits for the window's first frame. */
    private boolean holding;

    /**
     * @param taskMessage  the status bar's words
     * @param saveSettings saves the remembered state, the recent files among it
     * @param settled      told each time no article is being read any more
     */
    ArticleOpening(DocumentLoader loader, WebPages web, BackgroundTasks tasks, DialogService dialogs,
            LibrarySession library, RecentFiles recent, ReaderViewModel reader, ArticleAnalysis analysis,
            StringProperty taskMessage, Runnable saveSettings, Runnable settled) {
        this.loader = Objects.requireNonNull(loader);
        this.web = Objects.requireNonNull(web);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.library = Objects.requireNonNull(library);
        this.recent = Objects.requireNonNull(recent);
        this.reader = Objects.requireNonNull(reader);
        this.analysis = Objects.requireNonNull(analysis);
        this.taskMessage = Objects.requireNonNull(taskMessage);
        this.saveSettings = Objects.requireNonNull(saveSettings);
        this.settled = Objects.requireNonNull(settled);
        // The library may swap in the version of the article the reader repaired: its words are counted again.
        reader.documentProperty().addListener((obs, old, doc) -> {
            if (doc != null && doc != statsFor) {
                statsFor = doc;
                tasks.submit(p -> ReadingStats.of(doc.text()), counted -> {
                    if (reader.getDocument() == doc) {
                        stats.set(counted);
                    }
                }, error -> LOG.warn("words of {} not counted", doc.source(), error));
            }
        });
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ReadingStats> statsProperty() {
        return stats.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Path> currentPathProperty() {
        return currentPath.getReadOnlyProperty();
    }

    /** Whether no article is being read or waiting to be shown. */
    boolean idle() {
        return loading == null;
    }

    /** When the newest open request came (System.nanoTime). */
    long openRequested() {
        return openRequested;
    }

    /** The web page the shown article was read from, or null. */
    PageSnapshot shownPage() {
        return shownPage;
    }

    /**
     * Holds the article read next until {@link #windowDrawn}: at launch the article is read (and looked up in the
     * library) while the window is built, and shown once the window's first frame is laid out, so that frame is
     * drawn at once and the article's text and highlights come in the one after it.
     */
    void holdUntilWindowDrawn() {
        holding = true;
    }

    /** The window's first frame is laid out: an article held for it is shown now. */
    void windowDrawn() {
        holding = false;
        Runnable held = heldUntilDrawn;
        heldUntilDrawn = null;
        if (held != null) {
            held.run();
        }
    }

    /** Runs {@code show} now, or once the window is drawn when {@link #holdUntilWindowDrawn} asked for that. */
    private void whenDrawn(Runnable show) {
        if (holding) {
            heldUntilDrawn = show;
        } else {
            show.run();
        }
    }

    /**
     * Reads {@code path} in the background and shows it; a newer request cancels this one. {@code remember}: whether
     * it joins the recent files (the bundled sample does not).
     */
    void open(Path path, boolean remember) {
        String name = LibrarySession.fileName(path);
        load(name, task -> {
            Document doc = loader.load(path, (done, total) -> task.update(total > 0 ? (double) done / total : -1,
                    String.format(Locale.ROOT, "Reading %s\u2026 %d %%", name, total > 0 ? done * 100 / total : 0)));
            return loaded(path, null, doc, remember, null, null);
        }, error -> loadFailed(name, path, error));
    }

    /**
     * Fetches the web page at {@code url} in the background, with its progress, and shows its article; the page is
     * kept in the open library with it. A newer request, or {@link #cancelLoading}, cancels it. When it cannot be
     * fetched, the library's copy is shown with a word on why, else the reason in a dialog.
     */
    void openUrl(String url) {
        String address = url.strip();
        String name = host(address);
        load(name, task -> {
            task.update(-1, "Fetching " + name + "\u2026");
            WebPages.Opened page = web.open(address, (done, total) -> task.update(
                    total > 0 ? (double) done / total : -1,
                    String.format(Locale.ROOT, "Fetching %s\u2026 %,d KB", name, (done + 1023) / 1024)));
            task.update(-1, "Reading " + page.document().title() + "\u2026");
            return loaded(null, address, page.document(), true, page.page(), page.notice());
        }, error -> loadFailed(name, null, error));
    }

    /** Stops the file or page being opened; what is shown stays. */
    void cancelLoading() {
        if (loading == null || !busy.get()) {
            return;
        }
        loading.cancel();
        loadRevision++;
        finishLoading();
        taskMessage.set("Cancelled.");
        settled.run();
    }

    private static String host(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** Runs {@code work} in the background with progress, and shows what it read unless a newer request came. */
    private void load(String name, BackgroundTasks.Work<LoadedArticle> work,
            java.util.function.Consumer<Throwable> failed) {
        openRequested = System.nanoTime();
        if (loading != null) {
            loading.cancel();
        }
        long revision = ++loadRevision;
        busy.set(true);
        progress.set(-1);
        taskMessage.set("Opening " + name + "\u2026");
        loading = tasks.submit(work, new BackgroundTasks.Listener<LoadedArticle>() {
            @Override
            public void onProgress(double fraction, String message) {
                if (revision == loadRevision) {
                    progress.set(fraction);
                    taskMessage.set(message);
                }
            }

            @Override
            public void onSuccess(LoadedArticle article) {
                if (revision == loadRevision) {
                    whenDrawn(() -> {
                        if (revision == loadRevision) {
                            finishLoading();
                            display(article);
                            settled.run();
                        }
                    });
                }
            }

            @Override
            public void onError(Throwable error) {
                if (revision == loadRevision) {
                    finishLoading();
                    failed.accept(error);
                    settled.run();
                }
            }
        });
    }

    /** Everything shown with a document's text, made on the (background) thread that read it. */
    private LoadedArticle loaded(Path path, String url, Document document, boolean remember, PageSnapshot page,
            String notice) {
        // At launch the library opens while the article is read: waiting a moment for it lets the article be
        // looked up here, off the FX thread and while the window is built, so its highlights come with its text.
        library.awaitOpening(LIBRARY_WAIT);
        ReadingSession.Lookup lookup = analysis.lookUpWhileReading(document);
        // The library may keep the article as the reader repaired it: that text is the one shown.
        Document shown = lookup == null || lookup.found() == null ? document : lookup.found().document();
        return new LoadedArticle(path, url, shown, Reading.articleDate(shown), ReadingStats.of(shown.text()),
                remember, lookup, page, notice);
    }

    /** Shows a document that was already read (from the command line) without reading it again. */
    void show(Path path, Document document) {
        show(path, null, document);
    }

    void show(Path path, String url, Document document) {
        openRequested = System.nanoTime();
        if (loading != null) {
            loading.cancel();
        }
        long revision = ++loadRevision;
        // Counting the words of a novel takes a moment: off the FX thread, like reading a file.
        loading = tasks.submit(progress -> loaded(path, url, document, true, null, null), article -> {
            if (revision == loadRevision) {
                whenDrawn(() -> {
                    if (revision == loadRevision) {
                        loading = null;
                        display(article);
                        settled.run();
                    }
                });
            }
        }, error -> {
            LOG.error("could not show {}", document.source(), error);
            if (revision == loadRevision) {
                loading = null;
                settled.run();
            }
        });
    }

    private void display(LoadedArticle article) {
        reader.analysisProperty().set(null);
        reader.articleDateProperty().set(article.date());
        statsFor = article.document();
        reader.documentProperty().set(article.document());
        LOG.info("text of {} shown {} ms after the open request", article.document().source(),
                (System.nanoTime() - openRequested) / 1_000_000);
        analysis.analyze(article.document(), article.lookup());
        stats.set(article.stats());
        currentPath.set(article.path());
        shownPage = article.page();
        if (article.remember()) {
            if (article.url() != null) {
                recent.openedPage(article.url());
            } else {
                recent.opened(article.path());
            }
            saveSettings.run();
        }
        if (article.notice() != null) {
            taskMessage.set(article.notice());
        }
    }

    private void finishLoading() {
        busy.set(false);
        progress.set(-1);
        taskMessage.set("");
        loading = null;
    }

    /** Says why {@code name} (a file at {@code path}, or a web page when that is null) could not be opened. */
    private void loadFailed(String name, Path path, Throwable error) {
        if (error instanceof IngestException ingest) {
            LOG.info("could not open {}: {}", name, ingest.getMessage());
            if (ingest.reason() == IngestException.Reason.NOT_FOUND && path != null) {
                recent.gone(path);
                saveSettings.run();
            }
            dialogs.showError("Cannot open \u201c" + name + "\u201d", ingest.getMessage());
        } else {
            LOG.error("unexpected failure opening {}", name, error);
            dialogs.showError("Cannot open \u201c" + name + "\u201d",
                    "Lector ran into an unexpected problem reading this " + (path == null ? "page" : "file")
                            + ". Nothing you had open was lost; the details are in the log.");
        }
    }
}

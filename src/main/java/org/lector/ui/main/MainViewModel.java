package org.lector.ui.main;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.lector.model.DisplayNames;
import org.lector.export.ExportFormat;
import org.lector.export.ExportInput;
import org.lector.ingest.DocumentLoader;
import org.lector.ingest.IngestException;
import org.lector.ingest.WebPageLoader;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.OrphanAnnotation;
import org.lector.model.PageSnapshot;
import org.lector.model.Span;
import org.lector.nlp.CancellationToken;
import org.lector.reading.LibraryPlace;
import org.lector.reading.LibraryViews;
import org.lector.reading.Reading;
import org.lector.reading.ReadingSession;
import org.lector.store.Library;
import org.lector.ui.analysis.ArticleAnalysis;
import org.lector.ui.common.AnalysisService;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.SettingsRepository;
import org.lector.ui.common.Theme;
import org.lector.ui.common.UiSettings;
import org.lector.ui.export.ExportSource;
import org.lector.ui.edits.Corrections;
import org.lector.ui.reader.ReaderViewModel;
import org.lector.ui.reader.ReadingStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's state: which article is open and opening another (off the UI thread, with progress, newest
 * request wins), the status bar's figures, theme and side panel. It composes the window's parts and hands them to
 * the views: the library in use ({@link LibrarySession}), the article's analysis ({@link ArticleAnalysis}), the
 * reader's edits ({@link Corrections}) and the recent files ({@link RecentFiles}).
 *
 * <p>A little longer than most files: it is where the window's parts meet (opening a file or a web page, the
 * library in use, the analysis, the edits, the status bar), each a few lines of wiring here over a class of its
 * own.
 */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

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
    private final Reading reading;
    private final SettingsRepository settingsRepository;
    private final UiSettings settings;
    private final ReaderViewModel reader;
    private final LibrarySession library;
    private final RecentFiles recent;
    private final Corrections corrections;
    private final ArticleAnalysis analysis;
    private final String pipeline;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper taskMessage = new ReadOnlyStringWrapper(this, "taskMessage", "");
    private final ReadOnlyObjectWrapper<ReadingStats> stats =
            new ReadOnlyObjectWrapper<>(this, "stats", ReadingStats.NONE);
    private final ReadOnlyObjectWrapper<Path> currentPath = new ReadOnlyObjectWrapper<>(this, "currentPath");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final BooleanProperty sidePanelVisible = new SimpleBooleanProperty(this, "sidePanelVisible", true);
    private final StringBinding windowTitle;

    /** How long reading an article waits for a library still opening before it is shown without it. */
    private static final Duration LIBRARY_WAIT = Duration.ofSeconds(2);

    private BackgroundTasks.Handle loading;
    /** The document the status bar's figures are of. */
    private Document statsFor;
    /** Bumped by every open request; only the newest request's result is shown. */
    private long loadRevision;
    /** Whether the window asked for the language models (once it was on screen). */
    private boolean warmUpAsked;
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

    public MainViewModel(DocumentLoader loader, BackgroundTasks tasks, DialogService dialogs,
            SettingsRepository settingsRepository, AnalysisService analysisService) {
        this(loader, new WebPageLoader(), tasks, dialogs, settingsRepository, analysisService);
    }

    /** As above with the given web page loader (tests give one with short time-outs). */
    public MainViewModel(DocumentLoader loader, WebPageLoader webLoader, BackgroundTasks tasks, DialogService dialogs,
            SettingsRepository settingsRepository, AnalysisService analysisService) {
        this.loader = Objects.requireNonNull(loader);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.settingsRepository = Objects.requireNonNull(settingsRepository);
        this.settings = settingsRepository.load();
        this.reading = new Reading(Objects.requireNonNull(analysisService));
        this.pipeline = analysisService.version();
        this.reader = new ReaderViewModel(tasks);
        this.library = new LibrarySession(tasks, dialogs, taskMessage::set);
        this.web = new WebPages(webLoader, library::library);
        this.recent = new RecentFiles(settings);
        this.corrections = new Corrections(reader, tasks, dialogs, taskMessage::set,
                () -> library.library() != null);
        this.analysis = new ArticleAnalysis(analysisService,
                new ReadingSession(reading, library::library, tasks.executor()), tasks, reader, corrections,
                taskMessage::set, () -> openRequested);
        theme.set(Theme.fromId(settings.theme));
        reader.setZoom(settings.zoom);
        sidePanelVisible.set(settings.sidePanelVisible);
        // The library may swap in the version of the article the reader repaired: its words are counted again.
        reader.documentProperty().addListener((obs, old, doc) -> {
            if (doc != null && doc != statsFor) {
                statsFor = doc;
                tasks.submit(progress -> ReadingStats.of(doc.text()), counted -> {
                    if (reader.getDocument() == doc) {
                        stats.set(counted);
                    }
                }, error -> LOG.warn("words of {} not counted", doc.source(), error));
            }
        });
        windowTitle = Bindings.createStringBinding(() -> {
            Document d = reader.getDocument();
            // A title is data: a control or a direction override in it must not reach the window manager raw.
            return d == null ? "Lector" : DisplayNames.titleLine(d.title()) + " \u2014 Lector";
        }, reader.documentProperty());
    }

    public ReaderViewModel reader() {
        return reader;
    }

    /** The reader's edits to the shown article: tags, removals, notes, undo and redo. */
    public Corrections corrections() {
        return corrections;
    }

    /** The dialogs the window's views share. */
    public DialogService dialogs() {
        return dialogs;
    }

    /** The background work runner the window's views share. */
    public BackgroundTasks tasks() {
        return tasks;
    }

    public UiSettings settings() {
        return settings;
    }

    public ObservableList<String> recentFiles() {
        return recent.list();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Fraction done of the current task, or negative when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty taskMessageProperty() {
        return taskMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReadingStats> statsProperty() {
        return stats.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> currentPathProperty() {
        return currentPath.getReadOnlyProperty();
    }

    /** What the analysis of the shown article is doing, in words, or empty when it is done. */
    public ReadOnlyStringProperty analysisStateProperty() {
        return analysis.stateProperty();
    }

    public ReadOnlyBooleanProperty modelsReadyProperty() {
        return analysis.modelsReadyProperty();
    }

    /** The reader's annotations on the shown article that could not be placed in its changed text. */
    public ObservableList<OrphanAnnotation> orphans() {
        return analysis.orphans();
    }

    /** The open library's file, or null when none is open. */
    public ReadOnlyObjectProperty<Path> libraryFileProperty() {
        return library.fileProperty();
    }

    /** The open library, or null. Safe to call from any thread. */
    public Library library() {
        return library.library();
    }

    /**
     * Opens the library at {@code file} (creating it when it does not exist) in the background and uses it from
     * then on; the previous one is closed. A library that cannot be opened is explained in a dialog, and the one in
     * use stays in use.
     */
    public void openLibrary(Path file) {
        library.open(file, () -> libraryOpened(file));
    }

    /** Asks for an existing library file and opens it. */
    public void openLibraryWithDialog() {
        library.openWithDialog(() -> libraryOpened(library.fileProperty().get()));
    }

    /** Asks where to create a new library and opens it. */
    public void newLibraryWithDialog() {
        library.createWithDialog(() -> libraryOpened(library.fileProperty().get()));
    }

    private void libraryOpened(Path file) {
        settings.libraryPath = file.toAbsolutePath().toString();
        saveSettings();
        Document shown = reader.getDocument();
        if (shown != null) {
            // A page fetched before the library was open (a URL on the command line) is kept with its article.
            web.keep(shown, shownPage);
            if (!analysis.lookedUpIn(shown)) {
                analysis.analyze(shown, null);
            }
        }
    }

    /** Closes the library; call when the window closes. Blocks until pending edits are written. */
    public void closeLibrary() {
        library.close();
    }

    /** Shows a document kept in the library, whether or not its file still exists (or its page is online). */
    public void showStored(Document document) {
        if (WebPageLoader.isWebAddress(document.source())) {
            show(null, document.source(), document);
        } else {
            show(Path.of(document.source()), null, document);
        }
    }

    /** Shows a document kept in the library with the passage {@code at} selected and scrolled to. */
    public void showStored(Document document, Span at) {
        reader.revealOnceShown(document, at);
        showStored(document);
    }

    /** Where the article whose analysis is shown is kept in the library; null before it is shown, or without one. */
    public LibraryPlace shownPlace() {
        return analysis.shownPlace();
    }

    /**
     * Reads the shown article again as the library now has it (after the reader gave it a date): shown, and
     * analysed when the library holds no analysis of it.
     */
    public void readShownAgain() {
        Document d = reader.getDocument();
        if (d != null) {
            show(currentPath.get(), WebPageLoader.isWebAddress(d.source()) ? d.source() : null, d);
        }
    }

    /** The views across the open library (people, claims, versions), or null when no library is open. */
    public LibraryViews libraryViews() {
        Library lib = library.library();
        return lib == null ? null : new LibraryViews(lib, pipeline);
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty sidePanelVisibleProperty() {
        return sidePanelVisible;
    }

    public StringBinding windowTitleProperty() {
        return windowTitle;
    }

    /**
     * Starts loading the language models in the background, and the analysis of an article opened before. Called
     * by the window once it is on screen.
     */
    public void startWarmUp() {
        warmUpAsked = true;
        warmUpWhenSettled();
    }

    /**
     * Lets the models load once no article is being read: the one being read is looked up in the library first
     * (its highlights may be there), and the models' loading threads would compete with that on two cores.
     */
    private void warmUpWhenSettled() {
        if (warmUpAsked && loading == null) {
            analysis.startWarmUp();
        }
    }

    /**
     * Holds the article read next until {@link #windowDrawn}: at launch the article is read (and looked up in the
     * library) while the window is built, and shown once the window's first frame is laid out, so that frame is
     * drawn at once and the article's text and highlights come in the one after it.
     */
    public void holdUntilWindowDrawn() {
        holding = true;
    }

    /** The window's first frame is laid out: an article held for it is shown now. */
    public void windowDrawn() {
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

    /** Asks the user for an article and opens it. */
    public void openWithDialog() {
        dialogs.chooseArticle(recent.lastDirectory(), DocumentLoader.supportedExtensions()).ifPresent(this::open);
    }

    /** Asks the user for a web page's address and opens it. */
    public void openUrlWithDialog() {
        dialogs.edit(OpenUrlDialog.editor()).ifPresent(this::openUrl);
    }

    /** Opens the first of the dropped files. */
    public void openDropped(List<Path> files) {
        if (!files.isEmpty()) {
            open(files.get(0));
        }
    }

    /**
     * Opens the first web address in dropped text (a link dragged from a browser: a URL list, one address a line,
     * {@code #} lines being comments); whether there was one.
     */
    public boolean openDroppedText(String text) {
        if (text == null) {
            return false;
        }
        for (String line : text.split("\\R")) {
            String address = line.strip();
            if (!address.startsWith("#") && WebPageLoader.isWebAddress(address)) {
                openUrl(address);
                return true;
            }
        }
        return false;
    }

    /** Opens a recent file or page; a file that has gone is dropped from the list after the error is shown. */
    public void openRecent(String pathOrUrl) {
        if (WebPageLoader.isWebAddress(pathOrUrl)) {
            openUrl(pathOrUrl);
        } else {
            open(Path.of(pathOrUrl));
        }
    }

    public void clearRecent() {
        recent.clear();
        saveSettings();
    }

    /** Reads {@code path} in the background and shows it; a newer request cancels this one. */
    public void open(Path path) {
        open(path, true);
    }

    /** Opens the bundled sample without adding it to the recent files or the last used folder. */
    public void openSample(Path path) {
        open(path, false);
    }

    private void open(Path path, boolean remember) {
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
    public void openUrl(String url) {
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
    public void cancelLoading() {
        if (loading == null || !busy.get()) {
            return;
        }
        loading.cancel();
        loadRevision++;
        finishLoading();
        taskMessage.set("Cancelled.");
        warmUpWhenSettled();
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
                            warmUpWhenSettled();
                        }
                    });
                }
            }

            @Override
            public void onError(Throwable error) {
                if (revision == loadRevision) {
                    finishLoading();
                    failed.accept(error);
                    warmUpWhenSettled();
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
    public void show(Path path, Document document) {
        show(path, null, document);
    }

    private void show(Path path, String url, Document document) {
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
                        warmUpWhenSettled();
                    }
                });
            }
        }, error -> {
            LOG.error("could not show {}", document.source(), error);
            if (revision == loadRevision) {
                loading = null;
                warmUpWhenSettled();
            }
        });
    }

    public void toggleTheme() {
        theme.set(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
        saveSettings();
    }

    public void toggleSidePanel() {
        sidePanelVisible.set(!sidePanelVisible.get());
        saveSettings();
    }

    /** Saves the remembered state: theme, zoom, side panel, recent files. The window adds its geometry. */
    public void saveSettings() {
        settings.theme = theme.get().id();
        settings.zoom = reader.zoomProperty().get();
        settings.sidePanelVisible = sidePanelVisible.get();
        settingsRepository.save(settings);
    }

    /**
     * What an export of the shown article holds, per format, as {@code lector export --db} writes it: the analysis
     * the reader sees (edits included), CoNLL with the engine's tokens, and what the reader took away of the
     * engine's output, so the formats that import again carry the rejections. Captures the article on the FX
     * thread; the function it returns runs on a background thread.
     */
    public ExportSource exportOfShown() {
        Document document = reader.getDocument();
        Analysis shown = reader.analysisProperty().get();
        Analysis engineOutput = corrections.engineAnalysis();
        return format -> reading.exportInput(document, shown, engineOutput == null ? Analysis.empty() : engineOutput,
                format, Instant.now(), CancellationToken.none());
    }

    public void showAbout(String version) {
        dialogs.showAbout("About Lector", "Lector " + version + "\n\nA reader for reading news closely: who is "
                + "named, who said what, and what is claimed.\n\nFree software under the GNU General Public "
                + "License, version 3 or later.");
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
            saveSettings();
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
                saveSettings();
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

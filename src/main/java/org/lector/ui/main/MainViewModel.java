package org.lector.ui.main;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.lector.model.DisplayNames;
import org.lector.ingest.DocumentLoader;
import org.lector.ingest.WebPageLoader;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.OrphanAnnotation;
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

/**
 * The main window's state: which article is open, the status bar, theme and side panel. It composes the window's
 * parts and hands them to the views: opening an article ({@link ArticleOpening}: off the UI thread, with progress,
 * newest request wins), the library in use ({@link LibrarySession}), the article's analysis
 * ({@link ArticleAnalysis}), the reader's edits ({@link Corrections}) and the recent files ({@link RecentFiles}).
 */
public final class MainViewModel {

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

    private final ArticleOpening opening;

    private final ReadOnlyStringWrapper taskMessage = new ReadOnlyStringWrapper(this, "taskMessage", "");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final BooleanProperty sidePanelVisible = new SimpleBooleanProperty(this, "sidePanelVisible", true);
    private final StringBinding windowTitle;

    /** Whether the window asked for the language models (once it was on screen). */
    private boolean warmUpAsked;

    public MainViewModel(DocumentLoader loader, BackgroundTasks tasks, DialogService dialogs,
            SettingsRepository settingsRepository, AnalysisService analysisService) {
        this(loader, new WebPageLoader(), tasks, dialogs, settingsRepository, analysisService);
    }

    /** As above with the given web page loader (tests give one with short time-outs). */
    public MainViewModel(DocumentLoader loader, WebPageLoader webLoader, BackgroundTasks tasks, DialogService dialogs,
            SettingsRepository settingsRepository, AnalysisService analysisService) {
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
                taskMessage::set, this::openRequested);
        theme.set(Theme.fromId(settings.theme));
        reader.setZoom(settings.zoom);
        sidePanelVisible.set(settings.sidePanelVisible);
        this.opening = new ArticleOpening(loader, web, tasks, dialogs, library, recent, reader, analysis,
                taskMessage, this::saveSettings, this::warmUpWhenSettled);
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
        return opening.busyProperty();
    }

    /** Fraction done of the current task, or negative when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return opening.progressProperty();
    }

    public ReadOnlyStringProperty taskMessageProperty() {
        return taskMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReadingStats> statsProperty() {
        return opening.statsProperty();
    }

    public ReadOnlyObjectProperty<Path> currentPathProperty() {
        return opening.currentPathProperty();
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
            web.keep(shown, opening.shownPage());
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
            opening.show(null, document.source(), document);
        } else {
            opening.show(Path.of(document.source()), null, document);
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
            opening.show(opening.currentPathProperty().get(), WebPageLoader.isWebAddress(d.source()) ? d.source() : null, d);
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
        if (warmUpAsked && opening.idle()) {
            analysis.startWarmUp();
        }
    }

    /**
     * Holds the article read next until {@link #windowDrawn}: at launch the article is read (and looked up in the
     * library) while the window is built, and shown once the window's first frame is laid out, so that frame is
     * drawn at once and the article's text and highlights come in the one after it.
     */
    public void holdUntilWindowDrawn() {
        opening.holdUntilWindowDrawn();
    }

    /** The window's first frame is laid out: an article held for it is shown now. */
    public void windowDrawn() {
        opening.windowDrawn();
    }

    /** When the newest open request came (System.nanoTime), for the log's open-to-analysis time. */
    private long openRequested() {
        return opening.openRequested();
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
        opening.open(path, true);
    }

    /** Opens the bundled sample without adding it to the recent files or the last used folder. */
    public void openSample(Path path) {
        opening.open(path, false);
    }

    /**
     * Fetches the web page at {@code url} in the background, with its progress, and shows its article; the page is
     * kept in the open library with it. A newer request, or {@link #cancelLoading}, cancels it. When it cannot be
     * fetched, the library's copy is shown with a word on why, else the reason in a dialog.
     */
    public void openUrl(String url) {
        opening.openUrl(url);
    }

    /** Stops the file or page being opened; what is shown stays. */
    public void cancelLoading() {
        opening.cancelLoading();
    }

    /** Shows a document that was already read (from the command line) without reading it again. */
    public void show(Path path, Document document) {
        opening.show(path, document);
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
}

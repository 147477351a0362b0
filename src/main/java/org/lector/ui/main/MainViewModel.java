package org.lector.ui.main;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lector.export.ExportFormat;
import org.lector.export.ExportInput;
import org.lector.ingest.DocumentLoader;
import org.lector.ingest.IngestException;
import org.lector.model.DisplayNames;
import org.lector.model.Document;
import java.util.concurrent.CancellationException;
import org.lector.model.OrphanAnnotation;
import org.lector.nlp.CancellationToken;
import org.lector.model.Analysis;
import org.lector.reading.Article;
import org.lector.reading.ProgressiveAnalysis;
import org.lector.reading.Reading;
import org.lector.store.Library;
import org.lector.store.StoreException;
import org.lector.ui.common.AnalysisService;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.SettingsRepository;
import org.lector.ui.common.Theme;
import org.lector.ui.common.UiSettings;
import org.lector.ui.reader.ReaderViewModel;
import org.lector.ui.reader.ReadingStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's state and actions: which article is open, opening another (off the UI thread, with
 * progress, newest request wins), recent files, theme, side panel, and the status bar's figures.
 */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    /** A document read in the background, with the figures the status bar shows. */
    /**
     * A document read in the background, with the figures the status bar shows and, when a library is open, where
     * it stands in the library (so an article read before is shown with its highlights in one step).
     */
    record LoadedArticle(Path path, Document document, LocalDate date, ReadingStats stats, boolean remember,
            LibraryAnalysis.Lookup lookup) {
    }

    private final DocumentLoader loader;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final AnalysisService analysisService;
    private final Reading reading;
    private final LibraryAnalysis libraryAnalysis;
    private final SettingsRepository settingsRepository;
    private final UiSettings settings;
    private final ReaderViewModel reader;

    private final ObservableList<String> recentFiles = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper taskMessage = new ReadOnlyStringWrapper(this, "taskMessage", "");
    private final ReadOnlyObjectWrapper<ReadingStats> stats =
            new ReadOnlyObjectWrapper<>(this, "stats", ReadingStats.NONE);
    private final ReadOnlyObjectWrapper<Path> currentPath = new ReadOnlyObjectWrapper<>(this, "currentPath");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final BooleanProperty sidePanelVisible = new SimpleBooleanProperty(this, "sidePanelVisible", true);
    private final StringBinding windowTitle;

    private final ReadOnlyStringWrapper analysisState = new ReadOnlyStringWrapper(this, "analysisState", "");
    private final ReadOnlyBooleanWrapper modelsReady = new ReadOnlyBooleanWrapper(this, "modelsReady");
    private final ReadOnlyObjectWrapper<Path> libraryFile = new ReadOnlyObjectWrapper<>(this, "libraryFile");
    /** The open library, read by background work; null when none is open. */
    private volatile Library library;
    /**
     * Whether the window asked for the models yet. Until it does, the analysis of the first article waits: loading
     * the models races the window's first frames for both cores.
     */
    private boolean warmUpStarted;
    private WaitingForModels waitingForWarmUp;
    private final ObservableList<OrphanAnnotation> orphans = FXCollections.observableArrayList();
    private final Corrections corrections;
    private CancellationToken analysisToken;
    /** Bumped by every analysis started; only the newest one's results reach the view. */
    private long analysisRevision;
    private BackgroundTasks.Handle loading;
    /** Bumped by every open request; only the newest request's result is shown. */
    private long loadRevision;
    /** When the newest open request came, for the log's open-to-analysis time. */
    private long openRequested = System.nanoTime();

    public MainViewModel(DocumentLoader loader, BackgroundTasks tasks, DialogService dialogs,
            SettingsRepository settingsRepository, AnalysisService analysisService) {
        this.loader = Objects.requireNonNull(loader);
        this.analysisService = Objects.requireNonNull(analysisService);
        this.reading = new Reading(analysisService);
        this.libraryAnalysis = new LibraryAnalysis(reading, this::library);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.settingsRepository = Objects.requireNonNull(settingsRepository);
        this.settings = settingsRepository.load();
        this.reader = new ReaderViewModel(tasks);
        this.corrections = new Corrections(reader, tasks, dialogs, taskMessage::set, this::library);
        recentFiles.setAll(settings.recentFiles);
        theme.set(Theme.fromId(settings.theme));
        reader.setZoom(settings.zoom);
        sidePanelVisible.set(settings.sidePanelVisible);
        windowTitle = Bindings.createStringBinding(() -> {
            Document d = reader.getDocument();
            // A title is data: a control or a direction override in it must not reach the window manager raw.
            return d == null ? "Lector" : DisplayNames.titleLine(d.title()) + " \u2014 Lector";
        }, reader.documentProperty());
    }

    public ReaderViewModel reader() {
        return reader;
    }

    /** The dialogs the window's views share. */
    /** The reader's edits to the shown article: tags, removals, notes, undo and redo. */
    public Corrections corrections() {
        return corrections;
    }

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
        return recentFiles;
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

    /**
     * What the analysis of the shown article is doing, in words for the panels and the status bar ("Finding
     * names…"), or empty when it is done.
     */
    public ReadOnlyStringProperty analysisStateProperty() {
        return analysisState.getReadOnlyProperty();
    }

    /**
     * The reader's annotations on the shown article that could not be placed in its changed text: kept, never
     * moved onto a lookalike passage.
     */
    public ObservableList<OrphanAnnotation> orphans() {
        return orphans;
    }

    /** The open library's file, or null when none is open. */
    public ReadOnlyObjectProperty<Path> libraryFileProperty() {
        return libraryFile.getReadOnlyProperty();
    }

    /** The open library, or null. Safe to call from any thread. */
    public Library library() {
        return library;
    }

    /**
     * Opens the library at {@code file} (creating it when it does not exist) in the background and uses it from
     * then on; the previous one is closed. A library that cannot be opened is explained in a dialog, and the one in
     * use stays in use.
     */
    public void openLibrary(Path file) {
        taskMessage.set("Opening library " + fileName(file) + "\u2026");
        tasks.submit(progress -> Library.open(file), opened -> {
            Library previous = library;
            library = opened;
            libraryFile.set(file);
            settings.libraryPath = file.toAbsolutePath().toString();
            saveSettings();
            taskMessage.set("Library: " + DisplayNames.escape(file.toString()));
            // Opening recovered from a damaged journal, keeping a copy of it: the reader must hear what was lost.
            opened.notice().ifPresent(notice -> dialogs.showError("Recent changes to the library were lost", notice));
            if (previous != null) {
                tasks.submit(progress -> {
                    previous.close();
                    return null;
                }, done -> { }, error -> LOG.warn("closing library {} failed", previous.file(), error));
            }
            Document shown = reader.getDocument();
            if (shown != null) {
                analyze(shown);
            }
        }, error -> {
            taskMessage.set("");
            if (error instanceof StoreException) {
                LOG.warn("library {} not opened: {}", file, error.getMessage());
            } else {
                LOG.warn("library {} not opened", file, error);
            }
            String reason = error instanceof StoreException store ? store.getMessage()
                    : "It could not be read (" + error.getClass().getSimpleName() + ").";
            dialogs.showError("The library could not be opened", reason
                    + (library == null ? " Articles still open and are analysed, but nothing is saved until a "
                            + "library can be opened." : " Lector keeps using " + libraryFile.get() + "."));
        });
    }

    /** Asks for an existing library file and opens it. */
    public void openLibraryWithDialog() {
        dialogs.chooseLibrary(false, libraryFile.get()).ifPresent(this::openLibrary);
    }

    /** Asks where to create a new library and opens it. */
    public void newLibraryWithDialog() {
        dialogs.chooseLibrary(true, libraryFile.get()).ifPresent(file -> {
            if (java.nio.file.Files.exists(file)) {
                dialogs.showError("A file is already there", "\u201c" + file.getFileName() + "\u201d exists; "
                        + "choose a new name for the new library, or open it with Open Library.");
                return;
            }
            openLibrary(file);
        });
    }

    /** Closes the library; call when the window closes. Blocks until pending edits are written. */
    public void closeLibrary() {
        Library open = library;
        library = null;
        if (open != null) {
            open.close();
        }
    }

    /** Shows a document kept in the library, whether or not its file still exists. */
    public void showStored(Document document) {
        show(Path.of(document.source()), document);
    }

    public ReadOnlyBooleanProperty modelsReadyProperty() {
        return modelsReady.getReadOnlyProperty();
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
     * by the window once it is on screen: loading them while the window is still being built would compete with it
     * for both cores and delay its first frame.
     */
    public void startWarmUp() {
        warmUpStarted = true;
        analysisService.warmUp().whenComplete((ok, error) -> tasks.onUiThread(() -> {
            if (error == null) {
                modelsReady.set(true);
            } else {
                LOG.error("the language models did not load", error);
                analysisState.set("The language models could not be loaded, so articles are shown without "
                        + "analysis. The details are in the log.");
            }
        }));
        WaitingForModels waiting = waitingForWarmUp;
        waitingForWarmUp = null;
        if (waiting != null && waiting.revision() == analysisRevision) {
            runEngine(waiting);
        }
    }

    /** Asks the user for an article and opens it. */
    public void openWithDialog() {
        Path start = settings.lastDirectory.isEmpty() ? null : Path.of(settings.lastDirectory);
        dialogs.chooseArticle(start, DocumentLoader.supportedExtensions()).ifPresent(this::open);
    }

    /** Opens the first of the dropped files. */
    public void openDropped(List<Path> files) {
        if (!files.isEmpty()) {
            open(files.get(0));
        }
    }

    /** Opens a recent file; one that has gone is dropped from the list after the error is shown. */
    public void openRecent(String path) {
        open(Path.of(path));
    }

    public void clearRecent() {
        recentFiles.clear();
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
        openRequested = System.nanoTime();
        if (loading != null) {
            loading.cancel();
        }
        long revision = ++loadRevision;
        String name = fileName(path);
        busy.set(true);
        progress.set(-1);
        taskMessage.set("Opening " + name + "\u2026");
        loading = tasks.submit(task -> {
            Document doc = loader.load(path, (done, total) -> task.update(total > 0 ? (double) done / total : -1,
                    String.format(Locale.ROOT, "Reading %s\u2026 %d %%", name, total > 0 ? done * 100 / total : 0)));
            return new LoadedArticle(path, doc, Reading.articleDate(doc), ReadingStats.of(doc.text()), remember,
                    lookUpWhileReading(doc));
        }, new BackgroundTasks.Listener<LoadedArticle>() {
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
                    finishLoading("");
                    display(article);
                }
            }

            @Override
            public void onError(Throwable error) {
                if (revision == loadRevision) {
                    finishLoading("");
                    loadFailed(path, error);
                }
            }
        });
    }

    /**
     * An article's place in the library, looked up while it is read so its text and highlights show together; null
     * for a long text, whose text is shown first (its analysis takes seconds to read back from the library).
     */
    private LibraryAnalysis.Lookup lookUpWhileReading(Document document) {
        if (document.length() > ProgressiveAnalysis.LONG_TEXT) {
            return null;
        }
        try {
            return libraryAnalysis.lookUp(document);
        } catch (RuntimeException e) {
            // The file was read; a library that fails here must not keep it from being shown. The analysis that
            // follows looks it up again and says what went wrong.
            LOG.warn("library lookup of {} while reading failed", document.source(), e);
            return null;
        }
    }

    /** Shows a document that was already read (from the command line) without reading it again. */
    public void show(Path path, Document document) {
        openRequested = System.nanoTime();
        if (loading != null) {
            loading.cancel();
        }
        long revision = ++loadRevision;
        // Counting the words of a novel takes a moment: off the FX thread, like reading a file.
        loading = tasks.submit(progress -> new LoadedArticle(path, document, Reading.articleDate(document),
                        ReadingStats.of(document.text()), true, lookUpWhileReading(document)),
                article -> {
                    if (revision == loadRevision) {
                        loading = null;
                        display(article);
                    }
                }, error -> LOG.error("could not show {}", path, error));
    }

    public void toggleTheme() {
        theme.set(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
        saveSettings();
    }

    public void toggleSidePanel() {
        sidePanelVisible.set(!sidePanelVisible.get());
        saveSettings();
    }

    /** Writes the remembered state: theme, zoom, side panel, recent files. The window adds its geometry. */
    public void saveSettings() {
        settings.theme = theme.get().id();
        settings.zoom = reader.zoomProperty().get();
        settings.sidePanelVisible = sidePanelVisible.get();
        settings.recentFiles = List.copyOf(recentFiles);
        settingsRepository.save(settings);
    }

    /**
     * What an export of {@code shown}, the analysis the reader sees of {@code document}, holds in {@code format}: as
     * {@code lector export} would write it (CoNLL with the engine's tokens). Runs on a background thread.
     */
    public ExportInput exportInput(Document document, Analysis shown, ExportFormat format) {
        return reading.exportInput(document, shown, format, Instant.now(), CancellationToken.none());
    }

    public void showAbout(String version) {
        dialogs.showAbout("About Lector", "Lector " + version + "\n\nA reader for reading news closely: who is "
                + "named, who said what, and what is claimed.\n\nFree software under the GNU General Public "
                + "License, version 3 or later.");
    }

    private void display(LoadedArticle article) {
        reader.analysisProperty().set(null);
        reader.articleDateProperty().set(article.date());
        reader.documentProperty().set(article.document());
        LOG.info("text of {} shown {} ms after the open request", article.document().source(),
                (System.nanoTime() - openRequested) / 1_000_000);
        analyze(article.document(), article.lookup());
        stats.set(article.stats());
        currentPath.set(article.path());
        if (!article.remember()) {
            return;
        }
        Path absolute = article.path().toAbsolutePath().normalize();
        recentFiles.remove(absolute.toString());
        recentFiles.add(0, absolute.toString());
        while (recentFiles.size() > UiSettings.MAX_RECENT) {
            recentFiles.remove(recentFiles.size() - 1);
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            settings.lastDirectory = parent.toString();
        }
        saveSettings();
    }

    /**
     * Analyses the shown document in the background: first the library (an article read before shows its analysis
     * and the reader's edits at once, without the language models), else the engine, names first, then the rest.
     * A newer document cancels it.
     */
    private void analyze(Document document) {
        analyze(document, null);
    }

    /** As {@link #analyze(Document)}, with the library lookup already made, if it was made in the open library. */
    private void analyze(Document document, LibraryAnalysis.Lookup lookedUp) {
        if (analysisToken != null) {
            analysisToken.cancel();
        }
        corrections.clearTarget();
        orphans.clear();
        waitingForWarmUp = null;
        CancellationToken token = new CancellationToken();
        analysisToken = token;
        long revision = ++analysisRevision;
        long started = System.nanoTime();
        Consumer<LibraryAnalysis.Lookup> found = lookup -> {
            if (revision != analysisRevision) {
                return;
            }
            if (lookup.cached() != null) {
                showResult(document, lookup.cached(), started);
            } else if (!warmUpStarted) {
                waitingForWarmUp = new WaitingForModels(document, lookup, token, revision, started);
                analysisState.set("Loading the language models (the first time takes a few seconds)\u2026");
            } else {
                runEngine(new WaitingForModels(document, lookup, token, revision, started));
            }
        };
        if (lookedUp != null && lookedUp.library() != null && lookedUp.library() == library) {
            found.accept(lookedUp);
            return;
        }
        analysisState.set("Looking the article up in your library\u2026");
        tasks.submit(task -> libraryAnalysis.lookUp(document), found::accept,
                error -> analysisFailed(document, revision, error));
    }

    /** An article looked up in the library that needs the engine, waiting for the window to ask for the models. */
    private record WaitingForModels(Document document, LibraryAnalysis.Lookup lookup, CancellationToken token,
            long revision, long started) {
    }

    private void runEngine(WaitingForModels job) {
        Document document = job.document();
        long revision = job.revision();
        analysisState.set(modelsReady.get() ? "Finding names\u2026"
                : "Loading the language models (the first time takes a few seconds)\u2026");
        Consumer<Analysis> onNames = names -> tasks.onUiThread(() -> {
            if (revision == analysisRevision) {
                reader.analysisProperty().set(names);
                analysisState.set("Reading quotes and claims\u2026");
            }
        });
        tasks.submit(task -> libraryAnalysis.analyze(document, job.lookup(), job.token(), onNames,
                reader::visibleOffset, (merge, done, total) ->
                        partDone(new PartialUpdate(revision, merge, done, total))), result -> {
            if (revision == analysisRevision) {
                wholeAnalysisShown = revision;
                showResult(document, result, job.started());
            }
        }, error -> analysisFailed(document, revision, error));
    }

    private void showResult(Document document, Article result, long started) {
        corrections.setTarget(result.place() == null ? null
                : new Corrections.Target(document, result.place(), result.auto()));
        orphans.setAll(result.orphans());
        reader.analysisProperty().set(result.analysis());
        analysisState.set("");
        long ms = (System.nanoTime() - started) / 1_000_000;
        LOG.info("analysis of {} shown {} ms after the analysis started, {} ms after the open request ({})",
                document.source(), ms, (System.nanoTime() - openRequested) / 1_000_000,
                result.fromLibrary() ? "from the library" : "engine");
        taskMessage.set(!result.orphans().isEmpty()
                ? result.orphans().size() + " of your annotations lost their place in the changed text; "
                        + "they are kept under Notes."
                : result.fromLibrary() ? "Analysis from your library"
                : String.format(Locale.ROOT, "Analysed in %.1f s", ms / 1000.0));
    }

    private void analysisFailed(Document document, long revision, Throwable error) {
        if (revision != analysisRevision || error instanceof CancellationException) {
            return;
        }
        LOG.error("analysis of {} failed", document.source(), error);
        analysisState.set("Lector could not analyse this article; the text is shown as it is. The details "
                + "are in the log.");
    }

    /** Parts of a long text analysed but not shown yet, and what merges them with the rest. */
    private record PartialUpdate(long revision, Supplier<ProgressiveAnalysis.Partial> merge, int done, int total) {
    }

    private final Object partialLock = new Object();
    /** The latest part done since the update being made; null when there is none. */
    private PartialUpdate pendingPartial;
    /** Whether an update is being merged or shown; one at a time, so a busy window gets fewer, bigger ones. */
    private boolean partialInFlight;
    /** The analysis whose whole result is shown: a partial update of it that comes later is stale. FX thread. */
    private long wholeAnalysisShown = -1;

    /**
     * A part of a long text is done (called on its worker). Parts can come faster than the window shows them:
     * the parts done while an update is merged and shown join the next one.
     */
    private void partDone(PartialUpdate part) {
        synchronized (partialLock) {
            pendingPartial = part;
            if (partialInFlight) {
                return;
            }
            partialInFlight = true;
        }
        showNextPartial();
    }

    /** Merges the parts done so far in the background, shows them, then goes on with the parts done meanwhile. */
    private void showNextPartial() {
        PartialUpdate update;
        synchronized (partialLock) {
            update = pendingPartial;
            pendingPartial = null;
            if (update == null) {
                partialInFlight = false;
                return;
            }
        }
        tasks.submit(task -> {
            long started = System.nanoTime();
            ProgressiveAnalysis.Partial partial = update.merge().get();
            if (partial.merged() != null) {
                LOG.debug("parts merged: {} mentions in {} ms", partial.merged().entities().size(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            return partial;
        }, partial -> {
            long revision = update.revision();
            if (partial.merged() != null && revision == analysisRevision && revision != wholeAnalysisShown) {
                long shown = System.nanoTime();
                reader.showPartialAnalysis(partial.merged(), partial.added());
                LOG.debug("{} parts shown on the FX thread in {} ms", partial.added().size(),
                        (System.nanoTime() - shown) / 1_000_000);
                analysisState.set(String.format(Locale.ROOT,
                        "Analysed %d of %d parts; the part you are reading comes first\u2026", update.done(),
                        update.total()));
            }
            showNextPartial();
        }, error -> {
            LOG.warn("parts of the analysis could not be shown", error);
            showNextPartial();
        });
    }

    private void finishLoading(String message) {
        busy.set(false);
        progress.set(-1);
        taskMessage.set(message);
        loading = null;
    }

    private void loadFailed(Path path, Throwable error) {
        String name = fileName(path);
        if (error instanceof IngestException ingest) {
            LOG.info("could not open {}: {}", path, ingest.getMessage());
            if (ingest.reason() == IngestException.Reason.NOT_FOUND) {
                recentFiles.remove(path.toAbsolutePath().normalize().toString());
                saveSettings();
            }
            dialogs.showError("Cannot open \u201c" + name + "\u201d", ingest.getMessage());
        } else {
            LOG.error("unexpected failure opening {}", path, error);
            dialogs.showError("Cannot open \u201c" + name + "\u201d",
                    "Lector ran into an unexpected problem reading this file. Nothing you had open was lost; "
                            + "the details are in the log.");
        }
    }

    /** The file's name as the window shows it: escaped, since a name is data (see {@link DisplayNames}). */
    private static String fileName(Path path) {
        Path name = path.getFileName();
        return DisplayNames.escape(name == null ? path.toString() : name.toString());
    }
}

package org.lector.ui.analysis;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.OrphanAnnotation;
import org.lector.nlp.CancellationToken;
import org.lector.reading.Article;
import org.lector.reading.LibraryPlace;
import org.lector.reading.Reading;
import org.lector.reading.ReaderRecords;
import org.lector.reading.ReadingSession;
import org.lector.ui.common.AnalysisService;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.edits.Corrections;
import org.lector.ui.reader.ReaderViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysis of the shown article, as the window runs it: first the library (an article read before shows its
 * analysis and the reader's edits at once, without the language models), else the engine, names first, then the
 * rest, a long text part by part. A newer article cancels it; only the newest analysis reaches the view. The
 * language models load once the window asks ({@link #startWarmUp}), and an article opened before waits for them.
 * State is on the FX thread; the work runs on {@link BackgroundTasks}.
 */
public final class ArticleAnalysis {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleAnalysis.class);

    private final AnalysisService engine;
    private final ReadingSession session;
    private final BackgroundTasks tasks;
    private final ReaderViewModel reader;
    private final Corrections corrections;
    private final Consumer<String> status;
    private final LongSupplier openRequested;
    private final PartialUpdates partials;

    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "analysisState", "");
    private final ReadOnlyBooleanWrapper modelsReady = new ReadOnlyBooleanWrapper(this, "modelsReady");
    private final ObservableList<OrphanAnnotation> orphans = FXCollections.observableArrayList();
    /**
     * Whether the window asked for the models yet. Until it does, the analysis of the first article waits: loading
     * the models races the window's first frames for both cores.
     */
    private boolean warmUpStarted;
    /** Whether the window asked for the models; they start loading once no library lookup is on its way. */
    private boolean warmUpAsked;
    /**
     * Whether the shown article's library lookup is on its way. The models wait for it: on two cores their loading
     * threads would slow the lookup, and an article read before needs no models to show its highlights.
     */
    private boolean lookingUp;
    /**
     * The article whose highlights came from the library, while its text is still being laid out: the models wait for
     * that too. At launch the layout runs on the same two cores, and until it is done the highlights are not on screen.
     */
    private Document shownFromLibrary;
    private Job waitingForWarmUp;
    /** The article last looked up, and the lookup: what {@link #lookedUpIn} asks. */
    /** Where the analysis shown now is kept in the library, or null (none shown yet, or no library). */
    private LibraryPlace shownPlace;
    private Document lookedUpDocument;
    private ReadingSession.Lookup lookedUpHere;
    private CancellationToken token;
    /** Bumped by every analysis started; only the newest one's results reach the view. */
    private long revision;

    /**
     * @param status        tells the reader something in the status bar
     * @param openRequested when the newest open request came ({@link System#nanoTime}), for the log's timings
     */
    public ArticleAnalysis(AnalysisService engine, ReadingSession session, BackgroundTasks tasks,
            ReaderViewModel reader, Corrections corrections, Consumer<String> status, LongSupplier openRequested) {
        this.engine = Objects.requireNonNull(engine);
        this.session = Objects.requireNonNull(session);
        this.tasks = Objects.requireNonNull(tasks);
        this.reader = Objects.requireNonNull(reader);
        this.corrections = Objects.requireNonNull(corrections);
        this.status = Objects.requireNonNull(status);
        this.openRequested = Objects.requireNonNull(openRequested);
        this.partials = new PartialUpdates(tasks, reader, state::set);
        reader.layingOutProperty().addListener((obs, old, now) -> {
            if (now == null && warmUpAsked) {
                warmUpIfIdle();
            }
        });
    }

    /**
     * What the analysis of the shown article is doing, in words for the panels and the status bar ("Finding
     * names…"), or empty when it is done.
     */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty modelsReadyProperty() {
        return modelsReady.getReadOnlyProperty();
    }

    /**
     * The reader's annotations on the shown article that could not be placed in its changed text: kept, never
     * moved onto a lookalike passage.
     */
    public ObservableList<OrphanAnnotation> orphans() {
        return orphans;
    }

    /**
     * Starts loading the language models in the background, and the analysis of an article opened before. Called
     * by the window once it is on screen: loading them while the window is still being built would compete with it
     * for both cores and delay its first frame. While the shown article is being looked up in the library, they
     * start once it has been found (and its highlights shown, when the library has them).
     */
    public void startWarmUp() {
        warmUpAsked = true;
        warmUpIfIdle();
    }

    /**
     * Starts the models unless the shown article is being looked up, or its highlights from the library wait for its
     * text to be laid out.
     */
    private void warmUpIfIdle() {
        if (!lookingUp && (shownFromLibrary == null || reader.layingOutProperty().get() != shownFromLibrary)) {
            beginWarmUp();
        }
    }

    private void beginWarmUp() {
        if (warmUpStarted) {
            return;
        }
        warmUpStarted = true;
        engine.warmUp().whenComplete((ok, error) -> tasks.onUiThread(() -> {
            if (error == null) {
                modelsReady.set(true);
            } else {
                LOG.error("the language models did not load", error);
                state.set("The language models could not be loaded, so articles are shown without "
                        + "analysis. The details are in the log.");
            }
        }));
        Job waiting = waitingForWarmUp;
        waitingForWarmUp = null;
        if (waiting != null && waiting.revision() == revision) {
            runEngine(waiting);
        }
    }

    /**
     * Where {@code document} stands in the library, looked up on the calling (background) thread while it is read,
     * so its text and highlights show together; null for a long text, whose text is shown first (its analysis takes
     * seconds to read back from the library).
     */
    public ReadingSession.Lookup lookUpWhileReading(Document document) {
        if (document.length() > org.lector.reading.ProgressiveAnalysis.LONG_TEXT) {
            return null;
        }
        try {
            return session.lookUp(document);
        } catch (RuntimeException e) {
            // The file was read; a library that fails here must not keep it from being shown. The analysis that
            // follows looks it up again and says what went wrong.
            LOG.warn("library lookup of {} while reading failed", document.source(), e);
            return null;
        }
    }

    /**
     * Analyses {@code shown}, just shown, in the background, with the library lookup already made when
     * {@code lookedUp} was made in the library open now. A newer document cancels it.
     */
    public void analyze(Document shown, ReadingSession.Lookup lookedUp) {
        if (token != null) {
            token.cancel();
        }
        shownPlace = null;
        corrections.clearTarget();
        orphans.clear();
        waitingForWarmUp = null;
        shownFromLibrary = null;
        CancellationToken mine = new CancellationToken();
        token = mine;
        long rev = ++revision;
        long started = System.nanoTime();
        Consumer<ReadingSession.Lookup> found = looked -> {
            if (rev != revision) {
                return;
            }
            settle(shown, looked, mine, rev, started);
            lookupSettled();
        };
        if (session.isCurrent(lookedUp)) {
            found.accept(lookedUp);
            return;
        }
        lookingUp = true;
        state.set("Looking the article up in your library\u2026");
        tasks.submit(task -> session.lookUp(shown), found::accept, error -> {
            if (rev == revision) {
                lookupSettled();
            }
            failed(shown, rev, error);
        });
    }

    /** The shown article's lookup is over: the models may load now if the window asked for them. */
    private void lookupSettled() {
        lookingUp = false;
        if (warmUpAsked) {
            warmUpIfIdle();
        }
    }

    /** Where the article whose analysis is shown is kept in the library; null before it is shown, or without one. */
    public LibraryPlace shownPlace() {
        return shownPlace;
    }

    /**
     * Whether the shown article was looked up in the library open now, so a library that has just finished opening
     * (the one it was looked up in while it was read) need not look it up again.
     */
    public boolean lookedUpIn(Document shown) {
        return shown == lookedUpDocument && session.isCurrent(lookedUpHere);
    }

    /** Shows what the library has of the article {@code looked} up, and runs the engine when it must. */
    private void settle(Document shown, ReadingSession.Lookup lookup, CancellationToken mine, long rev,
            long started) {
        Document kept = lookup.found() == null ? shown : lookup.found().document();
        // The library's copy is shown when its text (a repair) or its date (one the reader gave) differ.
        Document document = kept.text().equals(shown.text()) && Objects.equals(kept.date(), shown.date()) ? shown : kept;
        lookedUpDocument = document;
        lookedUpHere = lookup;
        if (document != shown) {
            // The library keeps the article as the reader repaired or dated it: that is shown, and analysed.
            reader.articleDateProperty().set(Reading.articleDate(document));
            reader.documentProperty().set(document);
        }
        if (lookup.cached() != null) {
            shownFromLibrary = document;
            show(document, lookup.cached(), started);
            return;
        }
        showKnownNames(document, lookup);
        if (!warmUpStarted) {
            waitingForWarmUp = new Job(document, lookup, mine, rev, started);
            state.set("Loading the language models (the first time takes a few seconds)\u2026");
        } else {
            runEngine(new Job(document, lookup, mine, rev, started));
        }
    }

    /** An article looked up in the library that needs the engine (perhaps waiting for the window's models). */
    private record Job(Document document, ReadingSession.Lookup lookup, CancellationToken token, long revision,
            long started) {
    }

    private void runEngine(Job job) {
        Document document = job.document();
        long rev = job.revision();
        state.set(modelsReady.get() ? "Finding names\u2026"
                : "Loading the language models (the first time takes a few seconds)\u2026");
        Consumer<Analysis> onNames = names -> tasks.onUiThread(() -> {
            if (rev == revision) {
                reader.analysisProperty().set(names);
                LOG.info("names of {} shown (tier 1) {} ms after the open request", document.source(),
                        (System.nanoTime() - openRequested.getAsLong()) / 1_000_000);
                state.set("Reading quotes and claims\u2026");
            }
        });
        tasks.submit(task -> session.analyze(document, job.lookup(), job.token(), onNames, reader::visibleOffset,
                (merge, done, total) -> partials.partDone(rev, merge, done, total, () -> revision)), article -> {
                    if (rev == revision) {
                        partials.wholeShown(rev);
                        show(document, article, job.started());
                    }
                }, error -> failed(document, rev, error));
    }

    /**
     * Tier 0: the names the library already knows (the reader's dictionary, the reader's own records of this
     * article), shown with the text, before the language models are loaded. The engine's tiers that follow carry the
     * same names, so they stay put while the engine's are added around them.
     */
    private void showKnownNames(Document document, ReadingSession.Lookup lookup) {
        Article known = lookup.known();
        if (known == null || known.analysis().entities().isEmpty() && known.analysis().quotes().isEmpty()) {
            return;
        }
        reader.analysisProperty().set(known.analysis());
        LOG.info("known names of {} shown (tier 0) {} ms after the open request", document.source(),
                (System.nanoTime() - openRequested.getAsLong()) / 1_000_000);
    }

    private void show(Document document, Article article, long started) {
        shownPlace = article.place();
        corrections.setTarget(article.place() == null ? null
                : new Corrections.Target(document, new ReaderRecords(article.place()), article.auto()));
        orphans.setAll(article.orphans());
        reader.analysisProperty().set(article.analysis());
        state.set("");
        long ms = (System.nanoTime() - started) / 1_000_000;
        LOG.info("analysis of {} shown {} ms after the analysis started, {} ms after the open request ({})",
                document.source(), ms, (System.nanoTime() - openRequested.getAsLong()) / 1_000_000,
                article.fromLibrary() ? "from the library" : "engine");
        status.accept(!article.orphans().isEmpty()
                ? article.orphans().size() + " of your annotations lost their place in the changed text; "
                        + "they are kept under Notes."
                : article.fromLibrary() ? "Analysis from your library"
                : String.format(Locale.ROOT, "Analysed in %.1f s", ms / 1000.0));
    }

    private void failed(Document document, long rev, Throwable error) {
        if (rev != revision || error instanceof CancellationException) {
            return;
        }
        LOG.error("analysis of {} failed", document.source(), error);
        state.set("Lector could not analyse this article; the text is shown as it is. The details are in the log.");
    }
}

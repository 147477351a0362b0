package org.lector.ui.reader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.util.Duration;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.EntityType;
import org.lector.model.Span;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.Throttle;

/**
 * The state of the article view: the document shown, zoom, and find (query, matches, the current match).
 * Searches run in the background; a newer query or document drops the results of an older one.
 */
public final class ReaderViewModel {

    public static final double MIN_ZOOM = 0.5;
    public static final double MAX_ZOOM = 3.0;
    public static final double ZOOM_STEP = 0.1;

    private final BackgroundTasks tasks;
    private final ObjectProperty<Document> document = new SimpleObjectProperty<>(this, "document");
    private final ObjectProperty<LocalDate> articleDate = new SimpleObjectProperty<>(this, "articleDate");
    private final ShownNames names = new ShownNames(this);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final StringProperty findQuery = new SimpleStringProperty(this, "findQuery", "");
    private final ReadOnlyObjectWrapper<List<Span>> matches = new ReadOnlyObjectWrapper<>(this, "matches", List.of());
    private final ReadOnlyIntegerWrapper currentMatch = new ReadOnlyIntegerWrapper(this, "currentMatch", -1);
    private final StringBinding findStatus;
    private final ObjectProperty<Analysis> analysis = new SimpleObjectProperty<>(this, "analysis");
    private final ObservableSet<EntityType> hiddenTypes = FXCollections.observableSet(EnumSet.noneOf(EntityType.class));
    private final BooleanProperty quotesHidden = new SimpleBooleanProperty(this, "quotesHidden");
    private final ObjectProperty<Span> marked = new SimpleObjectProperty<>(this, "marked");
    private final ReadOnlyObjectWrapper<Document> laidOut = new ReadOnlyObjectWrapper<>(this, "laidOut");
    private final ReadOnlyObjectWrapper<Document> layingOut = new ReadOnlyObjectWrapper<>(this, "layingOut");
    private final ObjectProperty<List<StyledRange>> suggestions =
            new SimpleObjectProperty<>(this, "suggestions", List.of());
    private final List<Consumer<Span>> revealListeners = new ArrayList<>();
    private Map.Entry<Document, Span> pendingReveal;
    private final List<BiConsumer<Span, EntityType>> previewListeners = new ArrayList<>();
    private final List<Runnable> discardListeners = new ArrayList<>();
    /** Where the reader is in the text: the offset at the top of the view. Read by background work. */
    private volatile int visibleOffset;
    /** The parts of the text a partial analysis just added, or null when the whole analysis changed. */
    private List<Span> changedRanges;
    /** The highlights in {@link #changedRanges}, nothing hidden, when the change came with them; null otherwise. */
    private List<StyledRange> changedHighlights;
    /**
     * The parts of the text the shown analysis covers, start to end, merged where they touch; null when it covers
     * the whole text.
     */
    private TreeMap<Integer, Integer> analysed = new TreeMap<>();

    /**
     * Puts the analysis's highlights in the text (the article's view); run first when the analysis changes, before
     * the legend, the panels and the repair suggestions: behind them, at launch, a reopened article's highlights
     * waited 8 to 70 ms of the FX thread after its analysis came from the library.
     */
    private Runnable highlighter = () -> { };

    /** The shown text folded for find; built once per document, in the background, on the first search. */
    private final AtomicReference<FoldedDocument> folded = new AtomicReference<>();
    private BackgroundTasks.Handle search;
    /** Bumped by every new search, so a late result of an older one is recognised and dropped. */
    private long searchRevision;

    public ReaderViewModel(BackgroundTasks tasks) {
        this.tasks = tasks;
        findQuery.addListener((obs, old, query) -> runSearch());
        document.addListener((obs, old, doc) -> runSearch());
        document.addListener((obs, old, doc) -> analysed = new TreeMap<>());
        // Registered before any view's listener, so views asking isAnalysed see the new analysis.
        analysis.addListener((obs, old, a) -> {
            if (a == null) {
                analysed = new TreeMap<>();
            } else if (changedRanges == null) {
                analysed = null;
            } else if (analysed != null) {
                changedRanges.forEach(this::markAnalysed);
            }
            highlighter.run();
        });
        findStatus = Bindings.createStringBinding(this::describeFind, matches, currentMatch, findQuery);
    }

    public ObjectProperty<Document> documentProperty() {
        return document;
    }

    public Document getDocument() {
        return document.get();
    }

    /**
     * The shown article's own date as the reading of it found it (its metadata, else its dateline), or null; set
     * before the document it belongs to.
     */
    public ObjectProperty<LocalDate> articleDateProperty() {
        return articleDate;
    }

    /** What is known about the shown document: names first, then clusters, quotes and facts; null until then. */
    public ObjectProperty<Analysis> analysisProperty() {
        return analysis;
    }

    /** The shown analysis's names by span, for what a key press or a click looks up. */
    public ShownNames names() {
        return names;
    }

    /** Entity types whose highlights the reader has switched off in the legend. */
    public ObservableSet<EntityType> hiddenTypes() {
        return hiddenTypes;
    }

    /** The offset at the top of the view; safe to read from any thread. */
    public int visibleOffset() {
        return visibleOffset;
    }

    /** Called by the view as the reader scrolls. */
    public void setVisibleOffset(int offset) {
        visibleOffset = offset;
    }

    /**
     * Shows an analysis that grew by the parts {@code changed} of the text, so the view restyles only those parts.
     */
    public void showPartialAnalysis(Analysis merged, List<Span> changed) {
        showPartialAnalysis(merged, changed, null);
    }

    /**
     * As {@link #showPartialAnalysis(Analysis, List)}, with the highlights of {@code merged} in the parts
     * {@code changed} already found ({@link Highlights#within}, nothing hidden), as an edit's background work finds
     * them.
     */
    public void showPartialAnalysis(Analysis merged, List<Span> changed, List<StyledRange> highlights) {
        changedRanges = List.copyOf(changed);
        changedHighlights = highlights;
        try {
            analysis.set(merged);
        } finally {
            changedRanges = null;
            changedHighlights = null;
        }
    }

    /**
     * Calls {@code refresh} (a panel listing the analysis) when the analysis changes: at once for a whole analysis,
     * at most once a second while a novel's analysis grows part by part, so a list of thousands of rows is not
     * rebuilt several times a second while the reader scrolls (the text shows each part at once). Also when
     * {@code state} changes while {@code showsState} holds for the analysis: the panel shows the state instead of
     * rows. Only while {@code onScreen} holds: a panel out of view (another tab, a closed side panel) is refreshed
     * when it comes back, so an edit on a novel does not rebuild the rows of panels nobody sees.
     */
    public void followAnalysis(ObservableValue<Boolean> onScreen, ObservableValue<String> state,
            Predicate<Analysis> showsState, Runnable refresh) {
        boolean[] stale = {false};
        Throttle refreshes = new Throttle(Duration.seconds(1), () -> {
            stale[0] = !Boolean.TRUE.equals(onScreen.getValue());
            if (!stale[0]) {
                refresh.run();
            }
        });
        analysis.addListener((obs, old, a) -> {
            if (a == null || isComplete()) {
                // Another text, or a whole analysis: the panel shows it at once.
                refreshes.now();
            } else {
                refreshes.request();
            }
        });
        state.addListener((obs, old, now) -> {
            if (showsState.test(analysis.get())) {
                refreshes.now();
            }
        });
        onScreen.addListener((obs, was, now) -> {
            if (Boolean.TRUE.equals(now) && stale[0]) {
                refreshes.now();
            }
        });
    }

    /** Whether the shown analysis covers the whole text; false while a long text is analysed part by part. */
    public boolean isComplete() {
        return analysed == null;
    }

    /** Whether the shown analysis covers all of {@code span}: false while a long text's part there is to come. */
    public boolean isAnalysed(Span span) {
        if (analysed == null) {
            return true;
        }
        Map.Entry<Integer, Integer> e = analysed.floorEntry(span.start());
        return e != null && e.getValue() >= span.end();
    }

    private void markAnalysed(Span part) {
        int start = part.start();
        int end = part.end();
        Map.Entry<Integer, Integer> before = analysed.floorEntry(start);
        if (before != null && before.getValue() >= start) {
            start = before.getKey();
            end = Math.max(end, before.getValue());
        }
        Map.Entry<Integer, Integer> after;
        while ((after = analysed.ceilingEntry(start)) != null && after.getKey() <= end) {
            end = Math.max(end, after.getValue());
            analysed.remove(after.getKey());
        }
        analysed.put(start, end);
    }

    /**
     * The highlights in {@link #changedRanges()}, nothing hidden, while a change that came with them is being shown;
     * null otherwise.
     */
    public List<StyledRange> changedHighlights() {
        return changedHighlights;
    }

    /** The parts a partial analysis just added, while its change is being shown; null otherwise. */
    public List<Span> changedRanges() {
        return changedRanges;
    }

    /** A passage the article keeps outlined while the reader works on it (the item under review), or null. */
    public ObjectProperty<Span> markedProperty() {
        return marked;
    }

    /**
     * The document whose text the article view holds now, laid out (a long text is laid out in the background, so it
     * may trail {@link #documentProperty()}); null while none is. A passage can be revealed once this is the shown
     * document.
     */
    public ReadOnlyObjectProperty<Document> laidOutProperty() {
        return laidOut.getReadOnlyProperty();
    }

    /** The article view says which document's text it holds now. */
    void setLaidOut(Document document) {
        laidOut.set(document);
    }

    /**
     * The document whose text the article view is laying out now, in the background, or null once it is in the view
     * with its highlights (or the layout failed, or there is no view). Work that can wait, such as loading the
     * language models for an article the library had analysed, waits for it on two cores.
     */
    public ReadOnlyObjectProperty<Document> layingOutProperty() {
        return layingOut.getReadOnlyProperty();
    }

    /** The article view says which document's text it is laying out, or null when it is done. */
    void setLayingOut(Document document) {
        layingOut.set(document);
    }

    /**
     * Marks laid over the text of the shown document that are not the analysis's (repair suggestions): each a
     * style class over a span; never null.
     */
    public ObjectProperty<List<StyledRange>> suggestionsProperty() {
        return suggestions;
    }

    public BooleanProperty quotesHiddenProperty() {
        return quotesHidden;
    }

    /**
     * Asks the article view to reveal {@code span} as soon as {@code document}'s text is shown (it is laid out in the
     * background once the document is set): an article opened from another window at a quote or a fact.
     */
    public void revealOnceShown(Document document, Span span) {
        pendingReveal = Map.entry(document, span);
    }

    /** The passage to reveal now that {@code document}'s text is shown, asked for with it; taken once. */
    public Optional<Span> revealAskedFor(Document document) {
        Map.Entry<Document, Span> asked = pendingReveal;
        if (asked == null || asked.getKey() != document) {
            return Optional.empty();
        }
        pendingReveal = null;
        return Optional.of(asked.getValue());
    }

    /** Asks the article view to scroll to {@code span} and select it, as when an item in a panel is chosen. */
    public void reveal(Span span) {
        for (Consumer<Span> listener : List.copyOf(revealListeners)) {
            listener.accept(span);
        }
    }

    /**
     * Shows at once, before the library has kept it, what an edit does to the name highlighted at {@code span}:
     * tagged as {@code type}, or untagged when {@code type} is null. The analysis that follows the edit replaces
     * it; until then the reader sees the change in the next frame.
     */
    public void preview(Span span, EntityType type) {
        for (BiConsumer<Span, EntityType> listener : List.copyOf(previewListeners)) {
            listener.accept(span, type);
        }
    }

    /** Takes back every preview not yet followed by its analysis (its edit failed): the text shows the analysis. */
    public void discardPreviews() {
        List.copyOf(discardListeners).forEach(Runnable::run);
    }

    /** Registers the view that repaints when {@link #discardPreviews} is asked for. */
    public void onDiscardPreviews(Runnable listener) {
        discardListeners.add(listener);
    }

    /**
     * Registers the view that puts the analysis's highlights in the text: it runs before every listener of
     * {@link #analysisProperty()}, just after this view model has noted what the analysis covers.
     */
    public void onAnalysisHighlights(Runnable highlights) {
        highlighter = Objects.requireNonNull(highlights);
    }

    /** Registers the view that paints {@link #preview previews}. */
    public void onPreview(BiConsumer<Span, EntityType> listener) {
        previewListeners.add(listener);
    }

    /** Registers the view that scrolls when {@link #reveal(Span)} is asked for. */
    public void onReveal(Consumer<Span> listener) {
        revealListeners.add(listener);
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public StringProperty findQueryProperty() {
        return findQuery;
    }

    public ReadOnlyObjectProperty<List<Span>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty currentMatchProperty() {
        return currentMatch.getReadOnlyProperty();
    }

    /** "3 of 17", "No matches", or empty when there is no query. */
    public StringBinding findStatusProperty() {
        return findStatus;
    }

    public void zoomIn() {
        setZoom(zoom.get() + ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(zoom.get() - ZOOM_STEP);
    }

    public void resetZoom() {
        setZoom(1.0);
    }

    public void setZoom(double value) {
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
        zoom.set(Math.round(clamped * 10) / 10.0);
    }

    public void findNext() {
        step(1);
    }

    public void findPrevious() {
        step(-1);
    }

    /** Clears the query and its highlights. */
    public void clearFind() {
        findQuery.set("");
    }

    private void step(int direction) {
        int n = matches.get().size();
        if (n == 0) {
            return;
        }
        int next = currentMatch.get() < 0 ? 0 : Math.floorMod(currentMatch.get() + direction, n);
        currentMatch.set(next);
    }

    private void runSearch() {
        if (search != null) {
            search.cancel();
        }
        long revision = ++searchRevision;
        Document doc = document.get();
        String query = findQuery.get();
        if (doc == null || query == null || query.isEmpty()) {
            currentMatch.set(-1);
            matches.set(List.of());
            return;
        }
        search = tasks.submit(progress -> TextSearch.findAll(foldedText(doc), query), found -> {
            if (revision != searchRevision) {
                return;
            }
            currentMatch.set(-1);
            matches.set(List.copyOf(found));
            currentMatch.set(found.isEmpty() ? -1 : 0);
        }, error -> {
            // A search of an in-memory string has no expected failure; show none rather than a wrong count.
            currentMatch.set(-1);
            matches.set(List.of());
        });
    }

    private TextSearch.Folded foldedText(Document doc) {
        FoldedDocument cached = folded.get();
        if (cached != null && cached.document() == doc) {
            return cached.text();
        }
        TextSearch.Folded text = TextSearch.fold(doc.text());
        folded.set(new FoldedDocument(doc, text));
        return text;
    }

    private record FoldedDocument(Document document, TextSearch.Folded text) {
    }

    private String describeFind() {
        if (findQuery.get() == null || findQuery.get().isEmpty()) {
            return "";
        }
        int n = matches.get().size();
        if (n == 0) {
            return "No matches";
        }
        String total = n >= TextSearch.MAX_MATCHES ? n + "+" : String.valueOf(n);
        return (currentMatch.get() + 1) + " of " + total;
    }
}

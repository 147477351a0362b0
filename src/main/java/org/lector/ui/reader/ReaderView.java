package org.lector.ui.reader;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.util.UndoUtils;
import org.lector.export.MarkdownExporter;
import org.lector.model.DisplayNames;
import org.lector.model.Document;
import org.lector.model.EntityType;
import org.lector.model.Span;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.SpanIndex;
import org.reactfx.EventStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article: a read-only rich text area with a serif face, generous leading and a comfortable measure, the
 * title as a heading, a find bar, and zoom. It renders {@link ReaderViewModel}; it holds no state of its own
 * beyond what is on screen.
 */
public final class ReaderView extends BorderPane {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderView.class);
    /** Texts up to this many characters are styled on the FX thread at once; longer ones in the background. */
    private static final int STYLE_ON_UI_THREAD = 200_000;

    /** Font size at 100 % zoom, in pixels. */
    static final double BASE_FONT_PX = 18;
    /** The widest line, in ems: about 70 characters of a serif face, the classic comfortable measure. */
    public static final double MEASURE_EM = 36;
    static final double MIN_SIDE_PADDING = 24;

    static final String TITLE_CLASS = "article-title";
    static final String HIT_CLASS = "search-hit";
    static final String CURRENT_HIT_CLASS = "search-current";
    /** A short pulse on a passage just revealed, so the eye finds it on the page. */
    public static final String FLASH_CLASS = "flash";
    static final javafx.util.Duration FLASH_TIME = javafx.util.Duration.millis(600);
    /** The outline of the passage the reader is working on (see {@link ReaderViewModel#markedProperty()}). */
    public static final String MARK_CLASS = "marked";
    /** Typing pauses this long before the search runs, so a long text is not searched once per keystroke. */
    static final Duration FIND_DEBOUNCE = Duration.ofMillis(150);
    /** Up to this many find hits (before and after a search, together) are restyled in place. */
    static final int MATCHES_RESTYLED_IN_PLACE = 400;
    /** The text has been still this long: the reader has arrived, and a long text's analysis goes on from here. */
    static final Duration SCROLL_SETTLES = Duration.ofMillis(100);
    private static final Collection<String> NO_STYLE = List.of();

    private final ReaderViewModel viewModel;
    private final BackgroundTasks tasks;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    /** Tags just made, drawn over the text until the library has kept them (see {@link #preview}). */
    private final PendingTags pendingTags = new PendingTags(area);
    private final Label heading = new Label();
    private final Label meta = new Label();
    private final VBox header = new VBox(heading, meta);
    private final LegendBar legend;
    private final HBox findBar;
    private final TextField findField = new TextField();
    private final Label findStatus = new Label();
    private final VBox layoutOverlay = new VBox(10);
    private final Label layoutMessage = new Label();
    /** The overlay shows only when laying out takes long enough to notice, so short articles never flicker. */
    private final PauseTransition overlayDelay = new PauseTransition(javafx.util.Duration.millis(150));
    private final PauseTransition flashEnd = new PauseTransition(FLASH_TIME);
    /** The passage flashing now, or null. */
    private Span flashing;

    /** Ranges that stay while the document is shown (the title); find hits are layered over them. */
    private List<StyledRange> baseRanges = List.of();
    /** Highlights of the analysis: names by type and quotations. */
    private List<StyledRange> analysisRanges = List.of();
    /** {@link #analysisRanges} by span: restyling a word of a novel looks up its few ranges, not all of them. */
    private SpanIndex<StyledRange> analysisIndex = SpanIndex.of(List.of(), r -> List.of());
    /** How many characters the last page the reader stopped at held, to guess where a jump's page begins. */
    private int pageLength = 1_500;
    /** When the text last moved on screen (scrolled, jumped), and when the latest run of movements began. */
    private long scrolledAt;
    private long movedAt;
    /** With timings on: the page the reader went to while it was not yet analysed, and when. */
    private Span waitingPage;
    private long waitingSince;
    /** The document whose text the area holds now; the view model's may be newer while it is laid out. */
    private Document shown;
    private BackgroundTasks.Handle styling;
    /** Whether a restyle of the whole text is being computed; partial restyles wait for it. */
    private boolean fullRestylePending;
    /** Bumped by every restyle of the whole text; a late result of an older one is dropped. */
    private long styleRevision;

    public ReaderView(ReaderViewModel viewModel, BackgroundTasks tasks) {
        this.viewModel = viewModel;
        this.tasks = tasks;
        getStyleClass().add("reader");
        setId("reader");

        area.setId("article");
        area.getStyleClass().add("article");
        area.setEditable(false);
        area.setWrapText(true);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setContextMenu(contextMenu());
        String serif = ReaderFonts.serifFamily(Font.getFamilies());
        area.setStyle(fontStyle(viewModel.zoomProperty().get(), serif));

        heading.setId("article-heading");
        heading.getStyleClass().add("article-heading");
        heading.setWrapText(true);
        meta.getStyleClass().add("article-meta");
        header.getStyleClass().add("article-header");
        legend = new LegendBar(viewModel);
        header.getChildren().add(legend);
        header.setStyle("-fx-font-family: \"" + serif + "\";");

        findBar = buildFindBar();
        findBar.setVisible(false);
        findBar.setManaged(false);

        layoutOverlay.setId("layout-overlay");
        layoutOverlay.getStyleClass().add("layout-overlay");
        layoutOverlay.setVisible(false);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        layoutOverlay.getChildren().addAll(spinner, layoutMessage);
        layoutOverlay.setAlignment(Pos.CENTER);
        layoutMessage.getStyleClass().add("layout-message");
        overlayDelay.setOnFinished(e -> layoutOverlay.setVisible(true));
        flashEnd.setOnFinished(e -> endFlash());
        viewModel.markedProperty().addListener((obs, old, now) -> {
            for (Span s : new Span[] {old, now}) {
                restyleIfShown(s);
            }
        });

        setTop(header);
        setCenter(new StackPane(scroll, pendingTags, layoutOverlay));
        setBottom(findBar);

        ChangeListener<Number> measure = (obs, o, n) -> updateMeasure();
        area.widthProperty().addListener(measure);
        viewModel.zoomProperty().addListener((obs, o, zoom) -> {
            flushPendingTags();
            area.setStyle(fontStyle(zoom.doubleValue(), serif));
            updateMeasure();
        });

        viewModel.documentProperty().addListener((obs, old, doc) -> show(doc));
        viewModel.matchesProperty().addListener((obs, old, m) -> restyleMatches(old, m));
        viewModel.analysisProperty().addListener((obs, old, a) -> updateHighlights());
        viewModel.hiddenTypes().addListener((javafx.collections.SetChangeListener<Object>) c -> updateHighlights());
        viewModel.quotesHiddenProperty().addListener((obs, old, hidden) -> updateHighlights());
        viewModel.onReveal(this::reveal);
        viewModel.onPreview(this::preview);
        viewModel.onDiscardPreviews(() -> {
            pendingTags.clear();
            restyleAll();
        });
        // A mark does not move with the text: when the text scrolls or wraps again, the text shows the tag.
        area.estimatedScrollYProperty().addListener((obs, o, y) -> flushPendingTags());
        area.widthProperty().addListener((obs, o, w) -> flushPendingTags());
        if (LOG.isDebugEnabled()) {
            // Only the jump timing (timeHighlightedPage) needs when a run of movements began.
            area.estimatedScrollYProperty().addListener((obs, o, y) -> {
                long now = System.nanoTime();
                if (now - scrolledAt > SCROLL_SETTLES.toNanos()) {
                    movedAt = now;
                }
                scrolledAt = now;
            });
        }
        EventStreams.valuesOf(area.estimatedScrollYProperty())
                .successionEnds(SCROLL_SETTLES)
                .subscribe(y -> arrived());
        viewModel.currentMatchProperty().addListener((obs, old, now) -> moveCurrentMatch(old.intValue(),
                now.intValue()));
        findStatus.textProperty().bind(viewModel.findStatusProperty());
        show(viewModel.getDocument());
    }

    /**
     * The reader stopped scrolling: the analysis of a long text goes on from here, and, when timings are logged,
     * the time until this page is highlighted is measured (see {@link #timeHighlightedPage}).
     */
    private void arrived() {
        if (area.getLength() == 0) {
            viewModel.setVisibleOffset(0);
            return;
        }
        int first = area.firstVisibleParToAllParIndex();
        int last = Math.max(first, area.lastVisibleParToAllParIndex());
        Span page = new Span(area.getAbsolutePosition(first, 0),
                area.getAbsolutePosition(last, area.getParagraphLength(last)));
        viewModel.setVisibleOffset(page.start());
        pageLength = page.length();
        if (LOG.isDebugEnabled()) {
            Span waiting = waitingPage;
            LOG.debug("reader at {}: {} characters on screen, {}", page.start(), page.length(),
                    viewModel.isAnalysed(page) ? "analysed" : "not analysed yet");
            if (viewModel.isAnalysed(page)) {
                waitingPage = null;
            } else if (waiting == null || !waiting.overlaps(page)) {
                // Timed from the first movement that brought the reader here; a later nudge of the same page
                // (the find bar closing) does not restart the clock.
                waitingPage = page;
                waitingSince = movedAt;
            }
        }
    }

    /**
     * When timings are logged: once the page the reader went to is analysed and laid out, logs how long after the
     * text first moved to go there it was highlighted (for {@code bench/jump.sh}).
     */
    private void timeHighlightedPage() {
        Span page = waitingPage;
        if (page == null || fullRestylePending || !viewModel.isAnalysed(page) || getScene() == null) {
            return;
        }
        waitingPage = null;
        long since = waitingSince;
        long styled = System.nanoTime();
        long[] pulse = new long[1];
        Runnable[] listener = new Runnable[2];
        listener[0] = () -> {
            getScene().removePreLayoutPulseListener(listener[0]);
            pulse[0] = System.nanoTime();
        };
        listener[1] = () -> {
            getScene().removePostLayoutPulseListener(listener[1]);
            long now = System.nanoTime();
            LOG.debug("page highlighted: {} ms after the reader got to {} (styled {} ms before the pulse, which laid "
                    + "out in {} ms)", (now - since) / 1_000_000, page.start(), (pulse[0] - styled) / 1_000_000,
                    (now - pulse[0]) / 1_000_000);
        };
        getScene().addPreLayoutPulseListener(listener[0]);
        getScene().addPostLayoutPulseListener(listener[1]);
        javafx.application.Platform.requestNextPulse();
    }

    /** The text area, for the window's key handling and for tests. */
    public StyleClassedTextArea area() {
        return area;
    }

    /** Shows the find bar and puts the cursor in its field, with its text selected. */
    public void openFind() {
        findBar.setVisible(true);
        findBar.setManaged(true);
        String selected = area.getSelectedText();
        if (!selected.isBlank() && selected.length() < 200 && !selected.contains("\n")) {
            findField.setText(selected);
        }
        findField.requestFocus();
        findField.selectAll();
    }

    /** Hides the find bar and removes its highlights. */
    /**
     * Closes the find bar. The match it was on stays selected in the article, as in an editor, so the keyboard can
     * go on from it: a digit tags it, Ctrl+M writes a note on it.
     */
    public void closeFind() {
        List<Span> matches = viewModel.matchesProperty().get();
        int current = viewModel.currentMatchProperty().get();
        Span match = current >= 0 && current < matches.size() ? matches.get(current) : null;
        findBar.setVisible(false);
        findBar.setManaged(false);
        findField.clear();
        search("");
        if (match != null && match.end() <= area.getLength()) {
            area.selectRange(match.start(), match.end());
        }
        area.requestFocus();
    }

    public boolean isFindOpen() {
        return findBar.isVisible();
    }

    private HBox buildFindBar() {
        findField.setId("find-field");
        findField.setPromptText("Find in article");
        EventStreams.valuesOf(findField.textProperty())
                .successionEnds(FIND_DEBOUNCE)
                .subscribe(this::search);
        viewModel.findQueryProperty().addListener((obs, old, query) -> {
            if (!query.equals(findField.getText())) {
                findField.setText(query);
            }
        });
        HBox.setHgrow(findField, Priority.SOMETIMES);
        findField.setPrefColumnCount(24);
        findField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (!findField.getText().equals(viewModel.findQueryProperty().get())) {
                    // Enter before the typing pause ends: search now, and show the first match.
                    search(findField.getText());
                } else if (e.isShiftDown()) {
                    viewModel.findPrevious();
                } else {
                    viewModel.findNext();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                closeFind();
                e.consume();
            }
        });
        findStatus.setId("find-status");
        findStatus.getStyleClass().add("find-status");
        findStatus.setMinWidth(Region.USE_PREF_SIZE);
        Button previous = new Button("\u2191");
        previous.setId("find-previous");
        previous.setOnAction(e -> viewModel.findPrevious());
        previous.setFocusTraversable(false);
        previous.setAccessibleText("Previous match");
        Button next = new Button("\u2193");
        next.setId("find-next");
        next.setOnAction(e -> viewModel.findNext());
        next.setFocusTraversable(false);
        next.setAccessibleText("Next match");
        Button close = new Button("\u2715");
        close.setId("find-close");
        close.setOnAction(e -> closeFind());
        close.setFocusTraversable(false);
        close.setAccessibleText("Close find");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label label = new Label("Find");
        HBox bar = new HBox(8, label, findField, findStatus, previous, next, spacer, close);
        bar.setId("find-bar");
        bar.getStyleClass().add("find-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    private void search(String query) {
        viewModel.findQueryProperty().set(query);
    }

    private ContextMenu contextMenu() {
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> area.copy());
        MenuItem selectAll = new MenuItem("Select All");
        selectAll.setOnAction(e -> area.selectAll());
        MenuItem find = new MenuItem("Find Selection");
        find.setOnAction(e -> openFind());
        return new ContextMenu(copy, selectAll, find);
    }

    private void show(Document doc) {
        pendingTags.clear();
        baseRanges = List.of();
        analysisRanges = List.of();
        analysisIndex = SpanIndex.of(List.of(), r -> List.of());
        shown = null;
        if (doc == null) {
            area.clear();
            heading.setText("");
            meta.setText("");
            header.setVisible(false);
            header.setManaged(false);
            return;
        }
        // Splitting a long text into paragraphs takes a while; do it in the background and swap the finished
        // document in with one call, so the window keeps answering while a novel opens.
        layoutMessage.setText("Opening \u201c" + doc.title() + "\u201d\u2026");
        overlayDelay.playFromStart();
        tasks.submit(progress -> ReadOnlyStyledDocument.fromString(doc.text(), NO_STYLE, NO_STYLE,
                SegmentOps.<Collection<String>>styledTextOps()), styled -> {
                    if (viewModel.getDocument() == doc) {
                        display(doc, styled);
                    }
                }, error -> LOG.error("the article could not be laid out", error));
    }

    private void display(Document doc, StyledDocument<Collection<String>, String, Collection<String>> styled) {
        overlayDelay.stop();
        layoutOverlay.setVisible(false);
        area.replace(0, area.getLength(), styled);
        shown = doc;
        Span title = titleSpan(doc);
        boolean titleInText = title != null;
        heading.setText(titleInText ? "" : doc.title());
        heading.setVisible(!titleInText);
        heading.setManaged(!titleInText);
        meta.setText(describe(doc, viewModel.articleDateProperty().get()));
        header.setVisible(true);
        header.setManaged(true);
        baseRanges = titleInText ? List.of(new StyledRange(title, TITLE_CLASS)) : List.of();
        if (titleInText) {
            area.setParagraphStyle(area.offsetToPosition(title.start(), Bias.Forward).getMajor(),
                    List.of("title-paragraph"));
        }
        area.moveTo(0);
        area.showParagraphAtTop(0);
        restyleAll();
    }

    /**
     * The span of the title when the text opens with it (after any blank lines), or {@code null}: then the title
     * is shown above the text instead.
     */
    static Span titleSpan(Document doc) {
        String text = doc.text();
        String title = doc.title().strip();
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int lineEnd = text.indexOf('\n', start);
        int end = lineEnd < 0 ? text.length() : lineEnd;
        if (title.isEmpty() || start >= end || !text.substring(start, end).strip().equals(title)) {
            return null;
        }
        return new Span(start, end);
    }

    /**
     * The line beside the title: who wrote it, where and when it was published (as the file says), then where it
     * was read from (the site's address for a web page, else the file's name).
     *
     * @param date the article's date as Lector found it (metadata or dateline), or null
     */
    static String describe(Document doc, LocalDate date) {
        String source = doc.source();
        String where;
        if (source.matches("(?i)^https?://.*")) {
            where = source.replaceFirst("(?i)^https?://(www\\.)?", "");
        } else {
            int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
            where = slash >= 0 ? source.substring(slash + 1) : source;
        }
        String byline = MarkdownExporter.byline(doc.metadata()).replace(" \u00B7 ", "  \u00b7  ");
        StringBuilder s = new StringBuilder(byline);
        if (doc.metadata().published() == null && date != null) {
            s.append(s.isEmpty() ? "" : "  \u00b7  ").append(date);
        }
        s.append(s.isEmpty() ? "" : "  \u00b7  ").append(DisplayNames.escape(where));
        // What the file and its metadata say is data: controls and direction overrides are shown, not obeyed.
        return DisplayNames.escapeTitle(s.toString());
    }

    /**
     * Restyles the whole text. The style spans are computed in the background (on a long text with many hits
     * that takes a while) and applied in one call, which is many times faster than per-paragraph calls.
     */
    private void restyleAll() {
        Document doc = viewModel.getDocument();
        if (doc == null || doc != shown) {
            return;
        }
        List<StyledRange> ranges = new ArrayList<>(baseRanges);
        ranges.addAll(analysisRanges);
        List<Span> matches = viewModel.matchesProperty().get();
        for (Span m : matches) {
            ranges.add(new StyledRange(m, HIT_CLASS));
        }
        int current = viewModel.currentMatchProperty().get();
        if (current >= 0 && current < matches.size()) {
            ranges.add(new StyledRange(matches.get(current), CURRENT_HIT_CLASS));
        }
        Span flashed = flashing;
        Span marked = viewModel.markedProperty().get();
        addOverlays(ranges, new Span(0, doc.text().length()));
        if (styling != null) {
            styling.cancel();
        }
        long revision = ++styleRevision;
        int length = doc.text().length();
        long started = System.nanoTime();
        if (length <= STYLE_ON_UI_THREAD) {
            // An article's spans take a millisecond or two: a trip through a worker would only add latency.
            fullRestylePending = false;
            applyFullStyle(ArticleStyler.style(length, ranges), current, ranges.size(), started, flashed, marked);
            return;
        }
        fullRestylePending = true;
        styling = tasks.submit(progress -> ArticleStyler.style(length, ranges), spans -> {
            if (revision != styleRevision || shown != doc) {
                return;
            }
            fullRestylePending = false;
            applyFullStyle(spans, current, ranges.size(), started, flashed, marked);
            timeHighlightedPage();
        }, error -> {
            fullRestylePending = false;
            LOG.warn("restyling the article failed", error);
        });
    }

    /**
     * Shows new find hits: a few are restyled where they are, old and new, so a search in a novel does not restyle
     * three million characters on the FX thread; many are restyled with the whole text.
     */
    private void restyleMatches(List<Span> old, List<Span> now) {
        if (old.size() + now.size() > MATCHES_RESTYLED_IN_PLACE || shown == null || shown != viewModel.getDocument()
                || fullRestylePending) {
            restyleAll();
            return;
        }
        for (List<Span> matches : List.of(old, now)) {
            for (Span m : matches) {
                restyleIfShown(m);
            }
        }
    }

    private void applyFullStyle(StyleSpans<Collection<String>> spans, int current, int ranges, long started,
            Span flashed, Span marked) {
        area.setStyleSpans(0, spans);
        LOG.debug("{} styled ranges applied to the whole text in {} ms", ranges,
                (System.nanoTime() - started) / 1_000_000);
        // A flash or mark that began or ended while the spans were computed.
        if (!Objects.equals(flashed, flashing)) {
            restyleIfShown(flashed);
            restyleIfShown(flashing);
        }
        if (!Objects.equals(marked, viewModel.markedProperty().get())) {
            restyleIfShown(marked);
            restyleIfShown(viewModel.markedProperty().get());
        }
        // The user may have stepped to another match while the spans were computed.
        int now = viewModel.currentMatchProperty().get();
        if (now != current) {
            moveCurrentMatch(current, now);
        } else {
            revealCurrentMatch();
        }
    }

    private void updateHighlights() {
        long started = System.nanoTime();
        analysisRanges = Highlights.of(viewModel.analysisProperty().get(), viewModel.hiddenTypes(),
                viewModel.quotesHiddenProperty().get());
        analysisIndex = SpanIndex.of(analysisRanges, r -> List.of(r.span()));
        List<Span> changed = viewModel.changedRanges();
        if (changed != null && shown != null && shown == viewModel.getDocument() && !fullRestylePending
                && changed.stream().allMatch(c -> c.end() <= area.getLength())) {
            // A long text analysed part by part: restyle just the new parts, not three million characters.
            changed.forEach(this::restyleWindow);
            pendingTags.settled(changed);
            LOG.debug("{} highlights, {} parts restyled, in {} ms", analysisRanges.size(), changed.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } else {
            restyleAll();
            flushPendingTags(); // a tag whose edit is still being saved stays shown, now in the text's styles
        }
        timeHighlightedPage();
    }

    /**
     * Paints an edit to the name at {@code span} before the library has kept it (see ReaderViewModel#preview). A
     * new tag on one line is drawn over the text ({@link PendingTags}), which shows in the next frame even on a
     * novel; the text's own styles take over when the library has kept it.
     */
    private void preview(Span span, EntityType type) {
        if (shown == null || shown != viewModel.getDocument() || span.end() > area.getLength()) {
            return;
        }
        pendingTags.remove(span);
        if (type != null && !viewModel.hiddenTypes().contains(type) && pendingTags.show(span, type)) {
            return;
        }
        restylePreview(span, type);
    }

    private void flushPendingTags() {
        pendingTags.flush(this::restylePreview);
    }

    /** Paints the preview of {@code span} into the text's styles. */
    private void restylePreview(Span span, EntityType type) {
        if (shown == null || shown != viewModel.getDocument() || span.end() > area.getLength()) {
            return;
        }
        List<StyledRange> ranges = windowRanges(span);
        ranges.removeIf(r -> r.span().equals(span) && r.styleClass().startsWith("entity-"));
        if (type != null && !viewModel.hiddenTypes().contains(type)) {
            ranges.add(new StyledRange(span, Highlights.entityClass(type)));
        }
        area.setStyleSpans(span.start(), ArticleStyler.style(span, ranges));
    }

    /** Restyles {@code window} from every layer: title, analysis, find hits. */
    private void restyleWindow(Span window) {
        area.setStyleSpans(window.start(), ArticleStyler.style(window, windowRanges(window)));
    }

    /** The styled ranges of every layer (title, analysis, find hits) that touch {@code window}. */
    private List<StyledRange> windowRanges(Span window) {
        List<StyledRange> ranges = layerRanges(window);
        List<Span> matches = viewModel.matchesProperty().get();
        int current = viewModel.currentMatchProperty().get();
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).overlaps(window)) {
                ranges.add(new StyledRange(matches.get(i), HIT_CLASS));
                if (i == current) {
                    ranges.add(new StyledRange(matches.get(i), CURRENT_HIT_CLASS));
                }
            }
        }
        return ranges;
    }

    /** Scrolls to {@code span} and selects it, so the reader sees at once what a panel item refers to. */
    private void reveal(Span span) {
        if (shown == null || span.end() > area.getLength()) {
            return;
        }
        area.selectRange(span.start(), span.end());
        area.showParagraphAtCenter(area.offsetToPosition(span.start(), Bias.Forward).getMajor());
        headFor(span.start());
        area.requestFocus();
        flash(span);
    }

    /** Pulses {@code span} for {@link #FLASH_TIME}; a new flash ends the one before. */
    private void flash(Span span) {
        Span previous = flashing;
        flashing = span;
        if (previous != null && !previous.equals(span)) {
            restyleWindow(previous);
        }
        restyleWindow(span);
        flashEnd.playFromStart();
    }

    private void endFlash() {
        Span ended = flashing;
        flashing = null;
        restyleIfShown(ended);
    }

    /** The title's and the analysis's ranges that touch {@code window}, with the flash and the mark. */
    private List<StyledRange> layerRanges(Span window) {
        List<StyledRange> ranges = analysisIndex.overlapping(window);
        for (StyledRange r : baseRanges) {
            if (r.span().overlaps(window)) {
                ranges.add(r);
            }
        }
        addOverlays(ranges, window);
        return ranges;
    }

    /** The flash and the mark, where they fall in {@code window}. */
    private void addOverlays(List<StyledRange> ranges, Span window) {
        Span marked = viewModel.markedProperty().get();
        if (marked != null && !marked.isEmpty() && marked.overlaps(window)) {
            ranges.add(new StyledRange(marked, MARK_CLASS));
        }
        if (flashing != null && !flashing.isEmpty() && flashing.overlaps(window)) {
            ranges.add(new StyledRange(flashing, FLASH_CLASS));
        }
    }

    /** Restyles {@code span}'s window when it is in the text shown now. */
    private void restyleIfShown(Span span) {
        if (span != null && !span.isEmpty() && shown != null && shown == viewModel.getDocument()
                && span.end() <= area.getLength() && !fullRestylePending) {
            restyleWindow(span);
        }
    }

    /** Restyles just the previous and the new current match, so stepping through hits stays instant. */
    private void moveCurrentMatch(int previous, int now) {
        if (shown == null || shown != viewModel.getDocument()) {
            return;
        }
        List<Span> matches = viewModel.matchesProperty().get();
        for (int index : new int[] {previous, now}) {
            if (index >= 0 && index < matches.size()) {
                restyle(matches.get(index), matches, now);
            }
        }
        revealCurrentMatch();
    }

    private void restyle(Span window, List<Span> matches, int current) {
        List<StyledRange> ranges = layerRanges(window);
        ranges.add(new StyledRange(window, HIT_CLASS));
        if (current >= 0 && current < matches.size() && matches.get(current).equals(window)) {
            ranges.add(new StyledRange(window, CURRENT_HIT_CLASS));
        }
        StyleSpans<Collection<String>> spans = ArticleStyler.style(window, ranges);
        area.setStyleSpans(window.start(), spans);
    }

    private void revealCurrentMatch() {
        if (shown == null || shown != viewModel.getDocument()) {
            return;
        }
        List<Span> matches = viewModel.matchesProperty().get();
        int current = viewModel.currentMatchProperty().get();
        if (current < 0 || current >= matches.size()) {
            return;
        }
        Span hit = matches.get(current);
        area.moveTo(hit.start());
        area.showParagraphAtCenter(area.getCurrentParagraph());
        headFor(hit.start());
    }

    /**
     * The reader is being taken to {@code offset}, which will show mid-screen: a long text's analysis goes there now,
     * not once the text has been laid out there and has stood still (a few hundred milliseconds on a novel).
     */
    private void headFor(int offset) {
        viewModel.setVisibleOffset(Math.max(0, offset - pageLength / 2));
    }

    private void updateMeasure() {
        double fontPx = BASE_FONT_PX * viewModel.zoomProperty().get();
        double measure = MEASURE_EM * fontPx;
        double side = Math.max(MIN_SIDE_PADDING, (area.getWidth() - measure) / 2);
        Insets padding = new Insets(fontPx, side, 0, side);
        if (!padding.equals(area.getPadding())) {
            area.setPadding(padding);
            header.setPadding(new Insets(fontPx * 1.2, side, 0, side));
        }
    }

    private static String fontStyle(double zoom, String family) {
        return String.format(Locale.ROOT, "-fx-font-size: %.1fpx; -fx-font-family: \"%s\";",
                BASE_FONT_PX * zoom, family);
    }
}

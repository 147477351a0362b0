package org.lector.ui.reader;

import java.text.BreakIterator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.NavigationActions.SelectionPolicy;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.util.UndoUtils;
import org.lector.export.MarkdownExporter;
import org.lector.model.DisplayNames;
import org.lector.model.Document;
import org.lector.model.Span;
import org.lector.ui.common.SourceNames;
import org.lector.ui.common.BackgroundTasks;
import org.reactfx.EventStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article: a read-only rich text area with a serif face, generous leading and a comfortable measure, the
 * title as a heading, a find bar ({@link FindBar}), and zoom. It renders {@link ReaderViewModel}; its styles are
 * {@link Restyler}'s, and it holds no state of its own beyond what is on screen.
 */
public final class ReaderView extends BorderPane {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderView.class);

    /** Font size at 100 % zoom, in pixels. */
    static final double BASE_FONT_PX = 18;
    /** The widest line, in ems: about 70 characters of a serif face, the classic comfortable measure. */
    public static final double MEASURE_EM = 36;
    static final double MIN_SIDE_PADDING = 24;

    static final String TITLE_CLASS = "article-title";
    /** A direction control of the text, shown as a sign and not obeyed (see {@link ShownText}). */
    static final String CONTROL_CLASS = "direction-control";
    static final String HIT_CLASS = "search-hit";
    static final String CURRENT_HIT_CLASS = "search-current";
    /** A short pulse on a passage just revealed, so the eye finds it on the page. */
    public static final String FLASH_CLASS = "flash";
    static final javafx.util.Duration FLASH_TIME = javafx.util.Duration.millis(600);
    /** The outline of the passage the reader is working on (see {@link ReaderViewModel#markedProperty()}). */
    public static final String MARK_CLASS = "marked";
    /** The text has been still this long: the reader has arrived, and a long text's analysis goes on from here. */
    static final Duration SCROLL_SETTLES = Duration.ofMillis(100);
    private static final Collection<String> NO_STYLE = List.of();
    /** Texts up to this length (a long news article is 20,000 characters) are laid out on the FX thread. */
    static final int LAID_OUT_ON_UI_THREAD = 50_000;

    private final ReaderViewModel viewModel;
    private final BackgroundTasks tasks;
    private final StyleClassedTextArea area = new StyleClassedTextArea() {
        /** The document's own text: the area's may show a line break or a sign where it has a character. */
        @Override
        public void copy() {
            String selected = selectedText();
            if (!selected.isEmpty()) {
                ClipboardContent content = new ClipboardContent();
                content.putString(selected);
                Clipboard.getSystemClipboard().setContent(content);
            }
        }

        /** Ctrl+Right: a word on, without gathering the whole text ({@link WordMoves}). */
        @Override
        public void wordBreaksForwards(int n, SelectionPolicy policy) {
            if (getLength() > 0) {
                moveTo(WordMoves.forwards(paragraphs(), getCaretPosition(), n, BreakIterator.getWordInstance()),
                        policy);
            }
        }

        /** Ctrl+Left: a word back, without gathering the whole text ({@link WordMoves}). */
        @Override
        public void wordBreaksBackwards(int n, SelectionPolicy policy) {
            if (getLength() > 0) {
                moveTo(WordMoves.backwards(paragraphs(), getCaretPosition(), n,
                        BreakIterator.getWordInstance(getLocale())), policy);
            }
        }

        /**
         * Right (Shift+Right): a character on, a surrogate pair at once, as RichTextFX's own move, which reads the
         * whole text for it: 3.2 million characters gathered at every press on a novel (decision 0032).
         */
        @Override
        public void nextChar(SelectionPolicy policy) {
            int at = getCaretPosition();
            if (at < getLength()) {
                moveTo(WordMoves.charAfter(at, getText(at, Math.min(getLength(), at + 2))), policy);
            }
        }

        /** Left (Shift+Left): a character back, reading the two characters before the caret. */
        @Override
        public void previousChar(SelectionPolicy policy) {
            int at = getCaretPosition();
            if (at > 0) {
                moveTo(WordMoves.charBefore(at, getText(Math.max(0, at - 2), at)), policy);
            }
        }

        private WordMoves.Paragraphs paragraphs() {
            return new WordMoves.Paragraphs(this::getText,
                    paragraph -> getAbsolutePosition(paragraph, 0),
                    offset -> offsetToPosition(offset, Bias.Forward).getMajor(), getLength());
        }
    };
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final Label heading = new Label();
    private final Label meta = new Label();
    private final VBox header = new VBox(heading, meta);
    private final FindBar findBar;
    private final Restyler styles;
    private final JumpTiming timing;
    private final VBox layoutOverlay = new VBox(10);
    private final Label layoutMessage = new Label();
    /** The overlay shows only when laying out takes long enough to notice, so short articles never flicker. */
    private final PauseTransition overlayDelay = new PauseTransition(javafx.util.Duration.millis(150));
    /** How many characters the last page the reader stopped at held, to guess where a jump's page begins. */
    private int pageLength = 1_500;

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
        PendingTags pendingTags = new PendingTags(area);
        this.timing = new JumpTiming(this, viewModel, this::restylePending);
        this.styles = new Restyler(area, viewModel, tasks, pendingTags, this::headFor, timing::styled);
        this.findBar = new FindBar(viewModel, area, this::selectedText);

        heading.setId("article-heading");
        heading.getStyleClass().add("article-heading");
        heading.setWrapText(true);
        meta.getStyleClass().add("article-meta");
        header.getStyleClass().add("article-header");
        header.getChildren().add(new LegendBar(viewModel));
        header.setStyle("-fx-font-family: \"" + serif + "\";");

        layoutOverlay.setId("layout-overlay");
        layoutOverlay.getStyleClass().add("layout-overlay");
        layoutOverlay.setVisible(false);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        layoutOverlay.getChildren().addAll(spinner, layoutMessage);
        layoutOverlay.setAlignment(Pos.CENTER);
        layoutMessage.getStyleClass().add("layout-message");
        overlayDelay.setOnFinished(e -> layoutOverlay.setVisible(true));
        viewModel.markedProperty().addListener((obs, old, now) -> {
            for (Span s : new Span[] {old, now}) {
                styles.restyleIfShown(s);
            }
        });

        setTop(header);
        setCenter(new StackPane(new LayoutRoot(scroll), pendingTags, layoutOverlay));
        setBottom(findBar);

        ChangeListener<Number> measure = (obs, o, n) -> updateMeasure();
        area.widthProperty().addListener(measure);
        viewModel.zoomProperty().addListener((obs, o, zoom) -> {
            styles.flushPendingTags();
            area.setStyle(fontStyle(zoom.doubleValue(), serif));
            updateMeasure();
        });

        viewModel.documentProperty().addListener((obs, old, doc) -> show(doc));
        viewModel.matchesProperty().addListener((obs, old, m) -> styles.restyleMatches(old, m));
        viewModel.onAnalysisHighlights(styles::updateHighlights);
        viewModel.hiddenTypes().addListener((javafx.collections.SetChangeListener<Object>) c ->
                styles.updateHighlights());
        viewModel.quotesHiddenProperty().addListener((obs, old, hidden) -> styles.updateHighlights());
        viewModel.suggestionsProperty().addListener((obs, old, marks) -> styles.restyleAll());
        viewModel.onReveal(this::reveal);
        viewModel.onPreview(styles::preview);
        viewModel.onDiscardPreviews(styles::discardPreviews);
        // A mark does not move with the text: when the text scrolls or wraps again, the text shows the tag.
        area.estimatedScrollYProperty().addListener((obs, o, y) -> styles.flushPendingTags());
        area.widthProperty().addListener((obs, o, w) -> styles.flushPendingTags());
        area.selectionProperty().addListener((obs, o, selection) -> styles.selectionMoved());
        timing.install(area, SCROLL_SETTLES);
        EventStreams.valuesOf(area.estimatedScrollYProperty())
                .successionEnds(SCROLL_SETTLES)
                .subscribe(y -> arrived());
        viewModel.currentMatchProperty().addListener((obs, old, now) -> styles.moveCurrentMatch(old.intValue(),
                now.intValue()));
        show(viewModel.getDocument());
    }

    private boolean restylePending() {
        return styles.isPending();
    }

    /** The reader stopped scrolling: the analysis of a long text goes on from here. */
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
        timing.arrived(page);
    }

    /** The text area, for the window's key handling and for tests. */
    public StyleClassedTextArea area() {
        return area;
    }

    /**
     * The selected part of the document's text. The area holds the text as shown ({@link ShownText}), the same
     * length, so its selection's offsets are the document's.
     */
    String selectedText() {
        Document doc = viewModel.getDocument();
        IndexRange selection = area.getSelection();
        if (doc == null || doc != styles.shownDocument() || selection.getEnd() > doc.text().length()) {
            return area.getSelectedText();
        }
        return doc.text().substring(selection.getStart(), selection.getEnd());
    }

    /** Shows the find bar and puts the cursor in its field, with its text selected. */
    public void openFind() {
        findBar.open();
    }

    /**
     * Closes the find bar. The match it was on stays selected in the article, as in an editor, so the keyboard can
     * go on from it: a digit tags it, Ctrl+M writes a note on it.
     */
    public void closeFind() {
        findBar.close();
    }

    public boolean isFindOpen() {
        return findBar.isOpen();
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
        styles.clear();
        viewModel.setLaidOut(null);
        viewModel.setLayingOut(doc);
        if (doc == null) {
            area.clear();
            heading.setText("");
            meta.setText("");
            header.setVisible(false);
            header.setManaged(false);
            return;
        }
        if (doc.length() <= LAID_OUT_ON_UI_THREAD) {
            // An article is split in a few milliseconds. Sent to a worker, its text would come back behind whatever
            // the FX thread does next (at launch, the library's analysis filling the panels: a second or more), and
            // the highlights that came with it would wait for it (decision 0021).
            display(doc, laidOut(doc));
            return;
        }
        // Splitting a long text into paragraphs takes a while; do it in the background and swap the finished
        // document in with one call, so the window keeps answering while a novel opens.
        layoutMessage.setText("Opening \u201c" + doc.title() + "\u201d\u2026");
        overlayDelay.playFromStart();
        tasks.submit(progress -> laidOut(doc), laid -> {
            if (viewModel.getDocument() == doc) {
                display(doc, laid);
            }
        }, error -> {
            LOG.error("the article could not be laid out", error);
            if (viewModel.layingOutProperty().get() == doc) {
                viewModel.setLayingOut(null);
            }
        });
    }

    /** {@code doc}'s text split into paragraphs for the area. */
    private static Laid laidOut(Document doc) {
        ShownText shown = ShownText.of(doc.text());
        if (shown.breaks() > 0) {
            LOG.info("the article has paragraphs over {} characters: shown in {} more pieces",
                    ShownText.LONGEST_PARAGRAPH, shown.breaks());
        }
        return new Laid(shown, ReadOnlyStyledDocument.fromString(shown.text(), NO_STYLE, NO_STYLE,
                SegmentOps.<Collection<String>>styledTextOps()));
    }

    /** A text ready for the area: as shown, and as the area's model. */
    private record Laid(ShownText shown, StyledDocument<Collection<String>, String, Collection<String>> styled) {
    }

    private void display(Document doc, Laid laid) {
        StyledDocument<Collection<String>, String, Collection<String>> styled = laid.styled();
        overlayDelay.stop();
        layoutOverlay.setVisible(false);
        area.replace(0, area.getLength(), styled);
        Span title = titleSpan(doc);
        boolean titleInText = title != null;
        heading.setText(titleInText ? "" : doc.title());
        heading.setVisible(!titleInText);
        heading.setManaged(!titleInText);
        meta.setText(describe(doc, viewModel.articleDateProperty().get()));
        header.setVisible(true);
        header.setManaged(true);
        if (titleInText) {
            area.setParagraphStyle(area.offsetToPosition(title.start(), Bias.Forward).getMajor(),
                    List.of("title-paragraph"));
        }
        area.moveTo(0);
        area.showParagraphAtTop(0);
        List<StyledRange> base = new ArrayList<>();
        if (titleInText) {
            base.add(new StyledRange(title, TITLE_CLASS));
        }
        laid.shown().controls().forEach(c -> base.add(new StyledRange(c, CONTROL_CLASS)));
        styles.shown(doc, base);
        viewModel.setLayingOut(null);
        viewModel.setLaidOut(doc);
        viewModel.revealAskedFor(doc).ifPresent(this::reveal);
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
        String where = SourceNames.shortName(doc.source());
        String byline = MarkdownExporter.byline(doc.metadata()).replace(" \u00B7 ", "  \u00b7  ");
        StringBuilder s = new StringBuilder(byline);
        if (doc.metadata().published() == null && date != null) {
            s.append(s.isEmpty() ? "" : "  \u00b7  ").append(date);
        }
        s.append(s.isEmpty() ? "" : "  \u00b7  ").append(DisplayNames.escape(where));
        // What the file and its metadata say is data: controls and direction overrides are shown, not obeyed.
        return DisplayNames.escapeTitle(s.toString());
    }

    /** Scrolls to {@code span} and selects it, so the reader sees at once what a panel item refers to. */
    private void reveal(Span span) {
        if (!styles.showsText() || span.end() > area.getLength()) {
            return;
        }
        area.selectRange(span.start(), span.end());
        area.showParagraphAtCenter(area.offsetToPosition(span.start(), Bias.Forward).getMajor());
        headFor(span.start());
        area.requestFocus();
        styles.flash(span);
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

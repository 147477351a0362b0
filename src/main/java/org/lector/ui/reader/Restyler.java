package org.lector.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.EntityType;
import org.lector.model.Span;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.SpanIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the article's text gets its styles, from layers: the title, the analysis's highlights, the find hits, a flash
 * on a passage just revealed, the passage marked. The whole text is restyled in one call (its style spans computed
 * in the background for a long text, where a late result of an older restyle is dropped and partial restyles wait
 * for it); where little changed (a few hits, a new part of a novel's analysis, an edit, a flash) just that window of
 * the text is restyled from every layer. A tag just made is previewed before the library keeps it. FX thread only.
 */
final class Restyler {

    private static final Logger LOG = LoggerFactory.getLogger(Restyler.class);
    /** Texts up to this many characters are styled on the FX thread at once; longer ones in the background. */
    private static final int STYLE_ON_UI_THREAD = 200_000;
    /** Up to this many find hits (before and after a search, together) are restyled in place. */
    static final int MATCHES_RESTYLED_IN_PLACE = 400;

    private final StyleClassedTextArea area;
    private final ReaderViewModel viewModel;
    private final BackgroundTasks tasks;
    /** Tags just made, drawn over the text until the library has kept them (see {@link #preview}). */
    private final PendingTags pendingTags;
    /** Where the reader is being taken (a revealed match), so a long text's analysis goes there first. */
    private final IntConsumer headFor;
    /** Runs when the text may have just got its highlights (for the jump timing). */
    private final Runnable styled;
    private final PauseTransition flashEnd = new PauseTransition(ReaderView.FLASH_TIME);

    /** The document whose text the area holds now; the view model's may be newer while it is laid out. */
    private Document shown;
    /** Ranges that stay while the document is shown (the title); find hits are layered over them. */
    private List<StyledRange> baseRanges = List.of();
    /**
     * Highlights of the analysis (names by type and quotations) by span: restyling a word of a novel looks up its
     * few ranges, not all of them.
     */
    private SpanIndex<StyledRange> analysisIndex = SpanIndex.of(List.of(), r -> List.of());
    /** The analysis {@link #analysisIndex} was made of; null when it was made of none. */
    private Analysis indexed;
    /** The passage flashing now, or null. */
    private Span flashing;
    private BackgroundTasks.Handle styling;
    /** Whether a restyle of the whole text is being computed; partial restyles wait for it. */
    private boolean fullRestylePending;
    /** Bumped by every restyle of the whole text; a late result of an older one is dropped. */
    private long styleRevision;

    Restyler(StyleClassedTextArea area, ReaderViewModel viewModel, BackgroundTasks tasks, PendingTags pendingTags,
            IntConsumer headFor, Runnable styled) {
        this.area = area;
        this.viewModel = viewModel;
        this.tasks = tasks;
        this.pendingTags = pendingTags;
        this.headFor = headFor;
        this.styled = styled;
        flashEnd.setOnFinished(e -> endFlash());
    }

    /** Whether a restyle of the whole text is being computed. */
    boolean isPending() {
        return fullRestylePending;
    }

    /** Whether a document's text is in the area (it may be older than the view model's while one is laid out). */
    boolean showsText() {
        return shown != null;
    }

    /** The document whose text the area holds now, or null. */
    Document shownDocument() {
        return shown;
    }

    /** Another document is on its way: nothing of the last one's styles stays. */
    void clear() {
        pendingTags.clear();
        baseRanges = List.of();
        analysisIndex = SpanIndex.of(List.of(), r -> List.of());
        indexed = null;
        shown = null;
    }

    /** {@code document}'s text is in the area now, {@code base} its lasting ranges (the title): styles it. */
    void shown(Document document, List<StyledRange> base) {
        shown = document;
        baseRanges = base;
        if (base.isEmpty() && analysisIndex.size() == 0 && viewModel.matchesProperty().get().isEmpty()
                && viewModel.markedProperty().get() == null && flashing == null
                && suggestionsOf(document).isEmpty()) {
            // The text came into the area without styles and has none to get yet: restyling all of it for nothing
            // cost the FX thread 5 to 20 ms on a reopened article, just before the library's highlights arrive.
            return;
        }
        restyleAll();
    }

    /**
     * Restyles the whole text. The style spans are computed in the background (on a long text with many hits
     * that takes a while) and applied in one call, which is many times faster than per-paragraph calls.
     */
    void restyleAll() {
        Document doc = viewModel.getDocument();
        if (doc == null || doc != shown) {
            return;
        }
        List<StyledRange> ranges = new ArrayList<>(baseRanges);
        ranges.addAll(analysisIndex.values());
        List<Span> matches = viewModel.matchesProperty().get();
        for (Span m : matches) {
            ranges.add(new StyledRange(m, ReaderView.HIT_CLASS));
        }
        int current = viewModel.currentMatchProperty().get();
        if (current >= 0 && current < matches.size()) {
            ranges.add(new StyledRange(matches.get(current), ReaderView.CURRENT_HIT_CLASS));
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
            styled.run();
        }, error -> {
            fullRestylePending = false;
            LOG.warn("restyling the article failed", error);
        });
    }

    /**
     * Shows new find hits: a few are restyled where they are, old and new, so a search in a novel does not restyle
     * three million characters on the FX thread; many are restyled with the whole text.
     */
    void restyleMatches(List<Span> old, List<Span> now) {
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

    /**
     * The analysis or what it shows changed: its highlights are laid out again. When the analysis grew or was
     * edited in a few windows of the text ({@link ReaderViewModel#changedRanges()}), only the highlights in those
     * windows are made again: on a novel the others are some 70,000 ranges, and making and sorting all of them after
     * every part or edit cost the FX thread tens of milliseconds.
     */
    void updateHighlights() {
        long started = System.nanoTime();
        Analysis analysis = viewModel.analysisProperty().get();
        List<Span> changed = viewModel.changedRanges();
        Set<EntityType> hidden = viewModel.hiddenTypes();
        boolean quotesHidden = viewModel.quotesHiddenProperty().get();
        if (changed != null && indexed != null && analysis != null) {
            // Only the analysis changed, in these windows; the hidden types and quotes are as when it was indexed.
            List<StyledRange> found = viewModel.changedHighlights();
            analysisIndex = analysisIndex.replacing(changed, found != null
                    ? Highlights.shown(found, hidden, quotesHidden)
                    : Highlights.within(analysis, hidden, quotesHidden, changed), r -> List.of(r.span()));
        } else {
            analysisIndex = SpanIndex.of(Highlights.of(analysis, hidden, quotesHidden), r -> List.of(r.span()));
        }
        indexed = analysis;
        if (changed != null && shown != null && shown == viewModel.getDocument() && !fullRestylePending
                && changed.stream().allMatch(c -> c.end() <= area.getLength())) {
            // A long text analysed part by part: restyle just the new parts, not three million characters.
            changed.forEach(this::restyleWindow);
            pendingTags.settled(changed);
            LOG.debug("{} highlights, {} parts restyled, in {} ms", analysisIndex.size(), changed.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } else {
            restyleAll();
            flushPendingTags(); // a tag whose edit is still being saved stays shown, now in the text's styles
        }
        styled.run();
    }

    /**
     * Paints an edit to the name at {@code span} before the library has kept it (see ReaderViewModel#preview). A
     * new tag on one line is drawn over the text ({@link PendingTags}), which shows in the next frame even on a
     * novel; the text's own styles take over when the library has kept it.
     */
    void preview(Span span, EntityType type) {
        if (shown == null || shown != viewModel.getDocument() || span.end() > area.getLength()) {
            return;
        }
        pendingTags.remove(span);
        if (type != null && !viewModel.hiddenTypes().contains(type) && pendingTags.show(span, type)) {
            return;
        }
        if (type == null && pendingTags.holdRemoval(span)) {
            // The selection hides the highlight: restyling the word now (its paragraph's nodes made again, the page
            // laid out, most of a frame on a novel) would change nothing on screen.
            return;
        }
        restylePreview(span, type);
    }

    /** The selection moved: a removal it no longer hides is painted now. */
    void selectionMoved() {
        pendingTags.selectionMoved(span -> restylePreview(span, null));
    }

    /** The edits previewed were not kept: the text shows the analysis as the library holds it. */
    void discardPreviews() {
        pendingTags.clear();
        restyleAll();
    }

    /** The tags drawn over the text go into its styles (it scrolls, wraps or zooms, and a drawing would drift). */
    void flushPendingTags() {
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
                ranges.add(new StyledRange(matches.get(i), ReaderView.HIT_CLASS));
                if (i == current) {
                    ranges.add(new StyledRange(matches.get(i), ReaderView.CURRENT_HIT_CLASS));
                }
            }
        }
        return ranges;
    }

    /** Pulses {@code span} for {@link ReaderView#FLASH_TIME}; a new flash ends the one before. */
    void flash(Span span) {
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

    /** The suggestions laid over the text, when they fit it (they may still be an older document's). */
    private List<StyledRange> suggestionsOf(Document doc) {
        List<StyledRange> marks = viewModel.suggestionsProperty().get();
        int length = doc.text().length();
        return marks.stream().allMatch(r -> r.span().end() <= length) ? marks : List.of();
    }

    /** The flash, the mark and the suggestions, where they fall in {@code window}. */
    private void addOverlays(List<StyledRange> ranges, Span window) {
        if (shown != null) {
            for (StyledRange r : suggestionsOf(shown)) {
                if (r.span().overlaps(window)) {
                    ranges.add(r);
                }
            }
        }
        Span marked = viewModel.markedProperty().get();
        if (marked != null && !marked.isEmpty() && marked.overlaps(window)) {
            ranges.add(new StyledRange(marked, ReaderView.MARK_CLASS));
        }
        if (flashing != null && !flashing.isEmpty() && flashing.overlaps(window)) {
            ranges.add(new StyledRange(flashing, ReaderView.FLASH_CLASS));
        }
    }

    /** Restyles {@code span}'s window when it is in the text shown now. */
    void restyleIfShown(Span span) {
        if (span != null && !span.isEmpty() && shown != null && shown == viewModel.getDocument()
                && span.end() <= area.getLength() && !fullRestylePending) {
            restyleWindow(span);
        }
    }

    /** Restyles just the previous and the new current match, so stepping through hits stays instant. */
    void moveCurrentMatch(int previous, int now) {
        if (shown == null || shown != viewModel.getDocument()) {
            return;
        }
        List<Span> matches = viewModel.matchesProperty().get();
        for (int index : new int[] {previous, now}) {
            if (index >= 0 && index < matches.size()) {
                restyleMatch(matches.get(index), matches, now);
            }
        }
        revealCurrentMatch();
    }

    private void restyleMatch(Span window, List<Span> matches, int current) {
        List<StyledRange> ranges = layerRanges(window);
        ranges.add(new StyledRange(window, ReaderView.HIT_CLASS));
        if (current >= 0 && current < matches.size() && matches.get(current).equals(window)) {
            ranges.add(new StyledRange(window, ReaderView.CURRENT_HIT_CLASS));
        }
        area.setStyleSpans(window.start(), ArticleStyler.style(window, ranges));
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
        headFor.accept(hit.start());
    }
}

package org.lector.ui.reader;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.lector.model.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A timing probe for {@code bench/jump.sh}, on only with debug logging: when the reader goes to a page of a long
 * text that is not analysed yet, logs how long after the text first moved there the page was highlighted. Off, it
 * costs nothing: no listener is installed.
 */
final class JumpTiming {

    private static final Logger LOG = LoggerFactory.getLogger(JumpTiming.class);

    private final Node view;
    private final ReaderViewModel viewModel;
    private final BooleanSupplier restylePending;
    /** When the text last moved on screen (scrolled, jumped), and when the latest run of movements began. */
    private long scrolledAt;
    private long movedAt;
    /** The page the reader went to while it was not yet analysed, and when. */
    private Span waitingPage;
    private long waitingSince;

    /**
     * @param view           the article, whose scene's pulses say when the page is laid out
     * @param restylePending whether a restyle of the whole text is still being computed
     */
    JumpTiming(Node view, ReaderViewModel viewModel, BooleanSupplier restylePending) {
        this.view = view;
        this.viewModel = viewModel;
        this.restylePending = restylePending;
    }

    /** Watches {@code area} scroll, when timings are logged. */
    void install(StyleClassedTextArea area, Duration settles) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        area.estimatedScrollYProperty().addListener((obs, o, y) -> {
            long now = System.nanoTime();
            if (now - scrolledAt > settles.toNanos()) {
                movedAt = now;
            }
            scrolledAt = now;
        });
    }

    /** The reader stopped at {@code page}: when it is not analysed yet, the clock runs until it is highlighted. */
    void arrived(Span page) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        Span waiting = waitingPage;
        LOG.debug("reader at {}: {} characters on screen, {}", page.start(), page.length(),
                viewModel.isAnalysed(page) ? "analysed" : "not analysed yet");
        if (viewModel.isAnalysed(page)) {
            waitingPage = null;
        } else if (waiting == null || !waiting.overlaps(page)) {
            // Timed from the first movement that brought the reader here; a later nudge of the same page (the find
            // bar closing) does not restart the clock.
            waitingPage = page;
            waitingSince = movedAt;
        }
    }

    /**
     * The text may just have got its highlights: once the page the reader went to is analysed and laid out, logs
     * how long after the text first moved to go there it was highlighted.
     */
    void styled() {
        Span page = waitingPage;
        if (page == null || restylePending.getAsBoolean() || !viewModel.isAnalysed(page)
                || view.getScene() == null) {
            return;
        }
        waitingPage = null;
        long since = waitingSince;
        long styled = System.nanoTime();
        long[] pulse = new long[1];
        Runnable[] listener = new Runnable[2];
        listener[0] = () -> {
            view.getScene().removePreLayoutPulseListener(listener[0]);
            pulse[0] = System.nanoTime();
        };
        listener[1] = () -> {
            view.getScene().removePostLayoutPulseListener(listener[1]);
            long now = System.nanoTime();
            LOG.debug("page highlighted: {} ms after the reader got to {} (styled {} ms before the pulse, which laid "
                    + "out in {} ms)", (now - since) / 1_000_000, page.start(), (pulse[0] - styled) / 1_000_000,
                    (now - pulse[0]) / 1_000_000);
        };
        view.getScene().addPreLayoutPulseListener(listener[0]);
        view.getScene().addPostLayoutPulseListener(listener[1]);
        Platform.requestNextPulse();
    }
}

package org.lector.ui.reader;

import javafx.application.Platform;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times a key press to the frame that shows its effect: from the key handler to the end of the next pulse's
 * layout, after which the frame is rendered. Off unless timings are logged ({@code -Dlector.timings=DEBUG}), for
 * {@code bench/keypress.sh}.
 */
public final class RepaintTimer {

    private static final Logger LOG = LoggerFactory.getLogger(RepaintTimer.class);

    private RepaintTimer() {
    }

    /**
     * Starts timing {@code what} in {@code scene}; call it in the key handler, before the key's action, which must
     * change the scene in the same handler. Logs the time when the next frame is laid out, split into the handler
     * (up to the next event the FX thread takes), the wait for the pulse, and the pulse's CSS and layout.
     *
     * @return what takes the timing back when the key did nothing (no tag was made), so only real actions count
     */
    public static Runnable start(Scene scene, String what) {
        if (scene == null || !LOG.isDebugEnabled()) {
            return () -> { };
        }
        long started = System.nanoTime();
        long[] handled = new long[2];
        Runnable[] listener = new Runnable[2];
        listener[0] = () -> {
            scene.removePreLayoutPulseListener(listener[0]);
            handled[1] = System.nanoTime();
            if (handled[0] == 0) {
                handled[0] = handled[1]; // the pulse came before the FX thread took its next event
            }
        };
        listener[1] = () -> {
            scene.removePostLayoutPulseListener(listener[1]);
            long now = System.nanoTime();
            LOG.debug("key to frame: {} {} us (handler {} us, then the pulse began {} us later, laid out in {} us)",
                    what, (now - started) / 1_000, (handled[0] - started) / 1_000, (handled[1] - handled[0]) / 1_000,
                    (now - handled[1]) / 1_000);
        };
        scene.addPreLayoutPulseListener(listener[0]);
        scene.addPostLayoutPulseListener(listener[1]);
        Platform.runLater(() -> {
            if (handled[0] == 0) {
                handled[0] = System.nanoTime();
            }
        });
        Platform.requestNextPulse();
        return () -> {
            scene.removePreLayoutPulseListener(listener[0]);
            scene.removePostLayoutPulseListener(listener[1]);
        };
    }
}

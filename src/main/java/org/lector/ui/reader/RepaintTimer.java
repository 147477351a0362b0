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
     * change the scene in the same handler. Logs the time when the next frame is laid out.
     */
    public static void start(Scene scene, String what) {
        if (scene == null || !LOG.isDebugEnabled()) {
            return;
        }
        long started = System.nanoTime();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            LOG.debug("key to frame: {} {} us", what, (System.nanoTime() - started) / 1_000);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}

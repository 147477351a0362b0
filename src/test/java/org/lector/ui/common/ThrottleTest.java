package org.lector.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A panel following a growing analysis: the first change shows at once, a burst after it once, at its end. */
@ExtendWith(ApplicationExtension.class)
class ThrottleTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 100, 100));
        stage.show();
    }

    @Test
    void aBurstOfRequestsRunsOnceAtOnceAndOnceMoreWhenTheIntervalIsOver(FxRobot robot) throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Throttle[] throttle = new Throttle[1];
        robot.interact(() -> {
            throttle[0] = new Throttle(Duration.millis(300), runs::incrementAndGet);
            for (int i = 0; i < 20; i++) {
                throttle[0].request();
            }
        });
        assertThat(runs).hasValue(1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runs.get() == 2);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertThat(runs).hasValue(2);
    }

    @Test
    void nowRunsAtOnceAndDropsTheRunThatWasWaiting(FxRobot robot) {
        AtomicInteger runs = new AtomicInteger();
        robot.interact(() -> {
            Throttle throttle = new Throttle(Duration.millis(200), runs::incrementAndGet);
            throttle.request();
            throttle.request();
            throttle.now();
        });
        assertThat(runs).hasValue(2);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        assertThat(runs).hasValue(2);
    }
}

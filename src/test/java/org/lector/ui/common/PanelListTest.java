package org.lector.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lector.model.Span;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Rows made in the background (a novel's entities): they arrive, follow the caret, and never overwrite newer rows. */
@ExtendWith(ApplicationExtension.class)
class PanelListTest {

    private record Row(String name, Span span) {
    }

    private PanelList<Row> panel;

    @Start
    void start(Stage stage) {
        panel = new PanelList<>("rows", row -> new Label(row.name()), row -> { }, row -> List.of(row.span()));
        stage.setScene(new Scene(panel, 300, 200));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private ListView<Row> list(FxRobot robot) {
        return robot.lookup("#rows .panel-list").queryAs(ListView.class);
    }

    @Test
    void rowsMadeInTheBackgroundAreShownAndFollowTheCaret(FxRobot robot) throws Exception {
        Row paris = new Row("Paris", new Span(0, 5));
        Row macron = new Row("Macron", new Span(10, 16));
        robot.interact(() -> panel.followCaret(12));
        robot.interact(() -> panel.setRowsLater(() -> List.of(paris, macron), () -> { }));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list(robot).getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list(robot).getSelectionModel().getSelectedItem()).isEqualTo(macron);
        robot.interact(() -> panel.followCaret(2));
        assertThat(list(robot).getSelectionModel().getSelectedItem()).isEqualTo(paris);
    }

    @Test
    void rowsShownMeanwhileWinOverOlderRowsStillBeingMade(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch made = new CountDownLatch(1);
        Row stale = new Row("stale", new Span(0, 5));
        Row fresh = new Row("fresh", new Span(0, 5));
        robot.interact(() -> panel.setRowsLater(() -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            made.countDown();
            return List.of(stale);
        }, () -> { }));
        robot.interact(() -> panel.setRows(List.of(fresh)));
        release.countDown();
        assertThat(made.await(5, TimeUnit.SECONDS)).isTrue();
        // The stale rows reach the FX thread after this; wait for it twice to be sure they were handled.
        Thread.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list(robot).getItems()).containsExactly(fresh);
    }

    @Test
    void noRowsShowTheEmptyState(FxRobot robot) throws Exception {
        boolean[] none = new boolean[1];
        robot.interact(() -> panel.setRowsLater(List::of, () -> none[0] = true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> none[0]);
    }
}

package org.lector.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lector.model.Span;
import org.lector.testing.ManualExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Rows made in the background (a novel's entities): they arrive, follow the caret, and never overwrite newer rows.
 * The background is an executor the test runs by hand, on the FX thread, so each step happens when the test says.
 */
@ExtendWith(ApplicationExtension.class)
class PanelListTest {

    private record Row(String name, Span span) {
    }

    private final ManualExecutor background = new ManualExecutor();
    private PanelList<Row> panel;

    @Start
    void start(Stage stage) {
        panel = new PanelList<>("rows", row -> new Label(row.name()), row -> { }, row -> List.of(row.span()),
                new BackgroundTasks(background, Runnable::run));
        stage.setScene(new Scene(panel, 300, 200));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private ListView<Row> list(FxRobot robot) {
        return robot.lookup("#rows .panel-list").queryAs(ListView.class);
    }

    @Test
    void rowsMadeInTheBackgroundAreShownAndFollowTheCaret(FxRobot robot) {
        Row paris = new Row("Paris", new Span(0, 5));
        Row macron = new Row("Macron", new Span(10, 16));
        robot.interact(() -> panel.followCaret(12));
        robot.interact(() -> panel.setRowsLater(() -> List.of(paris, macron), () -> { }));
        assertThat(list(robot).getItems()).as("nothing before the background has run").isEmpty();

        robot.interact(() -> background.runTask(0));

        assertThat(list(robot).getItems()).containsExactly(paris, macron);
        assertThat(list(robot).getSelectionModel().getSelectedItem()).isEqualTo(macron);
        robot.interact(() -> panel.followCaret(2));
        assertThat(list(robot).getSelectionModel().getSelectedItem()).isEqualTo(paris);
    }

    @Test
    void rowsShownMeanwhileWinOverOlderRowsStillBeingMade(FxRobot robot) {
        Row stale = new Row("stale", new Span(0, 5));
        Row fresh = new Row("fresh", new Span(0, 5));
        boolean[] made = new boolean[1];
        robot.interact(() -> panel.setRowsLater(() -> {
            made[0] = true;
            return List.of(stale);
        }, () -> { }));
        robot.interact(() -> panel.setRows(List.of(fresh)));

        robot.interact(() -> background.runTask(0));

        assertThat(made[0]).as("the older rows were made, and came back after the newer ones").isTrue();
        assertThat(list(robot).getItems()).containsExactly(fresh);
    }

    @Test
    void rowsAreMadeOneCallAfterAnotherAndOnlyTheLatestIsShown(FxRobot robot) {
        Row first = new Row("first", new Span(0, 5));
        Row second = new Row("second", new Span(0, 5));
        robot.interact(() -> panel.setRowsLater(() -> List.of(first), () -> { }));
        robot.interact(() -> panel.setRowsLater(() -> List.of(second), () -> { }));
        assertThat(background.submitted()).as("the second waits for the first").isEqualTo(1);

        robot.interact(() -> background.runTask(0));
        assertThat(background.submitted()).isEqualTo(2);
        robot.interact(() -> background.runTask(1));

        assertThat(list(robot).getItems()).containsExactly(second);
    }

    @Test
    void noRowsShowTheEmptyState(FxRobot robot) {
        boolean[] none = new boolean[1];
        robot.interact(() -> panel.setRowsLater(List::of, () -> none[0] = true));
        robot.interact(() -> background.runTask(0));
        assertThat(none[0]).isTrue();
    }

    @Test
    void newRowsReplaceOnlyTheRowsThatDifferAndLeaveTheListEqualToThem() {
        long seed = System.nanoTime();
        java.util.Random random = new java.util.Random(seed);
        for (int round = 0; round < 500; round++) {
            List<Integer> before = new java.util.ArrayList<>();
            for (int i = random.nextInt(30); i > 0; i--) {
                before.add(random.nextInt(10));
            }
            List<Integer> after = new java.util.ArrayList<>(before);
            for (int edits = random.nextInt(4); edits > 0; edits--) {
                int kind = random.nextInt(3);
                if (kind == 0 || after.isEmpty()) {
                    after.add(random.nextInt(after.size() + 1), random.nextInt(10));
                } else if (kind == 1) {
                    after.remove(random.nextInt(after.size()));
                } else {
                    after.set(random.nextInt(after.size()), random.nextInt(10));
                }
            }
            javafx.collections.ObservableList<Integer> items = javafx.collections.FXCollections.observableArrayList(
                    before);
            int[] touched = new int[1];
            items.addListener((javafx.collections.ListChangeListener<Integer>) c -> {
                while (c.next()) {
                    touched[0] += Math.max(c.getRemovedSize(), c.getAddedSize());
                }
            });
            PanelList.replaceChanged(items, after);
            assertThat(items).as("seed %d, round %d: %s to %s", seed, round, before, after).isEqualTo(after);
            // Only rows between the lists' common start and end are touched (taken out, put in or replaced).
            int prefix = 0;
            while (prefix < before.size() && prefix < after.size() && before.get(prefix).equals(after.get(prefix))) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < before.size() - prefix && suffix < after.size() - prefix
                    && before.get(before.size() - 1 - suffix).equals(after.get(after.size() - 1 - suffix))) {
                suffix++;
            }
            assertThat(touched[0]).as("seed %d, round %d: %s to %s", seed, round, before, after)
                    .isLessThanOrEqualTo(before.size() + after.size() - 2 * (prefix + suffix));
        }
    }
}

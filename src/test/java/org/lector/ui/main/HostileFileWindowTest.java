package org.lector.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lector.app.LectorWindow;
import org.lector.model.Analysis;
import org.lector.model.DisplayNames;
import org.lector.model.Document;
import org.lector.model.EntityType;
import org.lector.model.Span;
import org.lector.nlp.CancellationToken;
import org.lector.testing.ChoosingDialogs;
import org.lector.testing.OnFx;
import org.lector.testing.TextMatchingAnalysis;
import org.lector.ui.common.AnalysisService;
import org.lector.ui.common.SettingsRepository;
import org.lector.ui.common.UiSettings;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A hostile file in the window: 20,000 short lines under a name carrying ANSI escapes and a right-to-left override.
 * While its analysis is still running (the engine here holds it until the test lets go), the window scrolls,
 * finds, opens its menus and says what it is doing; its title shows the name's tricks escaped. The same holds for
 * one line of 10 MB, which the text area would lay out whole on the FX thread if it were shown as one paragraph.
 */
@ExtendWith(ApplicationExtension.class)
class HostileFileWindowTest {

    private static final int LINES = 20_000;

    @TempDir
    static Path dir;

    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private LectorWindow lector;
    private Stage stage;

    /** The predictable engine, held at the start of each analysis until {@link #release} opens. */
    private final class HeldEngine implements AnalysisService {
        private final TextMatchingAnalysis inner = new TextMatchingAnalysis(Map.of("Berlin", EntityType.PLACE));

        @Override
        public CompletableFuture<Void> warmUp() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public String version() {
            return inner.version();
        }

        @Override
        public List<Span> tokens(Document document, CancellationToken cancel) {
            return inner.tokens(document, cancel);
        }

        @Override
        public Analysis analyze(Document document, CancellationToken cancel, Consumer<Analysis> onNames) {
            started.countDown();
            try {
                while (!release.await(20, TimeUnit.MILLISECONDS)) {
                    if (cancel.isCancelled()) {
                        throw new CancellationException("analysis cancelled");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            }
            return inner.analyze(document, cancel, onNames);
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        lector = LectorWindow.create(stage, new LectorWindow.Services(SettingsRepository.inMemory(new UiSettings()),
                new ChoosingDialogs(stage), new HeldEngine()));
        stage.setWidth(1000);
        stage.setHeight(700);
        stage.show();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /**
     * Records how long the FX thread leaves a probe posted every 20 ms waiting: the longest stall of the window
     * between {@link #start} and {@link #stop}, and the time between them.
     */
    private static final class Probe {
        private final ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor();
        private final AtomicLong longestStall = new AtomicLong();
        private final long started = System.nanoTime();
        private long stopped;

        Probe start() {
            poster.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                Platform.runLater(() -> longestStall.accumulateAndGet(System.nanoTime() - posted, Math::max));
            }, 0, 20, TimeUnit.MILLISECONDS);
            return this;
        }

        void stop() {
            poster.shutdownNow();
            stopped = System.nanoTime();
        }

        long stallMs() {
            return longestStall.get() / 1_000_000;
        }

        long totalMs() {
            return (stopped - started) / 1_000_000;
        }
    }

    /** The article scrolls to its end, find finds {@code query} once, and the File menu opens. */
    private static void scrollFindAndOpenAMenu(FxRobot robot, StyleClassedTextArea area, String query)
            throws TimeoutException {
        double top = area.getEstimatedScrollY();
        robot.clickOn(area);
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        waitUntil(() -> area.getEstimatedScrollY() > top + 1_000);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#find-bar").queryAs(HBox.class).isVisible());
        robot.write(query);
        waitUntil(() -> label(robot, "#find-status").equals("1 of 1"));
        robot.type(KeyCode.ESCAPE);

        robot.clickOn("File");
        waitUntil(() -> robot.lookup("Open\u2026").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aTenMegabyteLineOpensAndTheWindowKeepsAnsweringWhileItIsShownScrolledAndSearched(FxRobot robot)
            throws Exception {
        StringBuilder text = new StringBuilder();
        int sentences = 0;
        while (text.length() < 10_000_000) {
            text.append("Sentence ").append(sentences).append(sentences % 100 == 0 ? " of Berlin. " : " of the day. ");
            sentences++;
        }
        int last = sentences - 1;
        Path file = Files.writeString(dir.resolve("one-line.txt"), text);
        Probe probe = new Probe().start();
        robot.interact(() -> lector.open(file, null));
        StyleClassedTextArea area = robot.lookup("#article").queryAs(StyleClassedTextArea.class);
        waitUntil(() -> area.getLength() == text.length());
        assertThat(started.await(120, TimeUnit.SECONDS)).isTrue();
        assertThat(label(robot, "#status-analysis")).isNotEmpty();
        // Shown as many paragraphs, none of which the FX thread has to lay out whole.
        assertThat(OnFx.get(() -> area.getParagraphs().size())).isGreaterThan(1_000);

        scrollFindAndOpenAMenu(robot, area, "Sentence " + last + " ");

        release.countDown();
        waitUntil(() -> lector.viewModel().reader().analysisProperty().get() != null
                && lector.viewModel().analysisStateProperty().get().isEmpty());
        probe.stop();
        LoggerFactory.getLogger(HostileFileWindowTest.class).info("10 MB line: longest stall of the FX thread {} ms"
                + " in {} ms", probe.stallMs(), probe.totalMs());
        // No single stall of the window takes up most of the run: laying the line out as one paragraph did, for
        // minutes. A ratio, not a time, so that a loaded machine does not fail it.
        assertThat(probe.stallMs()).as("longest stall %d ms of %d ms", probe.stallMs(), probe.totalMs())
                .isLessThan(probe.totalMs() / 3);
        assertThat(lector.viewModel().reader().analysisProperty().get().entities()).hasSize((last / 100) + 1);
    }

    @Test
    void theWindowStaysUsableWhileAHostileFileIsAnalysedAndShowsItsNameEscaped(FxRobot robot) throws Exception {
        StringBuilder text = new StringBuilder("Red\u202Egnp.exe lines\n\n");
        for (int i = 0; i < LINES; i++) {
            text.append("line ").append(i).append(" of Berlin\n");
        }
        Path file = Files.writeString(dir.resolve("\u001B[2J\u001B[31mlines\u202Etxt.exe.txt"), text);
        robot.interact(() -> lector.open(file, null));
        StyleClassedTextArea area = robot.lookup("#article").queryAs(StyleClassedTextArea.class);
        waitUntil(() -> area.getText().contains("line " + (LINES - 1) + " of Berlin"));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        // The title is data: the override and the escapes are shown, not obeyed.
        assertThat(stage.getTitle()).isEqualTo("Red\\u202Egnp.exe lines \u2014 Lector");
        // It says what it is doing.
        assertThat(label(robot, "#status-analysis")).isNotEmpty();

        // The article's own override is shown as a sign, not obeyed; the document keeps it, and so does a copy.
        assertThat(OnFx.get(() -> area.getText(0, 11))).isEqualTo("Red" + DisplayNames.DIRECTION_CONTROL + "gnp.exe");
        OnFx.waitUntil(() -> area.getStyleOfChar(3).contains("direction-control"));
        assertThat(lector.viewModel().reader().getDocument().text()).startsWith("Red\u202Egnp.exe");
        robot.interact(() -> {
            area.selectRange(0, 11);
            area.copy();
        });
        assertThat(OnFx.get(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("Red\u202Egnp.exe");

        scrollFindAndOpenAMenu(robot, area, "line 1999 ");

        // All the while the analysis was held; let it finish, and the window shows it.
        assertThat(lector.viewModel().reader().analysisProperty().get()).isNull();
        release.countDown();
        waitUntil(() -> lector.viewModel().reader().analysisProperty().get() != null
                && lector.viewModel().analysisStateProperty().get().isEmpty());
        assertThat(lector.viewModel().reader().analysisProperty().get().entities()).hasSize(LINES);
    }
}

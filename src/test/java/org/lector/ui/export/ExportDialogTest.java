package org.lector.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lector.export.ExportFixtures;
import org.lector.export.ExportFormat;
import org.lector.testing.OnFx;
import org.lector.ui.common.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog on the sample: the preview follows the format, Save… writes off the FX thread. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    @TempDir
    static Path dir;

    private ExportDialog dialog;

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
        dialog = ExportDialog.create(stage, "Paris summit", format -> ExportFixtures.sample(), BackgroundTasks.forFx(),
                d -> dir.resolve("paris.html"));
        dialog.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void pickingHtmlShowsHtmlAndMarkdownComesBack(FxRobot robot) throws Exception {
        TextArea preview = robot.lookup("#preview").queryAs(TextArea.class);
        ChoiceBox<ExportFormat> formats = robot.lookup("#formatChoice").queryAs(ChoiceBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> textOf(preview).startsWith("---\ntitle:"));
        assertThat(preview.isEditable()).isFalse();

        robot.clickOn(formats);
        robot.clickOn(ExportFormat.HTML.label());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> textOf(preview).startsWith("<!DOCTYPE html>"));
        assertThat(formats.getValue()).isEqualTo(ExportFormat.HTML);

        robot.clickOn("#saveButton");
        Path saved = dir.resolve("paris.html");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(saved)
                && !robot.lookup("#saveButton").queryAs(Button.class).isDisabled());
        assertThat(Files.readString(saved)).startsWith("<!DOCTYPE html>").contains("Emmanuel Macron");

        robot.interact(() -> formats.setValue(ExportFormat.MARKDOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> textOf(preview).startsWith("---\ntitle:"));
        assertThat(textOf(preview)).contains("## Facts", "## Quotes", "## Entities", "## Notes");
    }

    /** The preview's text read on the FX thread, which writes it: read from the test thread it can be half-set. */
    private static String textOf(TextArea preview) throws Exception {
        return OnFx.get(preview::getText);
    }
}

package org.lector.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.lector.export.ExportFormat;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;

/**
 * File &gt; Export…: a format chooser, a read-only preview of the chosen format (Markdown first), and Save…, which
 * asks for a file and writes the export off the FX thread while a progress bar moves.
 */
public final class ExportDialog extends Dialog<Void> {

    private final ExportViewModel model;

    ExportDialog(Window owner, ExportViewModel model, Function<ExportDialog, Path> chooseTarget) {
        this.model = model;
        if (owner != null) {
            initOwner(owner);
            initModality(Modality.WINDOW_MODAL);
        }
        setTitle("Export");
        setResizable(true);

        ChoiceBox<ExportFormat> formats = new ChoiceBox<>();
        formats.setId("formatChoice");
        formats.getItems().setAll(ExportFormat.values());
        formats.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : f.label();
            }

            @Override
            public ExportFormat fromString(String s) {
                return null;
            }
        });
        formats.valueProperty().bindBidirectional(model.formatProperty());

        TextArea preview = new TextArea();
        preview.setId("preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setStyle("-fx-font-family: monospace;");
        preview.textProperty().bind(model.previewProperty());
        preview.setPrefSize(720, 480);
        VBox.setVgrow(preview, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setId("exportProgress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);

        Label status = new Label();
        status.setId("exportStatus");
        status.textProperty().bind(model.statusProperty());

        Button save = new Button("Save…");
        save.setId("saveButton");
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> {
            Path target = chooseTarget.apply(this);
            if (target != null) {
                model.save(target, written -> { });
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, new Label("Format:"), formats, spacer, save);
        HBox bottom = new HBox(8, status, progress);
        VBox content = new VBox(8, top, preview, bottom);
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    }

    /**
     * The dialog for the article titled {@code title}, exported from {@code source}, its rendering and saving on
     * the window's background work {@code tasks}; for {@link DialogService#open} to show over the window.
     */
    public static DialogService.Panel panel(String title, ExportSource source, BackgroundTasks tasks) {
        return owner -> create(owner, title, source, tasks, ExportDialog::chooseFile).show();
    }

    /** The dialog with its collaborators given, for tests: {@code chooseTarget} stands in for the FileChooser. */
    static ExportDialog create(Window owner, String title, ExportSource source, BackgroundTasks tasks,
            Function<ExportDialog, Path> chooseTarget) {
        return new ExportDialog(owner, new ExportViewModel(title, source, tasks), chooseTarget);
    }

    ExportViewModel model() {
        return model;
    }

    private static Path chooseFile(ExportDialog dialog) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as " + dialog.model.formatProperty().get().label());
        String ext = dialog.model.formatProperty().get().extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                dialog.model.formatProperty().get().label(), "*." + ext));
        chooser.setInitialFileName(dialog.model.suggestedFileName());
        File f = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
        return f == null ? null : f.toPath();
    }
}

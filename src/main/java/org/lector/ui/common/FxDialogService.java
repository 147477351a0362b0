package org.lector.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX dialogs owned by the main window, styled with the window's theme. */
public final class FxDialogService implements DialogService {

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String header, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, "Lector", header, message);
        alert.getDialogPane().setId("error-dialog");
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseArticle(Path initialDirectory, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open Article");
        List<String> patterns = extensions.stream().map(e -> "*." + e).toList();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles (" + String.join(", ", patterns) + ")", patterns),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        File chosen = chooser.showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseLibrary(boolean create, Path current) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(create ? "New Library" : "Open Library");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Lector libraries (*.db)", "*.db"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (current != null && current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        if (create) {
            chooser.setInitialFileName("library.db");
        }
        File chosen = create ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<String> askText(String header, String prompt, String initial) {
        javafx.scene.control.Dialog<String> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Lector");
        dialog.setHeaderText(header);
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(initial == null ? "" : initial);
        text.setId("ask-text");
        text.setPromptText(prompt + " (Ctrl+Enter saves, Tab moves to the buttons)");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().setId("ask-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setResultConverter(b -> b == ButtonType.OK ? text.getText() : null);
        javafx.scene.control.Button ok = (javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Save");
        ok.setTooltip(new javafx.scene.control.Tooltip("Ctrl+Enter"));
        TextAreaKeys.install(text, ok, ok::fire);
        javafx.application.Platform.runLater(text::requestFocus);
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }

    @Override
    public boolean confirm(String header, String message, String action) {
        ButtonType yes = new ButtonType(action, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Lector", header, message);
        alert.getButtonTypes().setAll(yes, ButtonType.CANCEL);
        alert.getDialogPane().setId("confirm-dialog");
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public void showAbout(String title, String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, "Lector", text);
        alert.getDialogPane().setId("about-dialog");
        alert.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setResizable(true);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(480);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            alert.getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        return alert;
    }

    @Override
    public <R> Optional<R> edit(Editor<R> editor) {
        return editor.over(owner).showAndWait();
    }

    @Override
    public void open(Panel panel) {
        panel.showOver(owner);
    }
}

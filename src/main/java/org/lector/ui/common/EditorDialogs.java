package org.lector.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.lector.model.EntityCluster;
import org.lector.model.EntityType;

/** What the quote and fact editors share: a dialog in the main window's theme, and a who-says-it chooser. */
public final class EditorDialogs {

    private EditorDialogs() {
    }

    /** Owns the dialog by {@code owner} and gives it the owner's stylesheets and theme classes. */
    public static void style(Dialog<?> dialog, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Lector");
        dialog.setResizable(true);
        dialog.getDialogPane().getStyleClass().add("editor-dialog");
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
    }

    /** A label for a field, with a mnemonic that focuses it. */
    public static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.getStyleClass().add("editor-label");
        return label;
    }

    /** A hidden line for what is wrong with the input, shown by {@link #showProblem}. */
    public static Label problemLabel(String id, double width) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("editor-error");
        error.setWrapText(true);
        error.setMaxWidth(width);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.setManaged(false);
        error.setVisible(false);
        return error;
    }

    /** Shows the problem and grows the dialog to hold it, so its buttons stay in view. */
    public static void showProblem(Label error, String problem) {
        error.setText(problem);
        error.setManaged(true);
        error.setVisible(true);
        if (error.getScene() != null && error.getScene().getWindow() != null) {
            error.getScene().getWindow().sizeToScene();
        }
    }

    /** The clusters that can speak or be a source: people, organizations and groups. */
    public static List<EntityCluster> speakers(List<EntityCluster> clusters) {
        return clusters.stream().filter(c -> c.type() == EntityType.PERSON || c.type() == EntityType.ORGANIZATION
                || c.type() == EntityType.GROUP).toList();
    }

    /** An editable chooser of cluster names: pick one, or type a name that is none of them. */
    public static ComboBox<String> nameChooser(String id, List<EntityCluster> clusters, String current,
            String prompt) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setEditable(true);
        clusters.stream().map(EntityCluster::name).distinct().forEach(box.getItems()::add);
        box.getEditor().setText(current == null ? "" : current);
        box.setValue(current == null || current.isBlank() ? null : current);
        box.setPromptText(prompt);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** The text of an editable chooser as typed, also before the typing has been committed. */
    public static String typed(ComboBox<String> box) {
        String t = box.getEditor().getText();
        return t == null ? "" : t.strip();
    }

    /** The cluster named {@code name} (any case), if there is one. */
    public static Optional<EntityCluster> clusterNamed(List<EntityCluster> clusters, String name) {
        return clusters.stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}

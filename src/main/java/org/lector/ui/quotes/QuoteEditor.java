package org.lector.ui.quotes;

import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.lector.model.EntityCluster;
import org.lector.model.QuoteKind;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.EditorDialogs;

/**
 * The quote editor: the passage, its kind, who says it (one of the article's people, organizations and groups,
 * or a name typed in) and the verb that reports it. Used to add a quote from a selection and to change one.
 */
public final class QuoteEditor {

    /**
     * What the reader chose.
     *
     * @param kind        direct, partial or scare
     * @param speakerName the speaker as typed or picked, or empty for nobody
     * @param speaker     the cluster of that name, or null for a name that is none of the article's
     * @param cue         the cue word, or empty
     */
    public record Result(QuoteKind kind, String speakerName, EntityCluster speaker, String cue) {
    }

    /** The editor's starting values. */
    public record Values(QuoteKind kind, String speakerName, String cue) {
    }

    private QuoteEditor() {
    }

    /**
     * The editor, for {@link DialogService#edit} to show.
     *
     * @param cueProblem what is wrong with a typed cue word (one sentence), or null when it is usable
     */
    public static DialogService.Editor<Result> editor(String header, String passage, Values start,
            List<EntityCluster> clusters, List<String> cueWords, Function<String, String> cueProblem) {
        return owner -> dialog(owner, header, passage, start, clusters, cueWords, cueProblem);
    }

    private static Dialog<Result> dialog(Window owner, String header, String passage, Values start,
            List<EntityCluster> clusters, List<String> cueWords, Function<String, String> cueProblem) {
        Dialog<Result> dialog = new Dialog<>();
        EditorDialogs.style(dialog, owner);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId("quote-editor");

        Label quoted = new Label(passage.length() > 400 ? passage.substring(0, 400) + "\u2026" : passage);
        quoted.setId("quote-editor-passage");
        quoted.getStyleClass().add("panel-quote");
        quoted.setWrapText(true);
        quoted.setMaxWidth(480);
        quoted.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        ToggleGroup kinds = new ToggleGroup();
        HBox kindRow = new HBox(14);
        for (QuoteKind k : QuoteKind.values()) {
            RadioButton b = new RadioButton(switch (k) {
                case DIRECT -> "_Direct";
                case PARTIAL -> "_Partial";
                case SCARE -> "Sc_are quote";
            });
            b.setId("quote-kind-" + k.id());
            b.setUserData(k);
            b.setToggleGroup(kinds);
            b.setSelected(k == start.kind());
            kindRow.getChildren().add(b);
        }

        List<EntityCluster> speakers = EditorDialogs.speakers(clusters);
        ComboBox<String> speaker = EditorDialogs.nameChooser("quote-speaker", speakers, start.speakerName(),
                "Pick who says it, or type a name");
        ComboBox<String> cue = new ComboBox<>();
        cue.setId("quote-cue");
        cue.setEditable(true);
        cue.getItems().setAll(cueWords);
        cue.getEditor().setText(start.cue());
        cue.setPromptText("The verb that reports it, such as \u201csaid\u201d");
        cue.setMaxWidth(Double.MAX_VALUE);

        Label kindHint = new Label("Scare quotes report nobody\u2019s speech: a coined or doubted term.");
        kindHint.getStyleClass().add("panel-item-meta");
        Label error = EditorDialogs.problemLabel("quote-editor-error", 480);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Kind"), kindRow);
        grid.add(kindHint, 1, 1);
        grid.addRow(2, EditorDialogs.label("_Speaker", speaker), speaker);
        grid.addRow(3, EditorDialogs.label("C_ue", cue), cue);
        GridPane.setHgrow(speaker, Priority.ALWAYS);
        GridPane.setHgrow(cue, Priority.ALWAYS);
        VBox content = new VBox(12, quoted, grid, error);
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);

        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            String problem = cueProblem.apply(EditorDialogs.typed(cue));
            if (problem != null) {
                EditorDialogs.showProblem(error, problem);
                cue.requestFocus();
                e.consume();
            }
        });
        dialog.setResultConverter(b -> {
            if (b != save) {
                return null;
            }
            String name = EditorDialogs.typed(speaker);
            QuoteKind kind = (QuoteKind) kinds.getSelectedToggle().getUserData();
            return new Result(kind, name, EditorDialogs.clusterNamed(speakers, name).orElse(null),
                    EditorDialogs.typed(cue));
        });
        Platform.runLater(speaker::requestFocus);
        return dialog;
    }
}

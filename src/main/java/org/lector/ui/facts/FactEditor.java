package org.lector.ui.facts;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.lector.model.EntityCluster;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.Quantity;
import org.lector.model.TimeExpression;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.EditorDialogs;
import org.lector.ui.common.TextAreaKeys;

/**
 * The fact editor: the claim (subject, predicate, object, quantities, time) and who the article says makes it,
 * then the reader's check of it: status, evidence note and a web link. Used to add a fact from a sentence and to
 * change one.
 */
public final class FactEditor {

    /** Where the cursor starts. */
    public enum Focus { CLAIM, CHECK }

    /**
     * What the reader chose.
     *
     * @param fact   {@code start} with the fields as edited; its source id is the chosen cluster's, or null
     * @param source the cluster named as the source, or null for a name that is none of the article's
     */
    public record Result(Fact fact, EntityCluster source) {
    }

    private FactEditor() {
    }

    /** The editor, for {@link DialogService#edit} to show. */
    public static DialogService.Editor<Result> editor(String header, Fact start, List<EntityCluster> clusters,
            Focus focus) {
        return owner -> dialog(owner, header, start, clusters, focus);
    }

    private static Dialog<Result> dialog(Window owner, String header, Fact start, List<EntityCluster> clusters,
            Focus focus) {
        Dialog<Result> dialog = new Dialog<>();
        EditorDialogs.style(dialog, owner);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId("fact-editor");

        Label sentence = new Label(start.text().length() > 400 ? start.text().substring(0, 400) + "\u2026"
                : start.text());
        sentence.setId("fact-editor-sentence");
        sentence.setWrapText(true);
        sentence.setMaxWidth(540);
        sentence.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        sentence.getStyleClass().add("fact-editor-sentence");

        TextField subject = field("fact-subject", start.subject(), "Who or what the claim is about");
        TextField predicate = field("fact-predicate", start.predicate(), "What they did or are");
        TextField object = field("fact-object", start.object(), "To what, how much");
        TextField quantities = field("fact-quantities", FactFields.quantitiesText(start.quantities()),
                "Optional: 2 billion euros; 3,000 troops");
        TextField time = field("fact-time", start.time() == null ? "" : start.time().text(),
                "Optional: Thursday, 2025-03-27");
        List<EntityCluster> sources = EditorDialogs.speakers(clusters);
        ComboBox<String> source = EditorDialogs.nameChooser("fact-source", sources, start.sourceName(),
                "Optional: who the article says makes the claim");

        ToggleGroup statuses = new ToggleGroup();
        HBox statusRow = new HBox(12);
        for (FactStatus s : FactStatus.values()) {
            RadioButton b = new RadioButton(switch (s) {
                case UNCHECKED -> "_Unchecked";
                case SUPPORTED -> "Su_pported";
                case DISPUTED -> "_Disputed";
                case FALSE -> "_False";
            });
            b.setId("fact-status-" + s.id());
            b.getStyleClass().addAll("fact-status-choice", "fact-status-" + s.id());
            b.setUserData(s);
            b.setToggleGroup(statuses);
            b.setSelected(s == start.status());
            statusRow.getChildren().add(b);
        }
        TextArea evidence = new TextArea(start.evidence());
        evidence.setId("fact-evidence");
        evidence.setPromptText("What supports or contradicts it, and where you found that");
        evidence.setWrapText(true);
        evidence.setPrefRowCount(3);
        TextField url = field("fact-url", start.evidenceUrl(), "https://\u2026 (optional)");
        // Tab goes on to the link, as in every other field, instead of typing a tab into the note.
        TextAreaKeys.install(evidence, url, null);

        Label error = EditorDialogs.problemLabel("fact-editor-error", 540);

        GridPane claim = grid();
        claim.addRow(0, EditorDialogs.label("Su_bject", subject), subject);
        claim.addRow(1, EditorDialogs.label("P_redicate", predicate), predicate);
        claim.addRow(2, EditorDialogs.label("_Object", object), object);
        claim.addRow(3, EditorDialogs.label("_Quantities", quantities), quantities);
        claim.addRow(4, EditorDialogs.label("_Time", time), time);
        claim.addRow(5, EditorDialogs.label("_Source", source), source);
        GridPane check = grid();
        check.addRow(0, new Label("Status"), statusRow);
        check.addRow(1, EditorDialogs.label("_Evidence", evidence), evidence);
        check.addRow(2, EditorDialogs.label("_Link", url), url);
        Label checkHeading = new Label("Your check");
        checkHeading.getStyleClass().add("panel-heading");
        VBox content = new VBox(10, sentence, claim, new Separator(), checkHeading, check, error);
        content.setPrefWidth(540);
        dialog.getDialogPane().setContent(content);

        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        Fact[] built = new Fact[1];
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            String problem = FactFields.urlProblem(url.getText());
            Node culprit = url;
            List<Quantity> qs = List.of();
            if (problem == null) {
                try {
                    qs = FactFields.quantities(quantities.getText(), start.quantities());
                } catch (IllegalArgumentException bad) {
                    problem = bad.getMessage();
                    culprit = quantities;
                }
            }
            if (problem != null) {
                EditorDialogs.showProblem(error, problem);
                culprit.requestFocus();
                e.consume();
                return;
            }
            String name = EditorDialogs.typed(source);
            EntityCluster cluster = EditorDialogs.clusterNamed(sources, name).orElse(null);
            TimeExpression when = FactFields.time(time.getText(), start.time());
            FactStatus status = (FactStatus) statuses.getSelectedToggle().getUserData();
            built[0] = new Fact(start.id(), start.span(), start.text(), subject.getText().strip(),
                    predicate.getText().strip(), object.getText().strip(), qs, when,
                    cluster == null ? null : cluster.id(), cluster == null ? name : cluster.name(), start.score(),
                    status, evidence.getText().strip(), url.getText().strip(), start.provenance());
        });
        dialog.setResultConverter(b -> b == save && built[0] != null
                ? new Result(built[0], EditorDialogs.clusterNamed(sources, built[0].sourceName()).orElse(null))
                : null);
        Platform.runLater(focus == Focus.CHECK ? evidence::requestFocus : subject::requestFocus);
        return dialog;
    }

    private static TextField field(String id, String text, String prompt) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints(82);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(labels, fields);
        return g;
    }
}

package org.lector.ui.versions;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.lector.library.Carryover;
import org.lector.library.TextChange;
import org.lector.reading.LibraryViews.VersionRow;
import org.lector.ui.common.ToolWindow;

/**
 * The versions window: the versions the library keeps of the article shown, and the one chosen against the one
 * before it: its text with inserted passages underlined in green and deleted ones struck through in red where they
 * were (a changed passage shows both), long unchanged stretches shortened; the annotations of the older version
 * that were changed or orphaned; the quotes and facts whose words changed. Any version opens in the reader.
 */
public final class VersionsWindow {

    /** Unchanged text longer than this is shown as its first and last {@link #CONTEXT} characters. */
    static final int LONG_UNCHANGED = 700;
    static final int CONTEXT = 250;

    private final Stage stage;
    private final VersionsViewModel viewModel;
    private final ListView<VersionRow> versions = new ListView<>();
    private final TextFlow diff = new TextFlow();
    private final Label summary = new Label();
    private final ListView<String> annotations = new ListView<>();
    private String source;

    public VersionsWindow(Window owner, VersionsViewModel viewModel) {
        this.viewModel = viewModel;
        versions.setId("versions-list");
        versions.setItems(viewModel.versions());
        versions.setPlaceholder(new Label("No versions."));
        versions.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(VersionRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : "Version " + r.number() + "\nfiled " + DateTimeFormatter
                        .ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault())
                        .format(r.imported()) + "\n" + String.format(Locale.ROOT, "%,d", r.length()) + " characters");
            }
        });
        versions.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> {
            if (r != null) {
                viewModel.chosenProperty().set(r);
            }
        });
        viewModel.chosenProperty().addListener((obs, old, r) -> {
            if (r != null && versions.getSelectionModel().getSelectedItem() != r) {
                versions.getSelectionModel().select(r);
            }
        });
        Button open = new Button("Open This Version");
        open.setId("versions-open");
        open.disableProperty().bind(versions.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> viewModel.open(versions.getSelectionModel().getSelectedItem()));
        VBox left = new VBox(8, versions, open);
        VBox.setVgrow(versions, Priority.ALWAYS);
        left.setPrefWidth(200);
        left.setMinWidth(160);

        diff.setId("versions-diff");
        diff.setLineSpacing(3);
        diff.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(diff);
        scroll.setFitToWidth(true);
        summary.setId("versions-summary");
        summary.setWrapText(true);
        annotations.setId("versions-annotations");
        annotations.setPrefHeight(160);
        annotations.setPlaceholder(new Label("Every annotation carried over unchanged."));
        Label annotationsTitle = new Label("Annotations changed or orphaned, quotes and facts whose words changed");
        annotationsTitle.getStyleClass().add("article-meta");
        VBox center = new VBox(8, summary, scroll, annotationsTitle, annotations);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        center.setPadding(new Insets(0, 0, 0, 10));

        Label status = ToolWindow.statusLabel("versions-status", viewModel.statusProperty());
        HBox bottom = new HBox(status);
        bottom.setAlignment(Pos.CENTER_LEFT);
        SplitPane split = new SplitPane(left, center);
        split.setDividerPositions(0.2);
        BorderPane root = new BorderPane(split);
        root.setBottom(bottom);
        BorderPane.setMargin(bottom, new Insets(8, 0, 0, 0));
        root.setId("versions-root");
        stage = ToolWindow.create(owner, "Versions", root, 1100, 680);
        viewModel.comparisonProperty().addListener((obs, old, c) -> show(c));
        show(null);
    }

    /** Shows the versions of the article read from {@code source} (the window brought forward). */
    public void show(String articleSource, String title) {
        this.source = articleSource;
        stage.setTitle("Versions of \u201c" + title + "\u201d \u2014 Lector");
        viewModel.load(source);
        ToolWindow.bringForward(stage);
    }

    public Stage stage() {
        return stage;
    }

    private void show(VersionsViewModel.Comparison c) {
        diff.getChildren().clear();
        annotations.getItems().clear();
        if (c == null) {
            VersionRow r = viewModel.chosenProperty().get();
            summary.setText(r != null && r.number() == 1
                    ? "Version 1 is the first the library kept: there is nothing before it to compare."
                    : "Choose a version to compare it with the one before it.");
            return;
        }
        Carryover co = c.carryover();
        int[] counts = co.counts();
        long inserted = co.changes().stream().filter(t -> t.kind() == TextChange.Kind.INSERTED).count();
        long deleted = co.changes().stream().filter(t -> t.kind() == TextChange.Kind.DELETED).count();
        summary.setText(String.format(Locale.ROOT, "Version %d against version %d: %d passages inserted, %d deleted,"
                + " %d changed. Annotations: %d carried over, %d changed, %d orphaned; %d quotes or facts flagged.",
                c.newer().number(), c.older().number(), inserted, deleted,
                co.changes().size() - inserted - deleted, counts[Carryover.Status.CARRIED.ordinal()],
                counts[Carryover.Status.CHANGED.ordinal()], counts[Carryover.Status.ORPHAN.ordinal()],
                co.flagged().size()));
        diff.getChildren().setAll(render(c.newerText(), co.changes()));
        for (Carryover.Carried a : co.carried()) {
            if (a.status() != Carryover.Status.CARRIED) {
                annotations.getItems().add((a.status() == Carryover.Status.ORPHAN ? "Orphaned " : "Changed ")
                        + a.kind().id() + ": \u201c" + a.text() + "\u201d");
            }
        }
        for (Carryover.Flagged f : co.flagged()) {
            annotations.getItems().add("Flagged " + f.kind().id() + " (its words changed): \u201c" + f.text()
                    + "\u201d");
        }
    }

    /** The newer text with the changes marked, long unchanged stretches shortened around an ellipsis. */
    static List<Text> render(String text, List<TextChange> changes) {
        List<Text> out = new ArrayList<>();
        int at = 0;
        for (TextChange c : changes.stream().sorted(Comparator.comparingInt(TextChange::start)).toList()) {
            unchanged(text.substring(at, Math.max(at, c.start())), out, at == 0, false);
            if (!c.before().isEmpty()) {
                out.add(marked(c.before(), "diff-deleted", "-fx-fill: #b3261e; -fx-strikethrough: true;"));
            }
            if (c.end() > c.start()) {
                out.add(marked(text.substring(c.start(), c.end()), "diff-inserted",
                        "-fx-fill: #1b7a3a; -fx-underline: true; -fx-font-weight: bold;"));
            }
            at = Math.max(at, c.end());
        }
        unchanged(text.substring(at), out, at == 0, true);
        return out;
    }

    private static void unchanged(String s, List<Text> out, boolean first, boolean last) {
        if (s.length() <= LONG_UNCHANGED) {
            out.add(plain(s));
            return;
        }
        // Cut at spaces, so the shortened stretch reads as words around the gap.
        int headEnd = s.lastIndexOf(' ', CONTEXT);
        int tailStart = s.indexOf(' ', s.length() - CONTEXT);
        String head = first ? "" : s.substring(0, headEnd > 0 ? headEnd + 1 : CONTEXT);
        String tail = last ? "" : s.substring(tailStart >= 0 ? tailStart : s.length() - CONTEXT);
        out.add(plain(head));
        Text gap = new Text((head.isEmpty() ? "" : " ") + "[\u2026 " + String.format(Locale.ROOT, "%,d",
                s.length() - head.length() - tail.length()) + " characters unchanged \u2026]" + (tail.isEmpty() ? ""
                : " "));
        gap.getStyleClass().add("diff-gap");
        gap.setStyle("-fx-fill: #777777; -fx-font-style: italic;");
        out.add(gap);
        out.add(plain(tail));
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("diff-same");
        t.setStyle("-fx-fill: -fx-text-base-color;");
        return t;
    }

    private static Text marked(String s, String styleClass, String style) {
        Text t = new Text(s);
        t.getStyleClass().add(styleClass);
        t.setStyle(style);
        return t;
    }
}

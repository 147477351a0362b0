package org.lector.ui.main;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.lector.ui.reader.ReadingStats;

/** The bottom bar: what Lector is doing and how far it is, the article's length and reading time, the zoom. */
final class StatusBar extends HBox {

    StatusBar(MainViewModel viewModel) {
        super(12);
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 12, 4, 12));

        Label task = new Label();
        task.setId("status-task");
        task.textProperty().bind(viewModel.taskMessageProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("status-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(viewModel.busyProperty());

        Button cancel = new Button("Cancel");
        cancel.setId("status-cancel");
        cancel.getStyleClass().add("status-cancel");
        cancel.setFocusTraversable(false);
        cancel.setOnAction(e -> viewModel.cancelLoading());
        cancel.visibleProperty().bind(viewModel.busyProperty());
        cancel.managedProperty().bind(viewModel.busyProperty());

        Label analysis = new Label();
        analysis.setId("status-analysis");
        analysis.textProperty().bind(viewModel.analysisStateProperty());
        analysis.setMaxWidth(520);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label words = new Label();
        words.setId("status-words");
        words.textProperty().bind(Bindings.createStringBinding(
                () -> describe(viewModel.statsProperty().get()), viewModel.statsProperty()));

        Label zoom = new Label();
        zoom.setId("status-zoom");
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(viewModel.reader().zoomProperty().get() * 100) + " %",
                viewModel.reader().zoomProperty()));

        getChildren().addAll(progress, task, cancel, analysis, spacer, words, zoom);
    }

    static String describe(ReadingStats stats) {
        if (stats.words() == 0) {
            return "";
        }
        String words = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(stats.words());
        String time = stats.minutes() < 60 ? stats.minutes() + " min read"
                : (stats.minutes() / 60) + " h " + (stats.minutes() % 60) + " min read";
        return words + (stats.words() == 1 ? " word" : " words") + "  \u00b7  " + time;
    }
}

package org.lector.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lector.export.ExportFile;
import org.lector.export.ExportFormat;
import org.lector.export.LibraryNotes;
import org.lector.export.ExportInput;
import org.lector.ui.common.BackgroundTasks;

/**
 * The export dialog's state: the chosen format, a preview of it, progress and a status line. Rendering and saving
 * run on {@link BackgroundTasks}; the input is an immutable {@link ExportInput} made there by the {@link
 * ExportSource}, so background code never reads a property. A preview that arrives after the format changed again is
 * dropped.
 */
public final class ExportViewModel {

    /** Longer previews are cut here: a TextArea with a whole novel in it helps nobody. */
    static final int PREVIEW_CHARS = 100_000;

    private final String title;
    private final ExportSource source;
    private final BackgroundTasks tasks;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format");
    private final StringProperty preview = new SimpleStringProperty(this, "preview", "");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private int revision;
    private BackgroundTasks.Handle running;

    /**
     * @param title  the article's title, for the file name proposed
     * @param source the article to export, in the chosen format
     */
    public ExportViewModel(String title, ExportSource source, BackgroundTasks tasks) {
        this.title = Objects.requireNonNull(title, "title");
        this.source = Objects.requireNonNull(source, "source");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        format.addListener((obs, old, now) -> renderPreview());
        format.set(ExportFormat.MARKDOWN);
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /**
     * The file name the save chooser proposes: the title, made safe, with the format's extension; the name the
     * dossier and disagreement notes link to ({@link LibraryNotes#noteName}).
     */
    public String suggestedFileName() {
        return LibraryNotes.noteName(title) + "." + format.get().extension();
    }

    private void renderPreview() {
        ExportFormat f = format.get();
        if (f == null) {
            return;
        }
        int mine = ++revision;
        if (running != null) {
            running.cancel();
        }
        busy.set(true);
        status.set("Rendering " + f.label() + "…");
        running = tasks.submit(p -> {
            List<ExportFile> files = f.export(source.inputFor(f), fraction -> p.update(fraction, ""));
            String main = files.get(files.size() - 1).head(PREVIEW_CHARS + 1); // a novel's is not made whole
            return main.length() > PREVIEW_CHARS
                    ? main.substring(0, PREVIEW_CHARS) + "\n\n[… preview cut at " + PREVIEW_CHARS + " characters]\n"
                    : main;
        }, new BackgroundTasks.Listener<String>() {
            @Override
            public void onProgress(double fraction, String message) {
                if (mine == revision) {
                    progress.set(fraction);
                }
            }

            @Override
            public void onSuccess(String result) {
                if (mine == revision) {
                    preview.set(result);
                    progress.set(1);
                    busy.set(false);
                    status.set(f.label());
                }
            }

            @Override
            public void onError(Throwable error) {
                if (mine == revision) {
                    busy.set(false);
                    status.set("Could not render " + f.label() + ": " + error.getMessage());
                }
            }
        });
    }

    /**
     * Exports in the chosen format to {@code target}; brat writes {@code BASE.txt} and {@code BASE.ann} beside it.
     * {@code onDone} gets the written files, on the UI thread.
     */
    public void save(Path target, java.util.function.Consumer<List<Path>> onDone) {
        ExportFormat f = format.get();
        busy.set(true);
        progress.set(0);
        status.set("Saving…");
        tasks.submit(p -> write(f, target, fraction -> p.update(fraction, "")),
                new BackgroundTasks.Listener<List<Path>>() {
                    @Override
                    public void onProgress(double fraction, String message) {
                        progress.set(fraction);
                    }

                    @Override
                    public void onSuccess(List<Path> written) {
                        busy.set(false);
                        progress.set(1);
                        status.set("Saved " + written.get(written.size() - 1).getFileName());
                        onDone.accept(written);
                    }

                    @Override
                    public void onError(Throwable error) {
                        busy.set(false);
                        status.set("Could not save: " + error.getMessage());
                    }
                });
    }

    private List<Path> write(ExportFormat f, Path target, org.lector.export.ExportProgress progress)
            throws Exception {
        List<ExportFile> files = f.export(source.inputFor(f), progress);
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        List<Path> written = new ArrayList<>();
        for (ExportFile file : files) {
            Path out = files.size() == 1 ? target : target.resolveSibling(stem + "." + file.extension());
            file.writeTo(out); // as it is made: a novel's JSON-LD is not held whole
            written.add(out);
        }
        return written;
    }
}

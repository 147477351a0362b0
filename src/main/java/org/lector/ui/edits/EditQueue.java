package org.lector.ui.edits;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.lector.model.Analysis;
import org.lector.model.EntityMention;
import org.lector.model.Span;
import org.lector.reading.ReaderRecords;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.SpanIndex;
import org.lector.ui.reader.Highlights;
import org.lector.ui.reader.ReaderViewModel;
import org.lector.ui.reader.ShownNames;
import org.lector.ui.reader.StyledRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the reader's edits one after another, in the order they were made, each in the background, and keeps them
 * in one undo history. After each, the analysis with every edit applied is shown, restyling only what changed.
 * Quick keystrokes (three word steps of a boundary, an undo right after) reach the library in order and the last
 * analysis shown has them all; an edit the library does not take is explained, and the history, which no longer
 * matches the library, is dropped.
 */
final class EditQueue {

    private static final Logger LOG = LoggerFactory.getLogger(EditQueue.class);
    /** Most edits change a few highlights; beyond this many, one restyle of the whole text is quicker. */
    private static final int MAX_CHANGED_WINDOWS = 500;

    private final ReaderViewModel reader;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final Supplier<Corrections.Target> current;
    private final EditHistory history = new EditHistory();
    /** Edits waiting for the one being saved: they run one after another, in the order they were made. */
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private boolean saving;

    /** @param current the article edits go to now: an edit's result shows only while it is still that one's */
    EditQueue(ReaderViewModel reader, BackgroundTasks tasks, DialogService dialogs, Consumer<String> status,
            Supplier<Corrections.Target> current) {
        this.reader = reader;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.current = current;
    }

    /** Saves {@code edit} on {@code target} and records it in the history. */
    void apply(Corrections.Target target, EditHistory.Edit edit) {
        run(target, edit::redo, edit.description());
        history.record(edit);
    }

    void undo(Corrections.Target target) {
        history.takeUndo().ifPresentOrElse(edit -> run(target, edit::undo, "Undone: " + edit.description()),
                () -> status.accept("Nothing to undo."));
    }

    void redo(Corrections.Target target) {
        history.takeRedo().ifPresentOrElse(edit -> run(target, edit::redo, "Redone: " + edit.description()),
                () -> status.accept("Nothing to redo."));
    }

    boolean canUndo() {
        return history.canUndo();
    }

    boolean canRedo() {
        return history.canRedo();
    }

    /** Another article: the history of the last one is dropped. */
    void clearHistory() {
        history.clear();
    }

    /** Runs an edit in the background, then shows the analysis with every edit applied. */
    private void run(Corrections.Target target, EditHistory.Edit.Action action, String done) {
        if (target == null) {
            return;
        }
        queue.add(() -> {
            Analysis before = reader.analysisProperty().get();
            tasks.submit(progress -> {
                action.run();
                Analysis after = target.records().seen(target.auto());
                List<Span> changed = changedHighlights(before, after);
                return new Edited(after, changed, changed == null ? null
                        : Highlights.within(after, Set.of(), false, changed), ShownNames.index(after));
            }, edited -> {
                reader.names().offer(edited.analysis(), edited.names());
                if (current.get() == target) {
                    // Only the parts whose highlights changed are restyled: an edit on a novel repaints as
                    // quickly as one on an article.
                    if (edited.changed() != null && reader.analysisProperty().get() == before) {
                        reader.showPartialAnalysis(edited.analysis(), edited.changed(), edited.highlights());
                    } else {
                        reader.analysisProperty().set(edited.analysis());
                    }
                }
                status.accept(done);
                saveNext();
            }, error -> failed(target, done, error));
        });
        if (!saving) {
            saveNext();
        }
    }

    private void failed(Corrections.Target target, String done, Throwable error) {
        LOG.warn("edit failed: {}", done, error);
        history.clear();
        if (current.get() == target) {
            // Take back the preview of the edit: the text shows the analysis as the library holds it.
            reader.discardPreviews();
        }
        dialogs.showError("The change could not be saved", ReaderRecords.problem(error)
                .orElse("The library did not take it; the details are in the log."));
        saveNext();
    }

    private void saveNext() {
        Runnable next = queue.poll();
        saving = next != null;
        if (next != null) {
            next.run();
        }
    }

    /**
     * The analysis after an edit, the spans whose highlights it changed (null: restyle everything), and its names
     * by span.
     */
    private record Edited(Analysis analysis, List<Span> changed, List<StyledRange> highlights,
            SpanIndex<EntityMention> names) {
    }

    /**
     * The spans where {@code before} and {@code after} highlight differently (names, by type, and quotes), or null
     * when there is no {@code before} or too much changed to restyle part by part.
     */
    static List<Span> changedHighlights(Analysis before, Analysis after) {
        if (before == null) {
            return null;
        }
        Set<StyledRange> old = new HashSet<>(Highlights.of(before, Set.of(), false));
        Set<StyledRange> now = new HashSet<>(Highlights.of(after, Set.of(), false));
        List<Span> changed = new ArrayList<>();
        for (StyledRange r : old) {
            if (!now.contains(r)) {
                changed.add(r.span());
            }
        }
        for (StyledRange r : now) {
            if (!old.contains(r)) {
                changed.add(r.span());
            }
        }
        return changed.size() > MAX_CHANGED_WINDOWS ? null : changed;
    }
}

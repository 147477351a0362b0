package org.lector.ui.main;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Span;
import org.lector.store.AnnotationKind;
import org.lector.store.AnnotationRef;
import org.lector.store.Library;
import org.lector.store.StoreException;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;
import org.lector.ui.reader.Highlights;
import org.lector.ui.reader.ReaderViewModel;
import org.lector.ui.reader.StyledRange;
import org.lector.ui.reader.WordSnap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reader's edits to the shown article: each one saved through the library in the background (its own
 * transaction), recorded in one undo history, and followed by the analysis with every edit applied. Edits wait
 * for the article's analysis: they are made against the engine's output it is shown with.
 */
public final class Corrections {

    private static final Logger LOG = LoggerFactory.getLogger(Corrections.class);

    /** The article edits apply to: its library, version and the engine's analysis the edits are laid over. */
    record Target(Document document, Library library, long versionId, Analysis auto) {
    }

    private final ReaderViewModel reader;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final Supplier<Library> library;
    private final EditHistory history = new EditHistory();
    /** The newest edit sent to the background; the next one waits for it. */
    private CompletableFuture<Void> lastEdit = CompletableFuture.completedFuture(null);
    /** Where edits to the shown article go; null until its analysis is shown. */
    private Target target;

    Corrections(ReaderViewModel reader, BackgroundTasks tasks, DialogService dialogs, Consumer<String> status,
            Supplier<Library> library) {
        this.reader = Objects.requireNonNull(reader);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.status = Objects.requireNonNull(status);
        this.library = Objects.requireNonNull(library);
    }

    /** Another article is being analysed: edits wait for it, and the history of the last one is dropped. */
    void clearTarget() {
        target = null;
        history.clear();
    }

    void setTarget(Target target) {
        this.target = target;
    }


    /**
     * Tags the selection (snapped to whole words) as {@code type}; kept in the library and in the reader's
     * history, so Ctrl+Z takes it back.
     */
    public void tagSelection(Span selection, EntityType type) {
        Target target = editableTarget();
        if (target == null || selection.isEmpty()) {
            return;
        }
        Span span = WordSnap.snap(target.document().text(), selection);
        if (span.isEmpty()) {
            return;
        }
        String text = span.of(target.document().text());
        Span sameName = mentionNamed(text, type);
        reader.preview(span, type);
        String[] id = new String[1];
        DictionaryLearning.Lesson[] learned = new DictionaryLearning.Lesson[1];
        apply(target, new EditHistory.Edit() {
            @Override
            public String description() {
                return "Tagged \u201c" + text + "\u201d as " + type.label();
            }

            @Override
            public void redo() throws Exception {
                id[0] = target.library().annotations().addEntity(target.versionId(), span, type, "", sameName)
                        .get();
                learned[0] = DictionaryLearning.tagged(target.library(), text, type);
            }

            @Override
            public void undo() throws Exception {
                target.library().annotations().reject(target.versionId(),
                        new AnnotationRef(AnnotationKind.ENTITY, id[0], span)).get();
                learned[0].forget();
            }
        });
    }

    /**
     * Tags every occurrence of the selected words (whole words, same spelling) as {@code type}, except those
     * already highlighted with it; one step in the history, so one Ctrl+Z takes them all back.
     */
    public void tagEveryOccurrence(Span selection, EntityType type) {
        Target target = editableTarget();
        if (target == null || selection.isEmpty()) {
            return;
        }
        String text = target.document().text();
        Span first = WordSnap.snap(text, selection);
        if (first.isEmpty()) {
            return;
        }
        String words = first.of(text);
        Span sameName = mentionNamed(words, type);
        Analysis shown = reader.analysisProperty().get();
        Set<Span> alreadyTagged = new HashSet<>();
        if (shown != null) {
            shown.entities().stream().filter(m -> m.type() == type).forEach(m -> alreadyTagged.add(m.span()));
        }
        List<Span> spans = new ArrayList<>();
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            Span occurrence = new Span(at, at + words.length());
            if (WordSnap.snap(text, occurrence).equals(occurrence) && !alreadyTagged.contains(occurrence)) {
                spans.add(occurrence);
            }
        }
        if (spans.isEmpty()) {
            status.accept("Every \u201c" + words + "\u201d is already tagged as " + type.label() + ".");
            return;
        }
        List<String> ids = new ArrayList<>();
        DictionaryLearning.Lesson[] learned = new DictionaryLearning.Lesson[1];
        apply(target, new EditHistory.Edit() {
            @Override
            public String description() {
                return "Tagged " + spans.size() + " \u00d7 \u201c" + words + "\u201d as " + type.label();
            }

            @Override
            public void redo() throws Exception {
                ids.clear();
                for (Span span : spans) {
                    // One entity for them all: the one already named so, else the first one tagged.
                    Span anchor = sameName != null || span == spans.get(0) ? sameName : spans.get(0);
                    ids.add(target.library().annotations().addEntity(target.versionId(), span, type, "", anchor)
                            .get());
                }
                learned[0] = DictionaryLearning.tagged(target.library(), words, type);
            }

            @Override
            public void undo() throws Exception {
                for (int i = 0; i < ids.size(); i++) {
                    target.library().annotations().reject(target.versionId(),
                            new AnnotationRef(AnnotationKind.ENTITY, ids.get(i), spans.get(i))).get();
                }
                learned[0].forget();
            }
        });
    }

    /** Removes the highlighted name at {@code offset} (the caret), if there is one. */
    public void removeAt(int offset) {
        Target target = editableTarget();
        Analysis shown = reader.analysisProperty().get();
        if (target == null || shown == null) {
            return;
        }
        EntityMention mention = shown.entities().stream()
                .filter(m -> m.form() == MentionForm.NAME && !reader.hiddenTypes().contains(m.type()))
                .filter(m -> m.span().contains(offset) || (m.span().end() == offset && offset > 0))
                .min(Comparator.comparingInt(m -> m.span().length()))
                .orElse(null);
        if (mention == null) {
            status.accept("Nothing highlighted at the cursor to remove.");
            return;
        }
        reader.preview(mention.span(), null);
        AnnotationRef[] current = {AnnotationRef.of(mention)};
        // Removing the reader's own tag takes back a tag; removing the machine's (or the dictionary's) teaches.
        boolean teaches = !current[0].isUser();
        DictionaryLearning.Lesson[] learned = new DictionaryLearning.Lesson[1];
        apply(target, new EditHistory.Edit() {
            @Override
            public String description() {
                return "Removed \u201c" + mention.text() + "\u201d (" + mention.type().label() + ")";
            }

            @Override
            public void redo() throws Exception {
                target.library().annotations().reject(target.versionId(), current[0]).get();
                if (teaches) {
                    learned[0] = DictionaryLearning.removed(target.library(), mention.text(), mention.type());
                }
            }

            @Override
            public void undo() throws Exception {
                String id = target.library().annotations().addEntity(target.versionId(), mention.span(),
                        mention.type(), mention.subtype(), null).get();
                current[0] = new AnnotationRef(AnnotationKind.ENTITY, id, mention.span());
                if (teaches) {
                    learned[0].forget();
                }
            }
        });
    }

    /** Asks for a note (Markdown) on {@code passage}, or on the whole article when it is empty, and keeps it. */
    public void addNote(Span passage) {
        Target target = editableTarget();
        if (target == null) {
            return;
        }
        Span span = passage == null || passage.isEmpty() ? null : passage;
        String header = span == null ? "Note on the whole article"
                : "Note on \u201c" + abbreviate(span.of(target.document().text()), 80) + "\u201d";
        dialogs.askText(header, "Your note, in Markdown", "").ifPresent(text -> {
            String[] id = new String[1];
            apply(target, new EditHistory.Edit() {
                @Override
                public String description() {
                    return "Added a note";
                }

                @Override
                public void redo() throws Exception {
                    id[0] = target.library().annotations().addNote(target.versionId(), span, text).get();
                }

                @Override
                public void undo() throws Exception {
                    target.library().annotations().deleteNote(id[0]).get();
                }
            });
        });
    }

    public void undo() {
        Target target = this.target;
        history.takeUndo().ifPresentOrElse(edit -> run(target, edit::undo, "Undone: " + edit.description()),
                () -> status.accept("Nothing to undo."));
    }

    public void redo() {
        Target target = this.target;
        history.takeRedo().ifPresentOrElse(edit -> run(target, edit::redo, "Redone: " + edit.description()),
                () -> status.accept("Nothing to redo."));
    }

    Target editableTarget() {
        if (target != null && target.document() == reader.getDocument()) {
            return target;
        }
        if (library.get() == null) {
            dialogs.showError("Your edits need a library", "Lector keeps tags, removals and notes in its "
                    + "library, and none is open. Open or create one with File \u203a Open Library or New Library.");
        } else {
            status.accept("Edits can be made once the analysis of this article is done.");
        }
        return null;
    }

    /** Tells the reader something in the status bar. */
    void tell(String message) {
        status.accept(message);
    }

    /** One step of an edit, given the article it applies to. */
    @FunctionalInterface
    interface Step {
        void run(Target target) throws Exception;
    }

    /**
     * Makes an edit on the shown article: {@code redo} runs at once in the background, and the edit joins the
     * history so Ctrl+Z runs {@code undo}. Returns false, having told the reader why, when nothing can be edited.
     */
    boolean edit(String description, Step redo, Step undo) {
        Target target = editableTarget();
        if (target == null) {
            return false;
        }
        apply(target, new EditHistory.Edit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void redo() throws Exception {
                redo.run(target);
            }

            @Override
            public void undo() throws Exception {
                undo.run(target);
            }
        });
        return true;
    }

    void apply(Target target, EditHistory.Edit edit) {
        run(target, edit::redo, edit.description());
        history.record(edit);
    }

    /**
     * Runs an edit in the background, then shows the analysis with every edit applied. Only the parts of the text
     * whose highlights changed are restyled, so an edit on a novel repaints as quickly as one on an article.
     */
    private void run(Target target, EditHistory.Edit.Action action, String done) {
        if (target == null) {
            return;
        }
        Analysis before = reader.analysisProperty().get();
        // Edits run one after another in the order made, so an undo pressed at once waits for the edit it undoes.
        CompletableFuture<Void> previous = lastEdit;
        CompletableFuture<Void> mine = new CompletableFuture<>();
        lastEdit = mine;
        tasks.submit(progress -> {
            try {
                previous.exceptionally(e -> null).join();
                action.run();
                Analysis after = target.library().annotations().effective(target.versionId(), target.auto());
                return new Edited(after, changedHighlights(before, after));
            } finally {
                mine.complete(null);
            }
        }, edited -> {
            if (this.target == target) {
                if (edited.changed() != null && reader.analysisProperty().get() == before) {
                    reader.showPartialAnalysis(edited.analysis(), edited.changed());
                } else {
                    reader.analysisProperty().set(edited.analysis());
                }
            }
            status.accept(done);
        }, error -> {
            LOG.warn("edit failed: {}", done, error);
            history.clear();
            if (this.target == target) {
                // Take back any preview of the edit: show what the library holds.
                reader.analysisProperty().set(null);
                reader.analysisProperty().set(before);
            }
            Throwable cause = error instanceof ExecutionException && error.getCause() != null ? error.getCause() : error;
            dialogs.showError("The change could not be saved", cause instanceof StoreException
                    ? cause.getMessage() : "The library did not take it; the details are in the log.");
        });
    }

    /** The analysis after an edit, and the spans whose highlights it changed (null: restyle everything). */
    private record Edited(Analysis analysis, List<Span> changed) {
    }

    /** Most edits change a few highlights; beyond this many, one restyle of the whole text is quicker. */
    private static final int MAX_CHANGED_WINDOWS = 500;

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

    /**
     * A name mention of {@code type} reading {@code text} in the shown analysis, so what the reader tags joins the
     * entity already named so (one "French" in the Entities panel, not two); null when there is none.
     */
    private Span mentionNamed(String text, EntityType type) {
        Analysis shown = reader.analysisProperty().get();
        if (shown == null) {
            return null;
        }
        for (EntityMention m : shown.entities()) {
            if (m.type() == type && m.form() == MentionForm.NAME && m.text().equals(text)) {
                return m.span();
            }
        }
        return null;
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "\u2026";
    }
}

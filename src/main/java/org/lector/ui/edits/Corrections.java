package org.lector.ui.edits;

import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;
import org.lector.model.Analysis;
import org.lector.model.AnnotationKind;
import org.lector.model.AnnotationRef;
import org.lector.model.Document;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Span;
import org.lector.model.UserAction;
import org.lector.reading.ReaderRecords;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.SpanIndex;
import org.lector.ui.inspect.MentionEdits;
import org.lector.ui.reader.Highlights;
import org.lector.ui.reader.ReaderViewModel;
import org.lector.ui.reader.StyledRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reader's edits to the shown article: each one saved through the library in the background (its own
 * transaction), recorded in one undo history, and followed by the analysis with every edit applied. Edits wait
 * for the article's analysis: they are made against the engine's output it is shown with.
 */
public final class Corrections implements MentionEdits {

    private static final Logger LOG = LoggerFactory.getLogger(Corrections.class);

    /**
     * The article edits apply to: the reader's records of it in the library, and the engine's analysis (with the
     * dictionary) the records are laid over.
     */
    public record Target(Document document, ReaderRecords records, Analysis auto) {
    }

    private final ReaderViewModel reader;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final BooleanSupplier libraryOpen;
    private final EditQueue saves;
    private final Tagging tagging;
    /** Where edits to the shown article go; null until its analysis is shown. */
    private Target target;

    /**
     * @param status      tells the reader something in the status bar
     * @param libraryOpen whether a library is open, to say why an edit cannot be kept when none is
     */
    public Corrections(ReaderViewModel reader, BackgroundTasks tasks, DialogService dialogs, Consumer<String> status,
            BooleanSupplier libraryOpen) {
        this.reader = Objects.requireNonNull(reader);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.status = Objects.requireNonNull(status);
        this.libraryOpen = Objects.requireNonNull(libraryOpen);
        this.saves = new EditQueue(reader, tasks, dialogs, status, () -> this.target);
        this.tagging = new Tagging(this, reader);
    }

    /** Another article is being analysed: edits wait for it, and the history of the last one is dropped. */
    public void clearTarget() {
        target = null;
        saves.clearHistory();
    }

    /** The analysis of the shown article is shown: edits go to {@code target}, or nowhere when it is null. */
    public void setTarget(Target target) {
        this.target = target;
    }


    /**
     * Tags the selection (snapped to whole words) as {@code type}; kept in the library and in the reader's
     * history, so Ctrl+Z takes it back; words that are a name already are given this type instead. Returns
     * whether anything changed.
     */
    public boolean tagSelection(Span selection, EntityType type) {
        return tagging.tagSelection(selection, type);
    }

    /**
     * Tags every occurrence of the selected words (whole words, same spelling) as {@code type}, except those
     * already highlighted with it; one step in the history, so one Ctrl+Z takes them all back.
     */
    public void tagEveryOccurrence(Span selection, EntityType type) {
        tagging.tagEveryOccurrence(selection, type);
    }

    /** Removes the highlighted name at {@code offset} (the caret), if there is one; whether there was. */
    public boolean removeAt(int offset) {
        EntityMention mention = mentionAt(offset);
        if (mention == null) {
            status.accept("Nothing highlighted at the cursor to remove.");
            return false;
        }
        reject(mention.span());
        return true;
    }

    /**
     * The highlighted name at {@code offset} in the shown analysis (inside it, or right after its last character),
     * the shortest when names nest; null when there is none.
     */
    public EntityMention mentionAt(int offset) {
        return reader.names().at(offset, true);
    }

    @Override
    public Analysis engineAnalysis() {
        return target == null ? null : target.auto();
    }

    /**
     * Removes the mention at {@code span}. Undo brings the same one back: the engine's, by taking back the
     * rejection, or the reader's own, by restoring it.
     */
    @Override
    public void reject(Span span) {
        EntityMention[] removed = new EntityMention[1];
        DictionaryLearning.Lesson[] learned = new DictionaryLearning.Lesson[1];
        if (edit("Removed " + describe(span), t -> {
            EntityMention now = current(t, span);
            removed[0] = now;
            t.records().reject(AnnotationRef.of(now)).get();
            // Removing the reader's own tag takes back a tag; removing the machine's (or the dictionary's) teaches.
            learned[0] = isUser(now) ? null : DictionaryLearning.removed(t.records(), now.text(), now.type());
        }, t -> {
            if (isUser(removed[0])) {
                t.records().restoreOwn(removed[0].id()).get();
            } else {
                t.records().withdraw(UserAction.REJECT, AnnotationKind.ENTITY, span).get();
            }
            if (learned[0] != null) {
                learned[0].forget();
            }
        })) {
            reader.preview(span, null);
        }
    }

    /**
     * Gives the mention at {@code span} another type; undo gives it back the one it had. What each step does is
     * decided when it runs, against the library: edits made in quick succession act on each other's results.
     */
    @Override
    public void retype(Span span, EntityType type) {
        EntityMention shown = shownAt(span);
        if (shown != null && shown.type() == type) {
            status.accept("\u201c" + shown.text() + "\u201d is already " + article(type) + ".");
            return;
        }
        EntityMention[] before = new EntityMention[1];
        DictionaryLearning.Lesson[] learned = new DictionaryLearning.Lesson[1];
        if (edit("Made " + describe(span) + " " + article(type), t -> {
            before[0] = current(t, span);
            t.records().retype(before[0], type, "").get();
            learned[0] = DictionaryLearning.retyped(t.records(), before[0].text(), before[0].type(), type);
        }, t -> {
            if (isUser(before[0])) {
                t.records().retype(current(t, span), before[0].type(), before[0].subtype()).get();
            } else {
                t.records().withdraw(UserAction.RETYPE, AnnotationKind.ENTITY, span).get();
            }
            learned[0].forget();
        })) {
            reader.preview(span, type);
        }
    }

    /** Moves the mention at {@code span} to {@code to}; undo puts it back where it was. */
    @Override
    public void respan(Span span, Span to) {
        if (to.isEmpty() || to.equals(span)) {
            return;
        }
        boolean[] mine = new boolean[1];
        edit("Changed " + describe(span) + " to " + describe(to), t -> {
            EntityMention now = current(t, span);
            mine[0] = isUser(now);
            t.records().respan(now, to).get();
        }, t -> {
            if (mine[0]) {
                t.records().respan(current(t, to), span).get();
            } else {
                t.records().withdraw(UserAction.RESPAN, AnnotationKind.ENTITY, span).get();
            }
        });
    }

    /** Moves the mention at {@code span} into the entity of the mention at {@code into}. */
    @Override
    public void link(Span span, Span into) {
        edit("Linked " + describe(span) + " to " + entityName(into),
                t -> t.records().link(span, into).get(),
                t -> t.records().withdraw(UserAction.EDIT, AnnotationKind.CLUSTER, span).get());
    }

    /** Merges the entity of the mention at {@code absorbed} into the entity of the mention at {@code kept}. */
    @Override
    public void merge(Span kept, Span absorbed) {
        String keptName = entityName(kept);
        String absorbedName = entityName(absorbed);
        edit("Merged " + absorbedName + " into " + keptName,
                t -> t.records().merge(kept, absorbed).get(),
                t -> t.records().withdraw(UserAction.MERGE, AnnotationKind.CLUSTER, absorbed).get());
    }

    /** Takes the mention at {@code span} out of its entity into one of its own. */
    @Override
    public void split(Span span) {
        edit("Split " + describe(span) + " out of " + entityName(span),
                t -> t.records().split(span).get(),
                t -> t.records().withdraw(UserAction.EDIT, AnnotationKind.CLUSTER, span).get());
    }

    /** The mention at exactly {@code span} in the shown analysis, a name before other forms; null when none. */
    private EntityMention shownAt(Span span) {
        // The names index first: a digit on a name of a novel lands here, and walking 70,000 mentions on the FX
        // thread would cost the key its frame. Nominals and pronouns are not in it; they are rare here.
        EntityMention name = reader.names().exactly(span);
        Analysis shown = reader.analysisProperty().get();
        return name != null || shown == null ? name : at(shown, span);
    }

    private static EntityMention at(Analysis analysis, Span span) {
        return analysis.entities().stream().filter(m -> m.span().equals(span))
                .min(Comparator.comparing(m -> m.form() == MentionForm.NAME ? 0 : 1)).orElse(null);
    }

    /**
     * The mention at {@code span} as the library has it now, with every edit so far applied: an edit redone after
     * others were undone must act on the annotation as it is then, not on the one the reader first saw.
     */
    private static EntityMention current(Target t, Span span) {
        EntityMention m = at(t.records().seen(t.auto()), span);
        if (m == null) {
            throw new IllegalStateException("no mention at " + span.start() + "\u2013" + span.end());
        }
        return m;
    }

    private static boolean isUser(EntityMention m) {
        return AnnotationRef.of(m).isUser();
    }

    /** The words at {@code span}, quoted, for the status bar. */
    private String describe(Span span) {
        Document doc = reader.getDocument();
        return doc == null || span.end() > doc.text().length() ? "the name"
                : "\u201c" + abbreviate(span.of(doc.text()), 60) + "\u201d";
    }

    /** The name of the entity the mention at {@code span} belongs to, quoted, for the status bar. */
    private String entityName(Span span) {
        Analysis shown = reader.analysisProperty().get();
        EntityMention m = shown == null ? null : at(shown, span);
        if (m == null) {
            return "another entity";
        }
        String name = shown.clusters().stream().filter(c -> c.id().equals(m.clusterId())).map(c -> c.name())
                .findFirst().orElse(m.text());
        return "\u201c" + name + "\u201d";
    }

    private static String article(EntityType type) {
        String label = type.label();
        return ("AEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    /** Asks for a note (Markdown) on {@code passage}, or on the whole article when it is empty, and keeps it. */
    @Override
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
                    id[0] = target.records().addNote(span, text).get();
                }

                @Override
                public void undo() throws Exception {
                    target.records().deleteNote(id[0]).get();
                }
            });
        });
    }

    @Override
    public void undo() {
        saves.undo(target);
    }

    /** Whether an edit to the shown article can be undone (the history holds edits of this version only). */
    public boolean canUndo() {
        return saves.canUndo();
    }

    public boolean canRedo() {
        return saves.canRedo();
    }

    @Override
    public void redo() {
        saves.redo(target);
    }

    /**
     * Where edits to the shown article go, or null (having told the reader why) when it cannot be edited yet or
     * without a library.
     */
    public Target editableTarget() {
        if (target != null && target.document() == reader.getDocument()) {
            return target;
        }
        if (!libraryOpen.getAsBoolean()) {
            dialogs.showError("Your edits need a library", "Lector keeps tags, removals and notes in its "
                    + "library, and none is open. Open or create one with File \u203a Open Library or New Library.");
        } else {
            status.accept("Edits can be made once the analysis of this article is done.");
        }
        return null;
    }

    /** Tells the reader something in the status bar. */
    public void tell(String message) {
        status.accept(message);
    }

    /** One step of an edit, given the article it applies to. */
    @FunctionalInterface
    public interface Step {
        void run(Target target) throws Exception;
    }

    /**
     * Makes an edit on the shown article: {@code redo} runs at once in the background, and the edit joins the
     * history so Ctrl+Z runs {@code undo}. Returns false, having told the reader why, when nothing can be edited.
     */
    public boolean edit(String description, Step redo, Step undo) {
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
        saves.apply(target, edit);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "\u2026";
    }
}

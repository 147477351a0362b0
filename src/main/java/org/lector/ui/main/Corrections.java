package org.lector.ui.main;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.lector.model.Analysis;
import org.lector.model.AnnotationKind;
import org.lector.model.AnnotationRef;
import org.lector.model.Document;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Span;
import org.lector.model.UserAction;
import org.lector.reading.LibraryPlace;
import org.lector.store.AnnotationRepository;
import org.lector.store.Library;
import org.lector.store.StoreException;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.SpanIndex;
import org.lector.ui.inspect.MentionEdits;
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
public final class Corrections implements MentionEdits {

    private static final Logger LOG = LoggerFactory.getLogger(Corrections.class);

    /** The article edits apply to: where the library keeps it, and the engine's analysis the edits are laid over. */
    record Target(Document document, LibraryPlace place, Analysis auto) {

        Library library() {
            return place.library();
        }

        long versionId() {
            return place.versionId();
        }
    }

    private final ReaderViewModel reader;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final Supplier<Library> library;
    private final EditHistory history = new EditHistory();
    /** Where edits to the shown article go; null until its analysis is shown. */
    private Target target;
    /** Edits waiting for the one being saved: they run one after another, in the order they were made. */
    private final Deque<Runnable> queue = new ArrayDeque<>();
    /** {@link #mentionAt}'s index and the analysis it was built from (an edit builds the next in the background). */
    private SpanIndex<EntityMention> names;
    private Analysis namesOf;
    private boolean saving;

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
     * history, so Ctrl+Z takes it back; words that are a name already are given this type instead. Returns
     * whether anything changed.
     */
    public boolean tagSelection(Span selection, EntityType type) {
        Target target = editableTarget();
        if (target == null || selection.isEmpty()) {
            return false;
        }
        Span span = WordSnap.snap(target.document().text(), selection);
        if (span.isEmpty()) {
            return false;
        }
        EntityMention already = nameAt(span);
        if (already != null) {
            // The words are a name already: the digit gives it this type, as in review mode and on the card.
            retype(span, type);
            return already.type() != type;
        }
        String text = span.of(target.document().text());
        Analysis shown = reader.analysisProperty().get();
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
                // Found here, in the background: on a novel it is a walk over some 70,000 mentions.
                Span sameName = mentionNamed(shown, text, type);
                id[0] = target.library().annotations().addEntity(target.versionId(), span, type, "", sameName)
                        .get();
                learned[0] = DictionaryLearning.tagged(target.library(), text, type);
            }

            @Override
            public void undo() throws Exception {
                target.library().annotations().reject(target.versionId(),
                        AnnotationRef.user(AnnotationKind.ENTITY, id[0], span)).get();
                learned[0].forget();
            }
        });
        return true;
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
        Analysis shown = reader.analysisProperty().get();
        Span sameName = mentionNamed(shown, words, type);
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
                            AnnotationRef.user(AnnotationKind.ENTITY, ids.get(i), spans.get(i))).get();
                }
                learned[0].forget();
            }
        });
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
        SpanIndex<EntityMention> names = shownNames();
        if (names == null) {
            return null;
        }
        EntityMention best = null;
        for (EntityMention m : names.overlapping(new Span(Math.max(0, offset - 1), offset + 1))) {
            Span span = m.span();
            boolean at = span.contains(offset) || (span.end() == offset && offset > 0);
            if (at && (best == null || span.length() < best.span().length())
                    && !reader.hiddenTypes().contains(m.type())) {
                best = m;
            }
        }
        return best;
    }

    /** The name mention the shown analysis has at exactly {@code span}, or null. */
    private EntityMention nameAt(Span span) {
        SpanIndex<EntityMention> names = shownNames();
        return names == null ? null
                : names.overlapping(span).stream().filter(m -> m.span().equals(span)).findFirst().orElse(null);
    }

    /** The shown analysis's names by span (built now if the last edit did not build it), or null. */
    private SpanIndex<EntityMention> shownNames() {
        Analysis shown = reader.analysisProperty().get();
        if (shown == null) {
            return null;
        }
        if (namesOf != shown) {
            names = nameIndex(shown);
            namesOf = shown;
        }
        return names;
    }

    /** The name mentions of {@code analysis} by span: a novel has some 70,000, and a key press looks up one. */
    private static SpanIndex<EntityMention> nameIndex(Analysis analysis) {
        return SpanIndex.of(analysis.entities().stream().filter(m -> m.form() == MentionForm.NAME).toList(),
                m -> List.of(m.span()));
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
            repository(t).reject(t.versionId(), AnnotationRef.of(now)).get();
            // Removing the reader's own tag takes back a tag; removing the machine's (or the dictionary's) teaches.
            learned[0] = isUser(now) ? null : DictionaryLearning.removed(t.library(), now.text(), now.type());
        }, t -> {
            if (isUser(removed[0])) {
                repository(t).restore(removed[0].id()).get();
            } else {
                repository(t).withdraw(t.versionId(), UserAction.REJECT, AnnotationKind.ENTITY, span).get();
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
            repository(t).retype(t.versionId(), before[0], type, "").get();
            learned[0] = DictionaryLearning.retyped(t.library(), before[0].text(), before[0].type(), type);
        }, t -> {
            if (isUser(before[0])) {
                repository(t).retype(t.versionId(), current(t, span), before[0].type(), before[0].subtype()).get();
            } else {
                repository(t).withdraw(t.versionId(), UserAction.RETYPE, AnnotationKind.ENTITY, span).get();
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
            repository(t).respan(t.versionId(), now, to).get();
        }, t -> {
            if (mine[0]) {
                repository(t).respan(t.versionId(), current(t, to), span).get();
            } else {
                repository(t).withdraw(t.versionId(), UserAction.RESPAN, AnnotationKind.ENTITY, span).get();
            }
        });
    }

    /** Moves the mention at {@code span} into the entity of the mention at {@code into}. */
    @Override
    public void link(Span span, Span into) {
        edit("Linked " + describe(span) + " to " + entityName(into),
                t -> repository(t).linkMention(t.versionId(), span, into).get(),
                t -> repository(t).withdraw(t.versionId(), UserAction.EDIT, AnnotationKind.CLUSTER, span).get());
    }

    /** Merges the entity of the mention at {@code absorbed} into the entity of the mention at {@code kept}. */
    @Override
    public void merge(Span kept, Span absorbed) {
        String keptName = entityName(kept);
        String absorbedName = entityName(absorbed);
        edit("Merged " + absorbedName + " into " + keptName,
                t -> repository(t).mergeClusters(t.versionId(), kept, absorbed).get(),
                t -> repository(t).withdraw(t.versionId(), UserAction.MERGE, AnnotationKind.CLUSTER, absorbed).get());
    }

    /** Takes the mention at {@code span} out of its entity into one of its own. */
    @Override
    public void split(Span span) {
        edit("Split " + describe(span) + " out of " + entityName(span),
                t -> repository(t).splitMention(t.versionId(), span).get(),
                t -> repository(t).withdraw(t.versionId(), UserAction.EDIT, AnnotationKind.CLUSTER, span).get());
    }

    /** The mention at exactly {@code span} in the shown analysis, a name before other forms; null when none. */
    private EntityMention shownAt(Span span) {
        // The names index first: a digit on a name of a novel lands here, and walking 70,000 mentions on the FX
        // thread would cost the key its frame. Nominals and pronouns are not in it; they are rare here.
        EntityMention name = nameAt(span);
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
        EntityMention m = at(t.place().seen(t.auto()), span);
        if (m == null) {
            throw new IllegalStateException("no mention at " + span.start() + "\u2013" + span.end());
        }
        return m;
    }

    private static AnnotationRepository repository(Target t) {
        return t.library().annotations();
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
                    id[0] = target.library().annotations().addNote(target.versionId(), span, text).get();
                }

                @Override
                public void undo() throws Exception {
                    target.library().annotations().deleteNote(id[0]).get();
                }
            });
        });
    }

    @Override
    public void undo() {
        Target target = this.target;
        history.takeUndo().ifPresentOrElse(edit -> run(target, edit::undo, "Undone: " + edit.description()),
                () -> status.accept("Nothing to undo."));
    }

    @Override
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
     * Runs an edit in the background, then shows the analysis with every edit applied. Edits run one at a time in
     * the order they were made, so quick keystrokes (three word steps of a boundary, an undo right after) reach the
     * library in order and the last analysis shown has them all.
     */
    private void run(Target target, EditHistory.Edit.Action action, String done) {
        if (target == null) {
            return;
        }
        queue.add(() -> {
            Analysis before = reader.analysisProperty().get();
            tasks.submit(progress -> {
                action.run();
                Analysis after = target.place().seen(target.auto());
                return new Edited(after, changedHighlights(before, after), nameIndex(after));
            }, edited -> {
                names = edited.names();
                namesOf = edited.analysis();
                if (this.target == target) {
                    // Only the parts whose highlights changed are restyled: an edit on a novel repaints as
                    // quickly as one on an article.
                    if (edited.changed() != null && reader.analysisProperty().get() == before) {
                        reader.showPartialAnalysis(edited.analysis(), edited.changed());
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

    private void failed(Target target, String done, Throwable error) {
        LOG.warn("edit failed: {}", done, error);
        history.clear();
        if (this.target == target) {
            // Take back the preview of the edit: the text shows the analysis as the library holds it.
            reader.discardPreviews();
        }
        Throwable cause = error instanceof ExecutionException && error.getCause() != null ? error.getCause() : error;
        dialogs.showError("The change could not be saved", cause instanceof StoreException
                ? cause.getMessage() : "The library did not take it; the details are in the log.");
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
    private record Edited(Analysis analysis, List<Span> changed, SpanIndex<EntityMention> names) {
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
     * A name mention of {@code type} reading {@code text} in {@code shown}, so what the reader tags joins the
     * entity already named so (one "French" in the Entities panel, not two); null when there is none.
     */
    private static Span mentionNamed(Analysis shown, String text, EntityType type) {
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

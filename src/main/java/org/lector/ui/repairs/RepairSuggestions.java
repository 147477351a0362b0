package org.lector.ui.repairs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lector.model.Document;
import org.lector.model.Repair;
import org.lector.model.RepairKind;
import org.lector.model.Span;
import org.lector.reading.ArticleRepairs;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;
import org.lector.ui.edits.Corrections;
import org.lector.ui.reader.ReaderViewModel;
import org.lector.ui.reader.StyledRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The repair suggestions of the shown article ({@link ArticleRepairs}: glued words, lost apostrophes, line-end hyphens,
 * garbled accents), found in the background when it is shown, less those the reader dismissed before, laid over the
 * text as a quiet underline. Accepting changes the text as a new version of the article in the library (the
 * original stays; the reader's annotations are carried over), which is then shown; undo takes it back. Dismissing
 * is an edit like any other, kept per document. FX thread only; the library is used in the background.
 */
public final class RepairSuggestions {

    private static final Logger LOG = LoggerFactory.getLogger(RepairSuggestions.class);
    /** The style class of the underline (see base.css). */
    public static final String STYLE_CLASS = "repair-suggestion";

    /** A version made by accepting repairs: what undo takes back and redo makes again. */
    private record Revision(long base, long revision, List<Repair> repairs, String description) {
    }

    private final ReaderViewModel reader;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Corrections corrections;
    private final ArticleRepairs library;
    private final Consumer<Document> show;
    private final ObservableList<Repair> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final Deque<Revision> undone = new ArrayDeque<>();
    private final Deque<Revision> done = new ArrayDeque<>();
    /** The source the undo history is of: another article drops it. */
    private String historySource;
    /** The library version whose text is shown, or -1 when it is not known (no library, not filed yet). */
    private long versionId = -1;
    /** The document {@link #suggestions} are of. */
    private Document foundFor;
    private BackgroundTasks.Handle finding;
    /** Whether a search of the shown article waits for the FX thread's next turn (see {@link #find}). */
    private boolean findQueued;
    /** Where the text just changed, to show once the new version is laid out. */
    private Span revealWhenShown;

    /**
     * @param library the article's repairs where the library open now keeps it
     * @param show    shows a version of the article kept in the library
     */
    public RepairSuggestions(ReaderViewModel reader, BackgroundTasks tasks, DialogService dialogs,
            Corrections corrections, ArticleRepairs library, Consumer<Document> show) {
        this.reader = Objects.requireNonNull(reader);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.corrections = Objects.requireNonNull(corrections);
        this.library = Objects.requireNonNull(library);
        this.show = Objects.requireNonNull(show);
        reader.documentProperty().addListener((obs, old, doc) -> find(doc));
        // Filed in the library while it was read, or only when its analysis looked it up: then its dismissals count.
        reader.analysisProperty().addListener((obs, old, analysis) -> {
            Document doc = reader.getDocument();
            if (analysis != null && doc != null && doc == foundFor && versionId < 0 && library.hasLibrary()) {
                find(doc);
            }
        });
        reader.laidOutProperty().addListener((obs, old, doc) -> {
            Span at = revealWhenShown;
            if (doc != null && doc == reader.getDocument() && at != null && at.end() <= doc.length()) {
                revealWhenShown = null;
                reader.reveal(at);
            }
        });
        find(reader.getDocument());
    }

    /** The shown article's suggestions, in text order. */
    public ObservableList<Repair> list() {
        return suggestions;
    }

    /** Whether a repair is being saved or taken back. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The suggestion covering {@code offset}, or null. */
    public Repair at(int offset) {
        for (Repair r : suggestions) {
            if (r.start() <= offset && offset < r.end()) {
                return r;
            }
            if (r.start() > offset) {
                break;
            }
        }
        return null;
    }

    /** The suggestions of {@code kind}. */
    public List<Repair> ofKind(RepairKind kind) {
        return suggestions.stream().filter(r -> r.kind() == kind).toList();
    }

    private void find(Document doc) {
        if (finding != null) {
            finding.cancel();
        }
        if (doc != foundFor) {
            suggestions.clear();
            reader.suggestionsProperty().set(List.of());
            versionId = -1;
        }
        foundFor = doc;
        if (doc == null) {
            return;
        }
        if (historySource != null && !historySource.equals(doc.source())) {
            done.clear();
            undone.clear();
            historySource = null;
        }
        if (!findQueued) {
            // Searched from the FX thread's next turn: an article reopened from the library gets its text and its
            // analysis in one turn, and each asked for a search. One search then serves both, and it starts once the
            // text and its highlights are set, instead of competing with them for the two cores.
            findQueued = true;
            tasks.onUiThread(() -> {
                findQueued = false;
                if (foundFor != null && foundFor == reader.getDocument()) {
                    search(foundFor);
                }
            });
        }
    }

    private void search(Document doc) {
        finding = tasks.submit(progress -> library.find(doc), found -> {
            if (found.document() != reader.getDocument()) {
                return;
            }
            versionId = found.versionId();
            suggestions.setAll(found.suggestions());
            reader.suggestionsProperty().set(found.suggestions().stream()
                    .map(r -> new StyledRange(r.span(), STYLE_CLASS)).toList());
        }, error -> LOG.warn("repair suggestions of {} not found", doc.source(), error));
    }

    /** Accepts one suggestion: the article's text changes as a new version of it. */
    public void accept(Repair repair) {
        accept(List.of(repair), "Repaired \u201c" + repair.text() + "\u201d as \u201c" + repair.replacement()
                + "\u201d");
    }

    /** Accepts every suggestion of {@code kind}, as one new version (one step for undo). */
    public void acceptAll(RepairKind kind) {
        List<Repair> all = ofKind(kind);
        if (!all.isEmpty()) {
            accept(all, "Repaired " + all.size() + " \u00d7 " + kind.label().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private void accept(List<Repair> repairs, String description) {
        if (!usable() || busy.get()) {
            return;
        }
        long base = versionId;
        String source = reader.getDocument().source();
        busy.set(true);
        tasks.submit(progress -> library.accept(base, repairs), revised -> {
            busy.set(false);
            if (!Objects.equals(historySource, source)) {
                done.clear();
                historySource = source;
            }
            done.push(new Revision(base, revised.versionId(), repairs, description));
            undone.clear();
            showVersion(revised.document(), repairs.get(0).start(), repairs.get(0).replacement().length());
            corrections.tell(description + lost(revised.orphaned()));
        }, error -> failed("The repair could not be made", error));
    }

    private static String lost(int orphans) {
        return orphans == 0 ? "." : "; " + orphans + " of your annotations lost their place and are kept under Notes.";
    }

    /** Whether a repair can be taken back (the latest step of the shown article's history is a repair). */
    public boolean canUndo() {
        return !done.isEmpty() && reader.getDocument() != null
                && reader.getDocument().source().equals(historySource);
    }

    public boolean canRedo() {
        return !undone.isEmpty() && reader.getDocument() != null
                && reader.getDocument().source().equals(historySource);
    }

    /** Takes the last repair back: the version it was made from is shown again, with the reader's annotations. */
    public void undo() {
        if (!usable() || busy.get() || !canUndo()) {
            return;
        }
        Revision r = done.pop();
        busy.set(true);
        tasks.submit(progress -> library.undo(r.revision()), base -> {
            busy.set(false);
            undone.push(r);
            Repair first = r.repairs().get(0);
            showVersion(base.document(), first.start(), first.text().length());
            corrections.tell("Undone: " + r.description());
        }, error -> {
            done.clear();
            failed("The repair could not be taken back", error);
        });
    }

    /** Makes the repair taken back again. */
    public void redo() {
        if (!usable() || busy.get() || !canRedo()) {
            return;
        }
        Revision r = undone.pop();
        busy.set(true);
        tasks.submit(progress -> library.accept(r.base(), r.repairs()), revised -> {
            busy.set(false);
            done.push(new Revision(r.base(), revised.versionId(), r.repairs(), r.description()));
            Repair first = r.repairs().get(0);
            showVersion(revised.document(), first.start(), first.replacement().length());
            corrections.tell("Redone: " + r.description());
        }, error -> {
            undone.clear();
            failed("The repair could not be made again", error);
        });
    }

    /** Dismisses one suggestion: it is no longer shown, in this version or later ones. Undo brings it back. */
    public void dismiss(Repair repair) {
        dismiss(List.of(repair), "Dismissed the suggestion \u201c" + repair.text() + "\u201d \u2192 \u201c"
                + repair.replacement() + "\u201d");
    }

    /** Dismisses every suggestion of {@code kind}, as one step for undo. */
    public void dismissAll(RepairKind kind) {
        List<Repair> all = ofKind(kind);
        if (!all.isEmpty()) {
            dismiss(all, "Dismissed " + all.size() + " suggestions (" + kind.label().toLowerCase(java.util.Locale.ROOT)
                    + ")");
        }
    }

    private void dismiss(List<Repair> repairs, String description) {
        if (!usable()) {
            return;
        }
        long version = versionId;
        Document doc = reader.getDocument();
        List<Long> ids = new ArrayList<>();
        boolean made = corrections.edit(description, t -> {
            ids.clear();
            for (Repair r : repairs) {
                ids.add(library.dismiss(version, r));
            }
            tasks.onUiThread(() -> remove(doc, repairs));
        }, t -> {
            for (long id : ids) {
                library.undismiss(id);
            }
            tasks.onUiThread(() -> restore(doc, repairs));
        });
        if (made) {
            remove(doc, repairs);
        }
    }

    private void remove(Document doc, List<Repair> repairs) {
        if (doc == reader.getDocument() && doc == foundFor) {
            suggestions.removeAll(repairs);
            underline();
        }
    }

    private void restore(Document doc, List<Repair> repairs) {
        if (doc == reader.getDocument() && doc == foundFor) {
            List<Repair> all = new ArrayList<>(suggestions);
            for (Repair r : repairs) {
                if (!all.contains(r)) {
                    all.add(r);
                }
            }
            all.sort(java.util.Comparator.comparingInt(Repair::start));
            suggestions.setAll(all);
            underline();
        }
    }

    private void underline() {
        reader.suggestionsProperty().set(suggestions.stream().map(r -> new StyledRange(r.span(), STYLE_CLASS))
                .toList());
    }

    /** Shows a version of the article, the changed passage revealed once it is laid out. */
    private void showVersion(Document document, int start, int length) {
        revealWhenShown = new Span(start, start + length);
        show.accept(document);
    }

    /** Whether the shown text is filed in a library, so repairs can be made; else the reader is told why. */
    private boolean usable() {
        if (!library.hasLibrary()) {
            dialogs.showError("Repairs need a library", "Lector keeps the repaired text as a new version of the "
                    + "article in its library, and none is open. Open or create one with File \u203a Open Library "
                    + "or New Library.");
            return false;
        }
        if (versionId < 0 || reader.getDocument() == null) {
            corrections.tell("Repairs can be made once the article is in your library; try again in a moment.");
            return false;
        }
        return true;
    }

    private void failed(String header, Throwable error) {
        busy.set(false);
        LOG.warn("{}", header, error);
        dialogs.showError(header, ArticleRepairs.problem(error)
                .orElse("The library did not take it; the details are in the log."));
    }
}

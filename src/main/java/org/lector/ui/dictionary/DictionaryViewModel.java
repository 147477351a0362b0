package org.lector.ui.dictionary;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.lector.model.DictionaryAction;
import org.lector.model.DictionaryEntry;
import org.lector.model.EntityType;
import org.lector.store.Library;
import org.lector.store.StoreException;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dictionary window's state: the entries of the open library, a filter over their text and type, and the
 * actions change (type or rule) and delete, with one step of undo for the last delete. Every library call runs in
 * the background; the list is read again after each change.
 */
public final class DictionaryViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DictionaryViewModel.class);

    /** As a reader looks for a word: case aside first, then type. */
    private static final Comparator<DictionaryEntry> BY_TEXT = Comparator
            .comparing(DictionaryEntry::text, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(DictionaryEntry::text).thenComparing(e -> typeLabel(e.type()));

    private final Supplier<Library> library;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final ObservableList<DictionaryEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<DictionaryEntry> shown = new FilteredList<>(entries);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<DictionaryEntry> lastDeleted = FXCollections.observableArrayList();
    private boolean libraryOpen;

    public DictionaryViewModel(Supplier<Library> library, BackgroundTasks tasks, DialogService dialogs) {
        this.library = library;
        this.tasks = tasks;
        this.dialogs = dialogs;
        filter.addListener((obs, old, f) -> shown.setPredicate(matcher(f)));
    }

    /** The entries the filter lets through, by text (whatever its case) then type. */
    public ObservableList<DictionaryEntry> shown() {
        return shown;
    }

    /** Every entry of the open library. */
    public ObservableList<DictionaryEntry> entries() {
        return entries;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** What the window says: how many entries, what was just changed, or why there are none. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the last delete can still be undone. */
    public BooleanBinding canUndoDeleteBinding() {
        return Bindings.isNotEmpty(lastDeleted);
    }

    /** Whether a library is open, as of the last {@link #refresh}. */
    public boolean isLibraryOpen() {
        return libraryOpen;
    }

    /** Reads the entries again. */
    public void refresh() {
        Library lib = library.get();
        libraryOpen = lib != null;
        if (lib == null) {
            entries.clear();
            status.set("No library is open, so there is no dictionary. Use File \u203a Open Library or New "
                    + "Library.");
            return;
        }
        reload(lib, null);
    }

    /** Changes the type of {@code entry}. */
    public void changeType(DictionaryEntry entry, String type) {
        if (!type.equals(entry.type())) {
            change(entry, new DictionaryEntry(entry.text(), type, entry.action(), Instant.now()));
        }
    }

    /** Changes whether {@code entry} always or never tags its text. */
    public void changeAction(DictionaryEntry entry, DictionaryAction action) {
        if (action != entry.action()) {
            change(entry, new DictionaryEntry(entry.text(), entry.type(), action, Instant.now()));
        }
    }

    private void change(DictionaryEntry old, DictionaryEntry changed) {
        Library lib = library.get();
        if (lib == null) {
            return;
        }
        tasks.submit(progress -> {
            lib.dictionary().update(old, changed).get();
            return null;
        }, done -> reload(lib, "\u201c" + changed.text() + "\u201d is now " + rule(changed) + "."),
                error -> failed("The change could not be saved", error, lib));
    }

    /** Deletes {@code selected}; {@link #undoDelete} puts them back. */
    public void delete(List<DictionaryEntry> selected) {
        Library lib = library.get();
        if (lib == null || selected.isEmpty()) {
            return;
        }
        List<DictionaryEntry> gone = List.copyOf(selected);
        tasks.submit(progress -> {
            for (DictionaryEntry e : gone) {
                lib.dictionary().delete(e.text(), e.type()).get();
            }
            return null;
        }, done -> {
            lastDeleted.setAll(gone);
            reload(lib, gone.size() == 1 ? "Deleted \u201c" + gone.get(0).text() + "\u201d (" + rule(gone.get(0))
                    + ")." : "Deleted " + gone.size() + " entries.");
        }, error -> failed("The entries could not be deleted", error, lib));
    }

    /** Puts back what the last delete took away. */
    public void undoDelete() {
        Library lib = library.get();
        if (lib == null || lastDeleted.isEmpty()) {
            return;
        }
        List<DictionaryEntry> back = List.copyOf(lastDeleted);
        lastDeleted.clear();
        tasks.submit(progress -> {
            for (DictionaryEntry e : back) {
                lib.dictionary().put(e).get();
            }
            return null;
        }, done -> reload(lib, back.size() == 1 ? "\u201c" + back.get(0).text() + "\u201d is back."
                : back.size() + " entries are back."),
                error -> failed("The entries could not be put back", error, lib));
    }

    /** "always a Place", "never a Person": what an entry does, in words. */
    public static String rule(DictionaryEntry e) {
        return (e.action() == DictionaryAction.ACCEPT ? "always " : "never ") + article(typeLabel(e.type()));
    }

    /** The label of a type id ("Place"), or the id itself for a type Lector does not know. */
    public static String typeLabel(String type) {
        for (EntityType t : EntityType.values()) {
            if (t.id().equals(type)) {
                return t.label();
            }
        }
        return type;
    }

    private static String article(String label) {
        return ("AEIOU".indexOf(Character.toUpperCase(label.isEmpty() ? 'x' : label.charAt(0))) >= 0 ? "an "
                : "a ") + label;
    }

    private void reload(Library lib, String message) {
        tasks.submit(progress -> lib.dictionary().list(), list -> {
            if (library.get() != lib) {
                return;
            }
            entries.setAll(list.stream().sorted(BY_TEXT).toList());
            String count = list.isEmpty() ? "" : list.size() == 1 ? "1 entry." : list.size() + " entries.";
            status.set(message == null ? count : message + " " + count);
        }, error -> failed("Your dictionary could not be read", error, lib));
    }

    private void failed(String header, Throwable error, Library lib) {
        Throwable cause = error instanceof ExecutionException && error.getCause() != null ? error.getCause() : error;
        LOG.warn("{}", header, cause);
        dialogs.showError(header, cause instanceof StoreException ? cause.getMessage()
                : "The library did not take it; the details are in the log.");
        if (library.get() == lib) {
            tasks.submit(progress -> lib.dictionary().list(), list -> entries.setAll(list.stream().sorted(BY_TEXT)
                    .toList()), e -> LOG.warn("re-reading the dictionary failed", e));
        }
    }

    private static java.util.function.Predicate<DictionaryEntry> matcher(String filter) {
        String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        if (f.isEmpty()) {
            return null;
        }
        return e -> e.text().toLowerCase(Locale.ROOT).contains(f)
                || typeLabel(e.type()).toLowerCase(Locale.ROOT).contains(f)
                || rule(e).contains(f);
    }
}

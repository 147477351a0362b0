package org.lector.ui.people;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lector.library.Dossier;
import org.lector.library.Identities;
import org.lector.library.People;
import org.lector.library.Person;
import org.lector.model.Document;
import org.lector.model.IdentityEdit;
import org.lector.model.Span;
import org.lector.reading.LibraryViews;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.LibraryArticles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The People window's state: every person and speaking organisation of the library, a search over their names,
 * the dossier of the one chosen, and the reader's merges and splits of identities (kept as records of their own,
 * undone newest first). The library is read in the background; properties change on the FX thread only.
 */
public final class PeopleViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(PeopleViewModel.class);

    private final Supplier<LibraryViews> views;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final BiConsumer<Document, Span> opener;
    private final ObservableList<Person> shown = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<Person> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyObjectWrapper<Dossier> dossier = new ReadOnlyObjectWrapper<>(this, "dossier");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<IdentityEdit> lastEdit = new ReadOnlyObjectWrapper<>(this, "lastEdit");
    private Identities people = People.resolve(List.of(), List.of(), List.of(), List.of());
    private long dossierRevision;

    /**
     * @param views  the views across the open library, or null from the supplier when none is open
     * @param opener shows an article with a passage selected (a quote chosen in a dossier)
     */
    public PeopleViewModel(Supplier<LibraryViews> views, BackgroundTasks tasks, DialogService dialogs,
            BiConsumer<Document, Span> opener) {
        this.views = views;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.opener = opener;
        query.addListener((obs, old, q) -> filter());
        chosen.addListener((obs, old, person) -> loadDossier(person));
    }

    /** The people shown: those whose names match the query, most quoted first. */
    public ObservableList<Person> shown() {
        return shown;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The person whose dossier is shown. */
    public ObjectProperty<Person> chosenProperty() {
        return chosen;
    }

    public ReadOnlyObjectProperty<Dossier> dossierProperty() {
        return dossier.getReadOnlyProperty();
    }

    /** How many people the library names, or why there are none. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The newest merge or split in the library, which Undo takes back; null when there is none. */
    public ReadOnlyObjectProperty<IdentityEdit> lastEditProperty() {
        return lastEdit.getReadOnlyProperty();
    }

    /** Works the identities out again from the library (its rows brought up to date first). */
    public void refresh() {
        LibraryViews v = views.get();
        if (v == null) {
            people = People.resolve(List.of(), List.of(), List.of(), List.of());
            filter();
            status.set("No library is open. Use File \u203a Open Library or New Library.");
            return;
        }
        status.set("Reading the library\u2026");
        String keep = chosen.get() == null ? null : chosen.get().key();
        tasks.submit(progress -> new Loaded(v.people(), v.identityEdits()), loaded -> {
            people = loaded.people();
            List<IdentityEdit> edits = loaded.edits();
            lastEdit.set(edits.isEmpty() ? null : edits.get(edits.size() - 1));
            filter();
            int organisations = people.speakingOrganisations().size();
            status.set(String.format(java.util.Locale.ROOT, "%,d people and %,d speaking organisations",
                    people.ofType(org.lector.model.EntityType.PERSON).size(), organisations));
            Person again = keep == null ? null : people.byKey(keep).orElse(null);
            chosen.set(again);
            if (again != null) {
                loadDossier(again);
            }
        }, error -> failed("The people of the library could not be read", error));
    }

    private record Loaded(Identities people, List<IdentityEdit> edits) {
    }

    private void filter() {
        String q = query.get() == null ? "" : query.get().strip();
        List<Person> matching = q.isEmpty() ? people.all() : people.search(q);
        // Persons, and organisations only when they speak: "the White House said" makes one a source.
        List<Person> out = new ArrayList<>();
        for (Person p : matching) {
            if (p.type() == org.lector.model.EntityType.PERSON || p.quotes() > 0) {
                out.add(p);
            }
        }
        out.sort(People.BY_QUOTES);
        shown.setAll(out);
    }

    private void loadDossier(Person person) {
        long revision = ++dossierRevision;
        if (person == null) {
            dossier.set(null);
            return;
        }
        Identities from = people;
        tasks.submit(progress -> from.dossier(person.key()).orElse(null), d -> {
            if (revision == dossierRevision) {
                dossier.set(d);
            }
        }, error -> failed("The dossier could not be put together", error));
    }

    /** Opens the article of a quote in the dossier, with the quote selected. */
    public void open(Dossier.PersonQuote quote) {
        open(quote.article().versionId(), quote.quote().span());
    }

    /** Opens an article naming the chosen person. */
    public void open(Dossier.Appearance appearance) {
        open(appearance.article().versionId(), new Span(0, 0));
    }

    private void open(long versionId, Span at) {
        LibraryArticles.open(views.get(), versionId, at, tasks, dialogs, opener, LOG);
    }

    /** Makes {@code others} one person with {@code into}, in every article; Undo takes it back. */
    public void merge(Person into, List<Person> others) {
        LibraryViews v = views.get();
        if (v == null || others.isEmpty()) {
            return;
        }
        tasks.submit(progress -> {
            for (Person p : others) {
                if (!p.key().equals(into.key())) {
                    v.merge(p.key(), into.key()).join();
                }
            }
            return null;
        }, done -> {
            chosen.set(into);
            refresh();
        }, error -> failed("The merge could not be saved", error));
    }

    /**
     * Takes the entities named {@code nameKey} out of {@code person}, in every article, as a person of their own
     * ("Clinton" in articles about Bill, taken out of Hillary Clinton).
     */
    public void split(Person person, String nameKey) {
        LibraryViews v = views.get();
        if (v == null) {
            return;
        }
        tasks.submit(progress -> v.split(person.key(), nameKey, null).join(), done -> refresh(),
                error -> failed("The split could not be saved", error));
    }

    /** Takes back the newest merge or split. */
    public void undo() {
        LibraryViews v = views.get();
        IdentityEdit edit = lastEdit.get();
        if (v == null || edit == null) {
            return;
        }
        tasks.submit(progress -> v.undo(edit).join(), done -> refresh(),
                error -> failed("The merge or split could not be undone", error));
    }

    private void failed(String header, Throwable error) {
        status.set("");
        LibraryArticles.failed(dialogs, LOG, header, error);
    }
}

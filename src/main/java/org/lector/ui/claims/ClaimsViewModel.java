package org.lector.ui.claims;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lector.library.Claim;
import org.lector.library.ClaimGroup;
import org.lector.library.Claims;
import org.lector.library.StatusOffer;
import org.lector.model.Document;
import org.lector.model.Span;
import org.lector.reading.LibraryViews;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.LibraryArticles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claims window's state: the claims the library's articles share, disputed ones first, optionally only those
 * where two articles disagree; the group chosen; and for each claim the check status another article's reader
 * gave the same claim, offered rather than copied. Read in the background; properties change on the FX thread.
 */
public final class ClaimsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimsViewModel.class);

    private final Supplier<LibraryViews> views;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final BiConsumer<Document, Span> opener;
    private final ObservableList<ClaimGroup> shown = FXCollections.observableArrayList();
    private final BooleanProperty disagreementsOnly = new SimpleBooleanProperty(this, "disagreementsOnly", true);
    private final ObjectProperty<ClaimGroup> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Claims claims = Claims.group(List.of(), List.of(), org.lector.library.People.resolve(List.of(),
            List.of(), List.of(), List.of()));

    public ClaimsViewModel(Supplier<LibraryViews> views, BackgroundTasks tasks, DialogService dialogs,
            BiConsumer<Document, Span> opener) {
        this.views = views;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.opener = opener;
        disagreementsOnly.addListener((obs, old, only) -> filter());
    }

    /** The claim groups shown, disputed first, then by how many articles state them. */
    public ObservableList<ClaimGroup> shown() {
        return shown;
    }

    /** Whether only the claims two articles disagree on are shown (the default: they are what a checker wants). */
    public BooleanProperty disagreementsOnlyProperty() {
        return disagreementsOnly;
    }

    public ObjectProperty<ClaimGroup> chosenProperty() {
        return chosen;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Groups the claims again from the library (its rows brought up to date first). */
    public void refresh() {
        LibraryViews v = views.get();
        if (v == null) {
            shown.clear();
            status.set("No library is open. Use File \u203a Open Library or New Library.");
            return;
        }
        status.set("Comparing the articles\u2019 claims\u2026");
        tasks.submit(progress -> v.claims(v.people()), grouped -> {
            claims = grouped;
            filter();
            status.set(String.format(java.util.Locale.ROOT, "%,d claims stated in more than one article or "
                    + "disputed; %,d where articles disagree", grouped.groups().stream()
                    .filter(g -> g.articles() > 1 || g.disputed()).count(), grouped.disagreements().size()));
        }, error -> failed("The claims of the library could not be read", error));
    }

    private void filter() {
        // A claim only one article makes is no comparison; the window lists what articles share.
        List<ClaimGroup> out = claims.groups().stream()
                .filter(g -> disagreementsOnly.get() ? g.disputed() : g.articles() > 1 || g.disputed())
                .toList();
        ClaimGroup keep = chosen.get();
        shown.setAll(out);
        chosen.set(keep != null && out.contains(keep) ? keep : out.isEmpty() ? null : out.get(0));
    }

    /** The check status another article's reader gave {@code claim}, offered for it; null when there is none. */
    public StatusOffer offerFor(Claim claim) {
        return claims.offersFor(claim.article().documentId()).stream()
                .filter(o -> o.target().fact().id().equals(claim.fact().id())).findFirst().orElse(null);
    }

    /** Opens the article of {@code claim} with its fact selected. */
    public void open(Claim claim) {
        LibraryArticles.open(views.get(), claim.article().versionId(), claim.fact().span(), tasks, dialogs, opener,
                LOG);
    }

    private void failed(String header, Throwable error) {
        status.set("");
        LibraryArticles.failed(dialogs, LOG, header, error);
    }
}

package org.lector.ui.versions;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lector.library.Carryover;
import org.lector.model.Document;
import org.lector.model.Span;
import org.lector.reading.LibraryViews;
import org.lector.reading.LibraryViews.VersionRow;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.LibraryArticles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The versions window's state: the versions the library keeps of one article, the one chosen, and how it differs
 * from the version before it (the passages inserted, deleted and changed, what became of each annotation, the
 * quotes and facts whose words changed). Older versions stay readable: any can be opened in the reader.
 */
public final class VersionsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(VersionsViewModel.class);

    /** A version compared with the one before it: the newer text and what changed. */
    public record Comparison(VersionRow older, VersionRow newer, String newerText, Carryover carryover) {
    }

    private final Supplier<LibraryViews> views;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final BiConsumer<Document, Span> opener;
    private final ObservableList<VersionRow> versions = FXCollections.observableArrayList();
    private final ObjectProperty<VersionRow> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private long revision;

    public VersionsViewModel(Supplier<LibraryViews> views, BackgroundTasks tasks, DialogService dialogs,
            BiConsumer<Document, Span> opener) {
        this.views = views;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.opener = opener;
        chosen.addListener((obs, old, v) -> compare(v));
    }

    /** The versions of the article, oldest first. */
    public ObservableList<VersionRow> versions() {
        return versions;
    }

    /** The version compared with the one before it; the latest when the window opens. */
    public ObjectProperty<VersionRow> chosenProperty() {
        return chosen;
    }

    /** The chosen version against the one before it; null for the first version or while it is worked out. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Lists the versions of the article filed from {@code source}, the latest chosen. */
    public void load(String source) {
        LibraryViews v = views.get();
        versions.clear();
        comparison.set(null);
        if (v == null) {
            status.set("No library is open: versions are kept in the library.");
            return;
        }
        if (source == null) {
            status.set("Open an article first: its versions are listed here.");
            return;
        }
        tasks.submit(progress -> {
            java.util.OptionalLong document = v.documentOf(source);
            return document.isEmpty() ? List.<VersionRow>of() : v.versions(document.getAsLong());
        }, rows -> {
            versions.setAll(rows);
            if (rows.isEmpty()) {
                status.set("This article is not in the library yet.");
                return;
            }
            status.set(rows.size() == 1 ? "One version: the library has not seen this article change."
                    : rows.size() + " versions");
            chosen.set(rows.get(rows.size() - 1));
        }, error -> failed("The versions could not be read", error));
    }

    private void compare(VersionRow newer) {
        long r = ++revision;
        comparison.set(null);
        LibraryViews v = views.get();
        int at = newer == null ? -1 : versions.indexOf(newer);
        if (v == null || at <= 0) {
            return;
        }
        VersionRow older = versions.get(at - 1);
        tasks.submit(progress -> new Comparison(older, newer,
                v.document(newer.versionId()).map(Document::text).orElse(""),
                v.compare(older.versionId(), newer.versionId())), c -> {
                    if (r == revision) {
                        comparison.set(c);
                    }
                }, error -> failed("The versions could not be compared", error));
    }

    /** Opens {@code version} in the reader (an older one too), at its first change when it is the one compared. */
    public void open(VersionRow version) {
        LibraryViews v = views.get();
        if (v == null || version == null) {
            return;
        }
        Comparison c = comparison.get();
        Span at = c != null && c.newer().equals(version) && !c.carryover().changes().isEmpty()
                ? new Span(c.carryover().changes().get(0).start(), c.carryover().changes().get(0).end())
                : new Span(0, 0);
        LibraryArticles.open(v, version.versionId(), at, tasks, dialogs, opener, LOG);
    }

    private void failed(String header, Throwable error) {
        status.set("");
        LibraryArticles.failed(dialogs, LOG, header, error);
    }
}

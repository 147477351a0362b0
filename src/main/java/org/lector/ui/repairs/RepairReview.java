package org.lector.ui.repairs;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import org.lector.model.Document;
import org.lector.model.Repair;
import org.lector.model.RepairKind;
import org.lector.ui.reader.ReaderViewModel;

/**
 * The review pass over the repair suggestions, as review mode steps through automatic tags: the reader goes from one
 * suggestion to the next in text order from the caret, and accepts or dismisses each, or every one of its kind, with
 * one key. An accepted repair shows the article's new version; the pass goes on there from the repaired passage.
 * FX thread only.
 */
public final class RepairReview {

    private final ReaderViewModel reader;
    private final RepairSuggestions suggestions;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyObjectWrapper<Repair> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyIntegerWrapper remaining = new ReadOnlyIntegerWrapper(this, "remaining");
    /** Where the pass goes on when the list changes under it (a new version shown, a suggestion dismissed). */
    private int resumeAt;
    /** The article the pass is over; a new version of it keeps the pass going, another article ends it. */
    private String source;

    public RepairReview(ReaderViewModel reader, RepairSuggestions suggestions) {
        this.reader = Objects.requireNonNull(reader);
        this.suggestions = Objects.requireNonNull(suggestions);
        suggestions.list().addListener((ListChangeListener<Repair>) c -> refresh());
        reader.documentProperty().addListener((obs, old, doc) -> {
            if (active.get() && (doc == null || !doc.source().equals(source))) {
                leave();
            } else if (active.get()) {
                current.set(null);
                reader.markedProperty().set(null);
            }
        });
        reader.laidOutProperty().addListener((obs, old, doc) -> {
            Repair now = current.get();
            if (active.get() && doc != null && now != null && now.end() <= doc.length()) {
                reader.reveal(now.span());
            }
        });
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The suggestion under review, or null when none is left. */
    public ReadOnlyObjectProperty<Repair> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    /** Starts the pass at the first suggestion at or after {@code caret}. */
    public void enter(int caret) {
        Document doc = reader.getDocument();
        if (active.get() || doc == null) {
            return;
        }
        source = doc.source();
        active.set(true);
        resumeAt = caret;
        refresh();
    }

    public void leave() {
        active.set(false);
        current.set(null);
        remaining.set(0);
        reader.markedProperty().set(null);
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    public void accept() {
        Repair r = current.get();
        if (active.get() && r != null) {
            resumeAt = r.start();
            suggestions.accept(r);
        }
    }

    public void dismiss() {
        Repair r = current.get();
        if (active.get() && r != null) {
            resumeAt = r.start();
            suggestions.dismiss(r);
        }
    }

    /** Accepts every suggestion of the current one's kind. */
    public void acceptAllOfKind() {
        Repair r = current.get();
        if (active.get() && r != null) {
            resumeAt = r.start();
            suggestions.acceptAll(r.kind());
        }
    }

    /** Dismisses every suggestion of the current one's kind. */
    public void dismissAllOfKind() {
        Repair r = current.get();
        if (active.get() && r != null) {
            resumeAt = r.start();
            suggestions.dismissAll(r.kind());
        }
    }

    /** How many suggestions of {@code kind} there are now. */
    public int count(RepairKind kind) {
        return suggestions.ofKind(kind).size();
    }

    private void step(int direction) {
        List<Repair> all = suggestions.list();
        if (!active.get() || all.isEmpty()) {
            return;
        }
        int at = all.indexOf(current.get());
        show(all.get(Math.floorMod(at < 0 ? (direction > 0 ? 0 : -1) : at + direction, all.size())));
    }

    /** The list changed: stay on the same suggestion where it is still left, else the next one from where we were. */
    private void refresh() {
        if (!active.get()) {
            return;
        }
        List<Repair> all = suggestions.list();
        remaining.set(all.size());
        Repair now = current.get();
        if (now != null && all.contains(now)) {
            return;
        }
        Repair next = null;
        for (Repair r : all) {
            if (r.end() > resumeAt) {
                next = r;
                break;
            }
        }
        show(next != null ? next : all.isEmpty() ? null : all.get(0));
    }

    private void show(Repair r) {
        current.set(r);
        reader.markedProperty().set(r == null ? null : r.span());
        if (r != null) {
            resumeAt = r.start();
            Document laidOut = reader.laidOutProperty().get();
            if (laidOut != null && laidOut == reader.getDocument()) {
                reader.reveal(r.span());
            }
        }
    }
}

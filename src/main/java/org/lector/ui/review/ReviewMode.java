package org.lector.ui.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.SetChangeListener;
import org.lector.model.Analysis;
import org.lector.model.AnnotationKind;
import org.lector.model.AnnotationRef;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Quote;
import org.lector.model.Span;
import org.lector.ui.edits.Corrections;
import org.lector.ui.edits.DictionaryLearning;
import org.lector.ui.reader.ReaderViewModel;

/**
 * Review mode: the reader steps through the highlights the engine made and has not had reviewed yet (names and
 * quotes whose provenance is automatic, in text order from the caret), and accepts, rejects or retypes each with
 * one key. Each decision is an edit in the reader's history, so Ctrl+Z takes it back and review returns to it.
 * Types hidden in the legend, and quotes when they are hidden, are skipped.
 */
public final class ReviewMode {

    /** An automatic annotation awaiting review: a name ({@code mention}) or a quote ({@code quote}). */
    public record Item(AnnotationKind kind, Span span, String text, EntityMention mention, Quote quote) {

        /** "Person", or "Quote" with its speaker when known. */
        public String label() {
            if (mention != null) {
                return mention.type().label();
            }
            return quote.speakerName().isBlank() ? "Quote" : "Quote by " + quote.speakerName();
        }

        AnnotationRef ref() {
            return mention != null ? AnnotationRef.of(mention) : AnnotationRef.of(quote);
        }

        Key key() {
            return new Key(kind, span);
        }
    }

    /** What the store identifies an automatic annotation by. */
    private record Key(AnnotationKind kind, Span span) {
    }

    /** Text order; a quote before the names inside it. */
    private static final Comparator<Item> ORDER = Comparator.comparing(Item::span)
            .thenComparing(i -> i.kind() == AnnotationKind.QUOTE ? 0 : 1);

    private final ReaderViewModel reader;
    private final Corrections corrections;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyObjectWrapper<Item> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyIntegerWrapper remaining = new ReadOnlyIntegerWrapper(this, "remaining");
    /**
     * What the reader has accepted, rejected or retyped here; left out of the review before the library confirms
     * it, so the next key acts on the next item at once. Edits and their undo (in the background) keep it true.
     */
    private final Set<Key> decided = ConcurrentHashMap.newKeySet();
    /** The item an undo just brought back: review returns to it once the analysis shows it again. */
    private final AtomicReference<Key> returnTo = new AtomicReference<>();
    /** What is left to review, in {@link #ORDER}. */
    private List<Item> pending = List.of();

    public ReviewMode(ReaderViewModel reader, Corrections corrections) {
        this.reader = Objects.requireNonNull(reader);
        this.corrections = Objects.requireNonNull(corrections);
        reader.analysisProperty().addListener((obs, old, a) -> refresh());
        reader.hiddenTypes().addListener((SetChangeListener<EntityType>) c -> refresh());
        reader.quotesHiddenProperty().addListener((obs, old, hidden) -> refresh());
        reader.documentProperty().addListener((obs, old, doc) -> leave());
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The item under review, or null when none is left. */
    public ReadOnlyObjectProperty<Item> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** How many automatic annotations are left to review. */
    public ReadOnlyIntegerProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    /**
     * Starts reviewing at the first item at or after {@code caret}. Returns false, having told the reader why,
     * when the article cannot be edited yet.
     */
    public boolean enter(int caret) {
        if (active.get()) {
            return true;
        }
        if (corrections.editableTarget() == null) {
            return false;
        }
        decided.clear();
        returnTo.set(null);
        active.set(true);
        pending = collect(reader.analysisProperty().get());
        remaining.set(pending.size());
        Item first = null;
        for (Item item : pending) {
            if (item.span().end() > caret) {
                first = item;
                break;
            }
        }
        show(first != null ? first : pending.isEmpty() ? null : pending.get(0));
        return true;
    }

    public void leave() {
        active.set(false);
        current.set(null);
        reader.markedProperty().set(null);
        pending = List.of();
        remaining.set(0);
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    /** Keeps the item under review as the reader's own (it stays if a later analysis drops it), then moves on. */
    public void accept() {
        Item item = current.get();
        if (!active.get() || item == null) {
            return;
        }
        Key key = item.key();
        boolean made;
        if (item.mention() != null) {
            EntityMention m = item.mention();
            made = corrections.edit("Accepted \u201c" + item.text() + "\u201d as " + m.type().label(), t -> {
                decided.add(key);
                t.records().accept(m).get();
            }, t -> restore(t, item));
        } else {
            Quote q = item.quote();
            Span speaker = speakerMention(reader.analysisProperty().get(), q.speakerId());
            made = corrections.edit("Accepted the quote \u201c" + abbreviate(item.text(), 40) + "\u201d", t -> {
                decided.add(key);
                t.records().editQuote(q, q.kind(), speaker, q.speakerName(), q.cue())
                        .get();
            }, t -> restore(t, item));
        }
        decided(item, made);
    }

    /** Removes the item under review (the engine was wrong), then moves on. */
    public void reject() {
        Item item = current.get();
        if (!active.get() || item == null) {
            return;
        }
        Key key = item.key();
        String what = item.mention() != null ? "\u201c" + item.text() + "\u201d (" + item.label() + ")"
                : "the quote \u201c" + abbreviate(item.text(), 40) + "\u201d";
        DictionaryLearning.Lesson[] lesson = new DictionaryLearning.Lesson[1];
        boolean made = corrections.edit("Rejected " + what, t -> {
            decided.add(key);
            t.records().reject(item.ref()).get();
            if (item.mention() != null) {
                lesson[0] = DictionaryLearning.removed(t.records(), item.text(), item.mention().type());
            }
        }, t -> {
            restore(t, item);
            if (lesson[0] != null) {
                lesson[0].forget();
            }
        });
        decided(item, made);
    }

    /** Gives the name under review another type, then moves on; on a quote it does nothing. */
    public void retype(EntityType type) {
        Item item = current.get();
        if (!active.get() || item == null || item.mention() == null) {
            return;
        }
        EntityMention m = item.mention();
        if (m.type() == type) {
            accept();
            return;
        }
        Key key = item.key();
        DictionaryLearning.Lesson[] lesson = new DictionaryLearning.Lesson[1];
        boolean made = corrections.edit("Retyped \u201c" + item.text() + "\u201d as " + type.label(), t -> {
            decided.add(key);
            t.records().retype(m, type, "").get();
            lesson[0] = DictionaryLearning.retyped(t.records(), item.text(), m.type(), type);
        }, t -> {
            restore(t, item);
            lesson[0].forget();
        });
        decided(item, made);
    }

    /** The undo of every decision: the engine's annotation comes back, and review returns to it. */
    private void restore(Corrections.Target t, Item item) throws Exception {
        t.records().restore(item.ref()).get();
        decided.remove(item.key());
        returnTo.set(item.key());
    }

    /** After a decision: the item leaves the review at once and the next one is shown. */
    private void decided(Item item, boolean made) {
        if (!made) {
            return;
        }
        decided.add(item.key());
        int at = Collections.binarySearch(pending, item, ORDER);
        if (at >= 0) {
            List<Item> left = new ArrayList<>(pending);
            left.remove(at);
            pending = left;
        } else {
            at = -at - 1;
        }
        remaining.set(pending.size());
        show(pending.isEmpty() ? null : pending.get(at % pending.size()));
    }

    private void step(int direction) {
        if (!active.get() || pending.isEmpty()) {
            return;
        }
        Item now = current.get();
        int at;
        if (now == null) {
            at = direction > 0 ? 0 : pending.size() - 1;
        } else {
            int found = Collections.binarySearch(pending, now, ORDER);
            int insertion = found >= 0 ? found : -found - 1;
            at = found >= 0 ? found + direction : direction > 0 ? insertion : insertion - 1;
        }
        show(pending.get(Math.floorMod(at, pending.size())));
    }

    /** The analysis, the legend or the edits changed: recount, and stay on the same item where it is still left. */
    private void refresh() {
        if (!active.get()) {
            return;
        }
        pending = collect(reader.analysisProperty().get());
        remaining.set(pending.size());
        Key back = returnTo.getAndSet(null);
        Item now = current.get();
        if (back != null) {
            Item restored = find(back);
            if (restored != null) {
                show(restored);
                return;
            }
        }
        if (now == null) {
            if (!pending.isEmpty()) {
                show(pending.get(0));
            }
            return;
        }
        int found = Collections.binarySearch(pending, now, ORDER);
        if (found >= 0) {
            // The same passage, possibly a fresher copy of it: keep it without moving the view.
            current.set(pending.get(found));
            reader.markedProperty().set(pending.get(found).span());
        } else {
            show(pending.isEmpty() ? null : pending.get((-found - 1) % pending.size()));
        }
    }

    private Item find(Key key) {
        for (Item item : pending) {
            if (item.key().equals(key)) {
                return item;
            }
        }
        return null;
    }

    private void show(Item item) {
        current.set(item);
        reader.markedProperty().set(item == null ? null : item.span());
        if (item != null) {
            reader.reveal(item.span());
        }
    }

    /** The automatic names and quotes of {@code analysis} still to review, in text order. */
    private List<Item> collect(Analysis analysis) {
        if (analysis == null) {
            return List.of();
        }
        Set<EntityType> hidden = reader.hiddenTypes();
        List<Item> items = new ArrayList<>();
        for (EntityMention m : analysis.entities()) {
            if (m.provenance().isAuto() && m.form() == MentionForm.NAME && !hidden.contains(m.type())
                    && !m.span().isEmpty()) {
                add(items, new Item(AnnotationKind.ENTITY, m.span(), m.text(), m, null));
            }
        }
        if (!reader.quotesHiddenProperty().get()) {
            for (Quote q : analysis.quotes()) {
                if (q.provenance().isAuto() && !q.span().isEmpty()) {
                    add(items, new Item(AnnotationKind.QUOTE, q.span(), q.text(), null, q));
                }
            }
        }
        items.sort(ORDER);
        // Two names on one passage are one decision for the store, which knows them by kind and span.
        List<Item> distinct = new ArrayList<>(items.size());
        for (Item item : items) {
            if (distinct.isEmpty() || ORDER.compare(distinct.get(distinct.size() - 1), item) != 0) {
                distinct.add(item);
            }
        }
        return distinct;
    }

    private void add(List<Item> items, Item item) {
        if (!decided.contains(item.key())) {
            items.add(item);
        }
    }

    /** A mention of the speaker's entity, so an accepted quote keeps its speaker after a new analysis. */
    private static Span speakerMention(Analysis analysis, String clusterId) {
        if (analysis == null || clusterId == null) {
            return null;
        }
        for (EntityCluster c : analysis.clusters()) {
            if (c.id().equals(clusterId) && !c.mentionIds().isEmpty()) {
                String first = c.mentionIds().get(0);
                for (EntityMention m : analysis.entities()) {
                    if (m.id().equals(first)) {
                        return m.span();
                    }
                }
            }
        }
        return null;
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "\u2026";
    }
}

package org.lector.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lector.model.Analysis;
import org.lector.model.AnnotationKind;
import org.lector.model.EntityMention;
import org.lector.model.Fact;
import org.lector.model.Note;
import org.lector.model.Quote;
import org.lector.model.Span;

/**
 * What happens to an older version's annotations in a newer one, passage by passage: each is carried over (its
 * text is unchanged; it moves with the text around it), changed (its text was edited; it covers the edited passage
 * now), or an orphan (its text is gone). And the newer version's quotes and facts whose words changed, which a
 * reader who checked the older version should read again.
 *
 * @param changes  the passages that differ ({@link TextDiff})
 * @param carried  every annotation of the older version and where it is in the newer one, in text order
 * @param flagged  the newer version's quotes and facts that touch a changed passage
 */
public record Carryover(List<TextChange> changes, List<Carried> carried, List<Flagged> flagged) {

    /** What became of an annotation. */
    public enum Status {
        /** Its text is unchanged; it moved with the text around it. */
        CARRIED,
        /** Its text was edited; it now covers the edited passage. */
        CHANGED,
        /** Its text is gone. */
        ORPHAN
    }

    /**
     * One annotation of the older version.
     *
     * @param newSpan where it is in the newer version; null for an orphan
     * @param text    its text in the older version
     */
    public record Carried(AnnotationKind kind, String id, Span oldSpan, Span newSpan, Status status, String text) {
    }

    /**
     * A quote or fact of the newer version whose words changed.
     *
     * @param changes the changes it touches
     */
    public record Flagged(AnnotationKind kind, String id, Span span, String text, List<TextChange> changes) {

        public Flagged {
            changes = List.copyOf(changes);
        }
    }

    public Carryover {
        changes = List.copyOf(changes);
        carried = List.copyOf(carried);
        flagged = List.copyOf(flagged);
    }

    /**
     * Compares two versions of an article.
     *
     * @param olderText the older version's text
     * @param older     what the reader saw on it (annotations of whole-document notes are not placed)
     * @param newerText the newer version's text
     * @param newer     what the reader sees on the newer one
     */
    public static Carryover of(String olderText, Analysis older, String newerText, Analysis newer) {
        List<TextChange> changes = TextDiff.between(olderText, newerText);
        List<Carried> carried = new ArrayList<>();
        for (EntityMention m : older.entities()) {
            carried.add(carry(AnnotationKind.ENTITY, m.id(), m.span(), m.text(), changes));
        }
        for (Quote q : older.quotes()) {
            carried.add(carry(AnnotationKind.QUOTE, q.id(), q.span(), q.text(), changes));
        }
        for (Fact f : older.facts()) {
            carried.add(carry(AnnotationKind.FACT, f.id(), f.span(), f.text(), changes));
        }
        for (Note n : older.notes()) {
            if (n.span() != null && n.span().end() <= olderText.length()) {
                carried.add(carry(AnnotationKind.NOTE, n.id(), n.span(), n.span().of(olderText), changes));
            }
        }
        carried.sort(Comparator.comparing(Carried::oldSpan).thenComparing(Carried::kind));
        List<Flagged> flagged = new ArrayList<>();
        for (Quote q : newer.quotes()) {
            flag(AnnotationKind.QUOTE, q.id(), q.span(), q.text(), changes, flagged);
        }
        for (Fact f : newer.facts()) {
            flag(AnnotationKind.FACT, f.id(), f.span(), f.text(), changes, flagged);
        }
        flagged.sort(Comparator.comparing(Flagged::span));
        return new Carryover(changes, carried, flagged);
    }

    /** Counts of {@code carried} by status, for a summary line: carried, changed, orphaned. */
    public int[] counts() {
        int[] out = new int[Status.values().length];
        carried.forEach(c -> out[c.status().ordinal()]++);
        return out;
    }

    static Carried carry(AnnotationKind kind, String id, Span old, String text, List<TextChange> changes) {
        List<TextChange> touching = new ArrayList<>();
        int delta = 0;
        for (TextChange c : changes) {
            if (touchesOld(c, old)) {
                touching.add(c);
            } else if (c.oldEnd() <= old.start()) {
                delta += (c.end() - c.start()) - (c.oldEnd() - c.oldStart());
            }
        }
        if (touching.isEmpty()) {
            return new Carried(kind, id, old, new Span(old.start() + delta, old.end() + delta), Status.CARRIED, text);
        }
        TextChange first = touching.get(0);
        TextChange last = touching.get(touching.size() - 1);
        if (touching.size() == 1 && first.oldStart() <= old.start() && old.end() <= first.oldEnd()
                && (first.kind() == TextChange.Kind.DELETED || 2 * old.length() < first.oldEnd() - first.oldStart())) {
            // Its whole text was deleted, or rewritten as part of a much longer passage: nothing in the newer text
            // is it any more.
            return new Carried(kind, id, old, null, Status.ORPHAN, text);
        }
        int start = old.start() < first.oldStart() ? old.start() + delta : first.start();
        int lastDelta = delta;
        for (TextChange c : touching) {
            if (c != last) {
                lastDelta += (c.end() - c.start()) - (c.oldEnd() - c.oldStart());
            }
        }
        int end = old.end() > last.oldEnd()
                ? old.end() + lastDelta + (last.end() - last.start()) - (last.oldEnd() - last.oldStart())
                : last.end();
        if (end <= start) {
            return new Carried(kind, id, old, null, Status.ORPHAN, text);
        }
        return new Carried(kind, id, old, new Span(start, end), Status.CHANGED, text);
    }

    /** Whether a change alters the text of an old span: overlaps it, or inserts inside it. */
    private static boolean touchesOld(TextChange c, Span old) {
        if (c.oldStart() == c.oldEnd()) {
            return old.start() < c.oldStart() && c.oldStart() < old.end();
        }
        return c.oldStart() < old.end() && old.start() < c.oldEnd();
    }

    private static void flag(AnnotationKind kind, String id, Span span, String text, List<TextChange> changes,
            List<Flagged> out) {
        List<TextChange> touching = new ArrayList<>();
        for (TextChange c : changes) {
            boolean hit = c.start() == c.end()
                    ? span.start() < c.start() && c.start() < span.end()
                    : c.start() < span.end() && span.start() < c.end();
            if (hit) {
                touching.add(c);
            }
        }
        if (!touching.isEmpty()) {
            out.add(new Flagged(kind, id, span, text, touching));
        }
    }
}

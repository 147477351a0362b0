package org.lector.model;

import java.util.Objects;

/**
 * An annotation as the reader saw it in an effective analysis: its kind, id, span and who made it. Ids of automatic
 * annotations change between pipeline versions, so the library identifies them by kind and span; the reader's own
 * are identified by their id. Whether an annotation is the reader's own is decided by its {@link Provenance}, never
 * by the shape of its id.
 *
 * @param origin who made it: {@link Provenance.Origin#USER} for the reader's own annotations and notes
 */
public record AnnotationRef(AnnotationKind kind, String id, Span span, Provenance.Origin origin) {

    public AnnotationRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
    }

    /** One of the reader's own annotations, by the id the library gave it. */
    public static AnnotationRef user(AnnotationKind kind, String id, Span span) {
        return new AnnotationRef(kind, id, span, Provenance.Origin.USER);
    }

    public static AnnotationRef of(EntityMention m) {
        return new AnnotationRef(AnnotationKind.ENTITY, m.id(), m.span(), m.provenance().origin());
    }

    public static AnnotationRef of(Quote q) {
        return new AnnotationRef(AnnotationKind.QUOTE, q.id(), q.span(), q.provenance().origin());
    }

    public static AnnotationRef of(Fact f) {
        return new AnnotationRef(AnnotationKind.FACT, f.id(), f.span(), f.provenance().origin());
    }

    /** Notes are always the reader's. */
    public static AnnotationRef of(Note n) {
        return user(AnnotationKind.NOTE, n.id(), n.span());
    }

    /** Whether this is one of the reader's own annotations rather than the engine's or the dictionary's. */
    public boolean isUser() {
        return origin == Provenance.Origin.USER;
    }
}

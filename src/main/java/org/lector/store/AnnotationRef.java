package org.lector.store;

import java.util.Objects;

import org.lector.model.EntityMention;
import org.lector.model.Fact;
import org.lector.model.Note;
import org.lector.model.Quote;
import org.lector.model.Span;

/**
 * An annotation as the user saw it in an effective analysis: its kind, id and span. Ids of automatic annotations
 * change between pipeline versions, so the store identifies them by kind and span; ids of the user's own
 * annotations ({@code u-N}) are stable.
 */
public record AnnotationRef(AnnotationKind kind, String id, Span span) {

    /** Prefix of the ids of annotations the user made. */
    public static final String USER_PREFIX = "u-";

    public AnnotationRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static AnnotationRef of(EntityMention m) {
        return new AnnotationRef(AnnotationKind.ENTITY, m.id(), m.span());
    }

    public static AnnotationRef of(Quote q) {
        return new AnnotationRef(AnnotationKind.QUOTE, q.id(), q.span());
    }

    public static AnnotationRef of(Fact f) {
        return new AnnotationRef(AnnotationKind.FACT, f.id(), f.span());
    }

    public static AnnotationRef of(Note n) {
        return new AnnotationRef(AnnotationKind.NOTE, n.id(), n.span());
    }

    /** Whether this is one of the user's own annotations rather than the engine's. */
    public boolean isUser() {
        return isUserId(id);
    }

    static boolean isUserId(String id) {
        return id.startsWith(USER_PREFIX) && id.length() > USER_PREFIX.length()
                && id.substring(USER_PREFIX.length()).chars().allMatch(Character::isDigit);
    }

    static long rowId(String id) {
        if (!isUserId(id)) {
            throw new IllegalArgumentException("not a user annotation id: " + id);
        }
        return Long.parseLong(id.substring(USER_PREFIX.length()));
    }

    static String userId(long rowId) {
        return USER_PREFIX + rowId;
    }
}

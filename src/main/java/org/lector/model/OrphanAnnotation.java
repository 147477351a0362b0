package org.lector.model;

/**
 * A user annotation or action that could not be re-anchored in the latest version of its document. It is kept,
 * never moved onto a lookalike passage; the UI lists it so the user can place it again or delete it.
 *
 * @param id {@code u-N} for an annotation, {@code a-N} for an action on an automatic annotation
 * @param description the note text, entity type or action, for the list
 */
public record OrphanAnnotation(
        String id, AnnotationKind kind, String exact, String prefix, String suffix, String description) {
}

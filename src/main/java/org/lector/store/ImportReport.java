package org.lector.store;

/**
 * What an import added to the library ({@link AnnotationRepository#importAnnotations}).
 *
 * @param document   where the article landed
 * @param mentions   mentions added
 * @param quotes     quotes added
 * @param facts      facts added (with their fields and check status)
 * @param notes      notes added
 * @param rejections the engine's annotations rejected
 * @param unchanged  annotations the library already had as the reader's own
 */
public record ImportReport(DocumentVersionRef document, int mentions, int quotes, int facts, int notes,
        int rejections, int unchanged) {
}

package org.lector.store;

import java.util.List;

import org.lector.model.Span;

/**
 * A full-text search hit in an article's text or in a note.
 *
 * @param noteId the note's id when {@code kind} is {@link Kind#NOTE}, else empty
 * @param snippet a short excerpt around the match, without markup
 * @param highlights the matched terms inside {@code snippet}
 */
public record SearchHit(
        Kind kind, long documentId, String title, String noteId, String snippet, List<Span> highlights,
        double rank) {

    /** Where the match is. */
    public enum Kind {
        TEXT,
        NOTE
    }

    public SearchHit {
        highlights = List.copyOf(highlights);
    }
}

package org.lector.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The reader's note, in Markdown, on a passage or on the whole document.
 *
 * @param id       unique within its document
 * @param span     the annotated passage, or {@code null} for a note on the whole document
 * @param text     the note's Markdown
 * @param created  when it was written
 * @param modified when it was last changed
 */
public record Note(String id, Span span, String text, Instant created, Instant modified) {

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
    }

    public Optional<Span> passage() {
        return Optional.ofNullable(span);
    }
}

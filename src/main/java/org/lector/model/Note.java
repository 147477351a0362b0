package org.lector.model;

import java.time.Instant;
import java.util.List;
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
 * @param tags     the note's tags, as another tool (Hypothesis, a Web Annotation client) gave them; often empty
 */
public record Note(String id, Span span, String text, Instant created, Instant modified, List<String> tags) {

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A note without tags, as the reader writes one in Lector. */
    public Note(String id, Span span, String text, Instant created, Instant modified) {
        this(id, span, text, created, modified, List.of());
    }

    public Optional<Span> passage() {
        return Optional.ofNullable(span);
    }
}

package org.lector.model;

import java.util.Objects;

/**
 * A suggested mend of damaged text: replace {@code text}, at {@code span} of the normalized text, with
 * {@code replacement}. Only a suggestion: the text changes when the reader accepts it (as a new version of the
 * article).
 *
 * @param span        where the damage is, half-open UTF-16 offsets into the normalized text
 * @param text        the damaged text there
 * @param replacement what it should read
 * @param kind        what kind of damage it is
 */
public record Repair(Span span, String text, String replacement, RepairKind kind) {

    public Repair {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(kind, "kind");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text \"" + text + "\" does not fit " + span);
        }
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** {@code fullText} with this repair applied. */
    public String applyTo(String fullText) {
        return fullText.substring(0, start()) + replacement + fullText.substring(end());
    }
}

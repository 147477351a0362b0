package org.lector.model;

import java.util.Objects;

/**
 * A quoted passage and who said it.
 *
 * @param id          unique within its document
 * @param span        the quoted words, quotation marks included
 * @param text        the covered text
 * @param kind        direct, partial or scare
 * @param speakerId   the speaker's cluster, or {@code null} when nobody is reported saying it
 * @param speakerName the speaker's name as shown, or empty
 * @param cue         the span of the cue verb ("said"), or {@code null}
 * @param cueText     the cue verb's text, or empty
 * @param provenance  who made it
 */
public record Quote(
        String id, Span span, String text, QuoteKind kind, String speakerId, String speakerName, Span cue,
        String cueText, Provenance provenance) {

    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provenance, "provenance");
        speakerName = speakerName == null ? "" : speakerName;
        cueText = cueText == null ? "" : cueText;
    }
}

package org.lector.model;

import java.util.List;
import java.util.Objects;

/**
 * A checkable claim the article makes.
 *
 * @param id          unique within its document
 * @param span        the sentence (or clause) that makes the claim
 * @param text        the covered text
 * @param subject     who or what the claim is about
 * @param predicate   what they did or are
 * @param object      to what, how much
 * @param quantities  the numbers it rests on
 * @param time        when, or {@code null}
 * @param sourceId    the cluster the article attributes the claim to, or {@code null}
 * @param sourceName  that source's name as shown, or empty
 * @param score       check-worthiness; higher is more worth checking
 * @param status      where the reader's check stands
 * @param evidence    the reader's evidence note, or empty
 * @param evidenceUrl a URL backing the evidence, or empty
 * @param provenance  who made it
 */
public record Fact(
        String id, Span span, String text, String subject, String predicate, String object,
        List<Quantity> quantities, TimeExpression time, String sourceId, String sourceName, double score,
        FactStatus status, String evidence, String evidenceUrl, Provenance provenance) {

    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(provenance, "provenance");
        subject = subject == null ? "" : subject;
        predicate = predicate == null ? "" : predicate;
        object = object == null ? "" : object;
        quantities = List.copyOf(quantities);
        sourceName = sourceName == null ? "" : sourceName;
        evidence = evidence == null ? "" : evidence;
        evidenceUrl = evidenceUrl == null ? "" : evidenceUrl;
    }
}

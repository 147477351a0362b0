package org.lector.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lector.model.Analysis;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.MentionForm;
import org.lector.model.Note;
import org.lector.model.Provenance;
import org.lector.model.Quantity;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.model.TimeExpression;

/**
 * Reads what {@link WebAnnotationExporter} writes back into model records. Positions come from the
 * {@code TextPositionSelector}; an annotation without one is refused rather than guessed.
 */
public final class WebAnnotationReader {

    private WebAnnotationReader() {
    }

    public static ImportedAnalysis read(String json) throws ImportException {
        JsonNode root;
        try {
            root = WebAnnotationExporter.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ImportException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !"AnnotationCollection".equals(root.path("type").asText())) {
            throw new ImportException("not a Web Annotation collection (no \"type\": \"AnnotationCollection\")");
        }
        try {
            return parse(root);
        } catch (RuntimeException e) {
            throw new ImportException("a malformed annotation: " + e.getMessage(), e);
        }
    }

    private static ImportedAnalysis parse(JsonNode root) throws ImportException {
        JsonNode doc = root.path("lector:document");
        List<EntityCluster> clusters = new ArrayList<>();
        for (JsonNode c : root.path("lector:clusters")) {
            List<String> ms = new ArrayList<>();
            c.path("mentions").forEach(m -> ms.add(m.asText()));
            clusters.add(new EntityCluster(c.path("id").asText(), c.path("name").asText(),
                    EntityType.fromId(c.path("type").asText()), ms));
        }
        List<EntityMention> mentions = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        for (JsonNode o : root.path("first").path("items")) {
            String id = o.path("lector:id").asText();
            String kind = o.path("lector:annotation").asText();
            Provenance p = provenance(o);
            switch (kind) {
                case "entity" -> {
                    Span span = span(o);
                    String type = null;
                    String cluster = null;
                    for (JsonNode b : o.path("body")) {
                        if ("tagging".equals(b.path("purpose").asText()) && type == null) {
                            type = b.path("value").asText();
                        } else if ("identifying".equals(b.path("purpose").asText())) {
                            cluster = text(b, "lector:cluster");
                        }
                    }
                    mentions.add(new EntityMention(id, span, exact(o), EntityType.fromId(type),
                            o.path("lector:subtype").asText(""),
                            MentionForm.fromId(o.path("lector:form").asText("name")), cluster, p));
                }
                case "quote" -> {
                    String speaker = null;
                    String speakerName = "";
                    for (JsonNode b : o.path("body")) {
                        if ("identifying".equals(b.path("purpose").asText())) {
                            speaker = text(b, "lector:cluster");
                            speakerName = b.path("value").asText("");
                        }
                    }
                    JsonNode cue = o.path("lector:cue");
                    Span cueSpan = cue.isObject() ? new Span(cue.path("start").asInt(), cue.path("end").asInt()) : null;
                    quotes.add(new Quote(id, span(o), exact(o), QuoteKind.fromId(o.path("lector:kind").asText()),
                            speaker, speakerName, cueSpan, cue.path("exact").asText(""), p));
                }
                case "fact" -> {
                    String evidence = "";
                    String url = "";
                    for (JsonNode b : o.path("body")) {
                        if ("commenting".equals(b.path("purpose").asText())) {
                            evidence = b.path("value").asText("");
                            url = b.path("lector:evidenceUrl").asText("");
                        }
                    }
                    List<Quantity> qs = new ArrayList<>();
                    for (JsonNode q : o.path("lector:quantities")) {
                        qs.add(new Quantity(q.path("text").asText(), new BigDecimal(q.path("value").asText()),
                                q.path("unit").asText("")));
                    }
                    JsonNode t = o.path("lector:time");
                    TimeExpression time = t.isObject()
                            ? new TimeExpression(t.path("text").asText(), t.path("value").asText("")) : null;
                    facts.add(new Fact(id, span(o), exact(o), o.path("lector:subject").asText(""),
                            o.path("lector:predicate").asText(""), o.path("lector:object").asText(""), qs, time,
                            text(o, "lector:source"), o.path("lector:sourceName").asText(""),
                            o.path("lector:score").asDouble(), FactStatus.fromId(o.path("lector:status").asText()),
                            evidence, url, p));
                }
                case "note" -> {
                    String value = "";
                    for (JsonNode b : o.path("body")) {
                        if ("commenting".equals(b.path("purpose").asText())) {
                            value = b.path("value").asText("");
                        }
                    }
                    Instant created = Instant.parse(o.path("created").asText());
                    Instant modified = o.hasNonNull("modified") ? Instant.parse(o.path("modified").asText()) : created;
                    Span span = o.path("target").isObject() ? span(o) : null;
                    notes.add(new Note(id, span, value, created, modified));
                }
                default -> throw new ImportException("annotation " + o.path("id").asText()
                        + " has no lector:annotation kind (entity, quote, fact or note)");
            }
        }
        Analysis a = new Analysis(root.path("lector:pipeline").asText(""), mentions, clusters, quotes, facts, notes);
        return new ImportedAnalysis(doc.path("source").asText(""), doc.path("sha256").asText(""), a);
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Provenance provenance(JsonNode o) {
        Provenance.Origin origin = Provenance.Origin.fromId(o.path("lector:provenance").asText("user"));
        Instant time = o.hasNonNull("created") ? Instant.parse(o.path("created").asText()) : null;
        return new Provenance(origin, o.path("lector:engine").asText(""), o.path("lector:confidence").asDouble(1),
                time);
    }

    private static Span span(JsonNode o) {
        for (JsonNode s : o.path("target").path("selector")) {
            if ("TextPositionSelector".equals(s.path("type").asText())) {
                return new Span(s.path("start").asInt(), s.path("end").asInt());
            }
        }
        throw new IllegalArgumentException("annotation " + o.path("id").asText() + " has no TextPositionSelector");
    }

    private static String exact(JsonNode o) {
        for (JsonNode s : o.path("target").path("selector")) {
            if ("TextQuoteSelector".equals(s.path("type").asText())) {
                return s.path("exact").asText();
            }
        }
        return "";
    }
}

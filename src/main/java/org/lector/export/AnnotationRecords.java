package org.lector.export;

import static org.lector.export.AnnotationStream.isA;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lector.model.AnchorSelector;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.EntityValue;
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
 * What one reading of a Web Annotation file against one article's text makes of each annotation that
 * {@link WebAnnotationReader} hands it: entity mentions, quotes, facts and notes on the article's text, the quote
 * selectors they were found by, and orphans for what names no passage. Also the readers of Lector's own fields,
 * as format 2 writes them and format 1 did.
 */
final class AnnotationRecords extends ImportReading {

    private final boolean utf16;

    /** A reading against {@code text}; {@code utf16}: the file counts UTF-16 code units, not characters. */
    AnnotationRecords(String text, Instant importedAt, boolean utf16) {
        super(text, importedAt);
        this.utf16 = utf16;
    }

    EntityMention mention(JsonNode o, String id) {
        String type = null;
        String cluster = null;
        for (JsonNode b : bodies(o)) {
            if ("tagging".equals(b.path("purpose").asText()) && type == null) {
                type = b.path("value").asText();
            } else if ("identifying".equals(b.path("purpose").asText())) {
                cluster = nullable(b, "lector:cluster");
            }
        }
        Span span = requireSpan(o, "entity", id);
        return new EntityMention(id, span, exact(o), EntityType.fromId(type), o.path("lector:subtype").asText(""),
                MentionForm.fromId(o.path("lector:form").asText("name")), cluster, provenance(o),
                o.path("lector:value").isTextual() ? new EntityValue(o.path("lector:value").asText(),
                        o.path("lector:unit").asText("")) : null);
    }

    Quote quote(JsonNode o, String id) {
        String speaker = null;
        String speakerName = "";
        for (JsonNode b : bodies(o)) {
            if ("identifying".equals(b.path("purpose").asText())) {
                speaker = nullable(b, "lector:cluster");
                speakerName = b.path("value").asText("");
            }
        }
        JsonNode cue = o.path("lector:cue");
        Span cueSpan = null;
        String cueText = "";
        if (cue.isObject()) {
            cueSpan = offsets(get(cue, "start").asInt(), get(cue, "end").asInt());
            cueText = field(cue, "exact", "");
            selectors.put(ImportedAnalysis.key("cue", id), new AnchorSelector(cueText, "", ""));
        }
        Span span = requireSpan(o, "quote", id);
        return new Quote(id, span, exact(o), QuoteKind.fromId(o.path("lector:kind").asText("direct")), speaker,
                speakerName, cueSpan, cueText, provenance(o));
    }

    Fact fact(JsonNode o, String id) {
        String evidence = "";
        String url = "";
        for (JsonNode b : bodies(o)) {
            if ("commenting".equals(b.path("purpose").asText())) {
                evidence = b.path("value").asText("");
                url = b.path("lector:evidenceUrl").asText("");
            }
        }
        List<Quantity> qs = new ArrayList<>();
        for (JsonNode q : o.path("lector:quantities")) {
            qs.add(new Quantity(field(q, "text", ""), new BigDecimal(get(q, "value").asText()),
                    field(q, "unit", "")));
        }
        JsonNode t = o.path("lector:time");
        TimeExpression time = t.isObject() ? new TimeExpression(field(t, "text", ""), field(t, "value", ""))
                : null;
        Span span = requireSpan(o, "fact", id);
        return new Fact(id, span, exact(o), o.path("lector:subject").asText(""),
                o.path("lector:predicate").asText(""), o.path("lector:object").asText(""), qs, time,
                nullable(o, "lector:source"), o.path("lector:sourceName").asText(""),
                o.path("lector:score").asDouble(), FactStatus.fromId(o.path("lector:status").asText("unchecked")),
                evidence, url, provenance(o));
    }

    /** A note: Lector's, or any standard annotation (its comments the text, its tags the tags). */
    void note(JsonNode o, String id, List<Note> notes) {
        StringBuilder value = new StringBuilder();
        List<String> tags = new ArrayList<>();
        if (o.path("bodyValue").isTextual()) {
            value.append(o.path("bodyValue").asText());
        }
        for (JsonNode b : bodies(o)) {
            String purpose = b.path("purpose").asText("");
            String v = b.isTextual() ? b.asText() : b.path("value").asText(b.path("source").asText(""));
            if (v.isEmpty()) {
                continue;
            }
            if (purpose.equals("tagging") || purpose.equals("classifying") || purpose.equals("identifying")) {
                tags.add(v);
            } else {
                value.append(value.length() == 0 ? "" : "\n\n").append(v);
            }
        }
        Instant created = instant(o.path("created"), importedAt);
        Instant modified = instant(o.path("modified"), created);
        JsonNode target = target(o);
        Span span = null;
        if (!target.isTextual()) {
            span = span(o, "note", id);
            if (span == null) {
                return; // reported as an orphan
            }
        }
        notes.add(new Note(id, span, value.toString(), created, modified, tags));
    }

    private List<JsonNode> bodies(JsonNode o) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode b = o.path("body");
        if (b.isArray()) {
            b.forEach(out::add);
        } else if (!b.isMissingNode() && !b.isNull()) {
            if (isA(b, "Choice") && b.path("items").isArray() && !b.path("items").isEmpty()) {
                out.add(b.path("items").get(0));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private Span requireSpan(JsonNode o, String kind, String id) {
        Span span = span(o, kind, id);
        if (span == null) {
            throw new IllegalArgumentException(kind + " " + id + " names no passage (no TextQuoteSelector or "
                    + "TextPositionSelector)");
        }
        return span;
    }

    /**
     * The passage the target's selectors name, with its quote selector recorded for the anchoring; null (and an
     * orphan) when there is neither a quote nor a position.
     */
    Span span(JsonNode o, String kind, String id) {
        JsonNode quote = null;
        JsonNode position = null;
        for (JsonNode s : selectorsOf(target(o))) {
            if (isA(s, "TextQuoteSelector") && quote == null) {
                quote = s;
            } else if (isA(s, "TextPositionSelector") && position == null) {
                position = s;
            }
        }
        Span span = position == null ? null : offsets(position.path("start").asInt(), position.path("end").asInt());
        if (quote != null) {
            AnchorSelector sel = new AnchorSelector(quote.path("exact").asText(""), quote.path("prefix").asText(""),
                    quote.path("suffix").asText(""));
            selectors.put(ImportedAnalysis.key(kind, id), sel);
            if (span == null) {
                // no position: the quote is looked for from the top of the article
                span = new Span(0, Math.min(text.length(), sel.exact().length()));
            }
            return span;
        }
        if (span != null) {
            // a position alone: the text there is what the annotation is on, by the file's word
            selectors.put(ImportedAnalysis.key(kind, id), AnchorSelector.of(text, span));
            return span;
        }
        orphans.add(new ImportOrphan(kind.replace("entity", "mention"), id, "",
                "its target names no text passage Lector can read (no TextQuoteSelector or "
                        + "TextPositionSelector)"));
        return null;
    }

    private List<JsonNode> selectorsOf(JsonNode target) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode s = target.path("selector");
        if (s.isArray()) {
            s.forEach(out::add);
        } else if (s.isObject()) {
            out.add(s);
            // a RangeSelector whose ends are positions or quotes: take its start's
            if (isA(s, "RangeSelector")) {
                out.add(s.path("startSelector"));
            }
        }
        return out;
    }

    /** A position pair as UTF-16 offsets of the article, clamped to it. */
    private Span offsets(int start, int end) {
        int s = Math.max(0, start);
        int e = Math.max(s, end);
        if (utf16) {
            return new Span(Math.min(s, text.length()), Math.min(e, text.length()));
        }
        return new Span(cp.utf16Clamped(s), cp.utf16Clamped(e));
    }

    String exact(JsonNode o) {
        for (JsonNode s : selectorsOf(target(o))) {
            if (isA(s, "TextQuoteSelector")) {
                return s.path("exact").asText("");
            }
        }
        return "";
    }

    /** A Lector field, as format 2 writes it ({@code lector:name}) or format 1 did ({@code name}). */
    static JsonNode get(JsonNode o, String name) {
        JsonNode n = o.get("lector:" + name);
        return n != null ? n : o.path(name);
    }

    static String field(JsonNode o, String name, String orElse) {
        JsonNode n = get(o, name);
        return n.isValueNode() && !n.isNull() ? n.asText() : orElse;
    }

    private static String nullable(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Instant instant(JsonNode n, Instant orElse) {
        if (!n.isTextual() || n.asText().isBlank()) {
            return orElse;
        }
        try {
            return OffsetDateTime.parse(n.asText()).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.parse(n.asText().toUpperCase(Locale.ROOT));
        }
    }

    private static Provenance provenance(JsonNode o) {
        Provenance.Origin origin = Provenance.Origin.fromId(o.path("lector:provenance").asText("user"));
        Instant time = o.hasNonNull("created") ? instant(o.path("created"), null) : null;
        double confidence = Math.max(0, Math.min(1, o.path("lector:confidence").asDouble(1)));
        return new Provenance(origin, o.path("lector:engine").asText(""), confidence, time);
    }

    static String targetSource(JsonNode o) {
        JsonNode t = target(o);
        if (t.isTextual()) {
            return t.asText();
        }
        JsonNode s = t.path("source");
        return s.isTextual() ? s.asText() : s.path("id").asText(s.path("@id").asText(""));
    }

    private static JsonNode target(JsonNode o) {
        JsonNode t = o.path("target");
        return t.isArray() && !t.isEmpty() ? t.get(0) : t;
    }
}

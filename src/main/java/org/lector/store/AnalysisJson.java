package org.lector.store;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lector.model.Analysis;
import org.lector.model.EntityCluster;
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
 * The JSON stored in {@code analysis_cache.analysis} and in annotation payloads. Written field by field rather
 * than by reflection so that the file format cannot change when a model record gains a method, and enums are
 * stored by their stable ids.
 */
final class AnalysisJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    // The models' fromId() streams over values(); with 50,000 annotations per load a map lookup is worth it.
    private static final Map<String, EntityType> TYPES = ids(EntityType.values(), EntityType::id);
    private static final Map<String, MentionForm> FORMS = ids(MentionForm.values(), MentionForm::id);
    private static final Map<String, QuoteKind> QUOTE_KINDS = ids(QuoteKind.values(), QuoteKind::id);
    private static final Map<String, FactStatus> STATUSES = ids(FactStatus.values(), FactStatus::id);
    private static final Map<String, Provenance.Origin> ORIGINS = ids(Provenance.Origin.values(),
            Provenance.Origin::id);

    private static <E> Map<String, E> ids(E[] values, Function<E, String> id) {
        Map<String, E> m = new HashMap<>();
        for (E e : values) {
            m.put(id.apply(e), e);
        }
        return Map.copyOf(m);
    }

    private static <E> E lookup(Map<String, E> ids, String id, Function<String, E> slow) {
        E e = ids.get(id);
        return e != null ? e : slow.apply(id); // the slow path throws the model's own message
    }

    private AnalysisJson() {
    }

    /**
     * Writes an analysis for the cache. Entities and clusters, the bulk of a long document, are written token by
     * token (read back by {@link #entity(JsonNode)}): a tree node per mention held about 140 MB for War and Peace
     * at the moment its analysis was stored, when memory is already at its peak.
     */
    static String write(Analysis a) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            write(g, a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * {@link #write(Analysis)} as UTF-8, the way SQLite stores the text, gathered in blocks of at most 128 KB
     * (Jackson's {@link ByteArrayBuilder}) and copied once into an array of the exact length. A novel's analysis is
     * 26 million characters: written to a {@code StringWriter}, made a {@code String} and encoded again by
     * sqlite-jdbc, it went through several arrays too large for the collector's regions (the writer's buffer alone
     * doubles to 67 MB), each of which needs a run of free regions of its own, just as the finished novel's analysis
     * is stored; this way there is one, of the UTF-8 length.
     *
     * <p>The text is the text form's, character for character, but for characters outside the Basic Multilingual
     * Plane (emoji), which Jackson's UTF-8 writer writes as the JSON escapes of their two surrogates: the same JSON
     * value, read back the same. A lone surrogate, which UTF-8 cannot encode, is escaped too and so read back as
     * itself (the text form's UTF-8 encoding made it a question mark).
     */
    static byte[] writeUtf8(Analysis a) {
        try (ByteArrayBuilder out = new ByteArrayBuilder()) {
            try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                write(g, a);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(JsonGenerator g, Analysis a) throws IOException {
        g.writeStartObject();
        g.writeNumberField("format", 1);
        g.writeStringField("pipelineVersion", a.pipelineVersion());
        g.writeArrayFieldStart("entities");
        for (EntityMention m : a.entities()) {
            writeEntity(g, m);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("clusters");
        for (EntityCluster c : a.clusters()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("name", c.name());
            g.writeStringField("type", c.type().id());
            g.writeArrayFieldStart("mentions");
            for (String id : c.mentionIds()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : a.quotes()) {
            g.writeTree(quote(q));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("facts");
        for (Fact f : a.facts()) {
            g.writeTree(fact(f));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notes");
        for (Note n : a.notes()) {
            g.writeTree(note(n));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeEntity(JsonGenerator g, EntityMention m) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeNumberField("start", m.span().start());
        g.writeNumberField("end", m.span().end());
        g.writeStringField("text", m.text());
        g.writeStringField("type", m.type().id());
        g.writeStringField("subtype", m.subtype());
        g.writeStringField("form", m.form().id());
        g.writeStringField("cluster", m.clusterId());
        if (m.value() != null) {
            g.writeStringField("value", m.value().value());
            g.writeStringField("unit", m.value().unit());
        }
        g.writeFieldName("prov");
        g.writeTree(provenance(m.provenance())); // a few fields, garbage at once: nothing is held
        g.writeEndObject();
    }

    /**
     * Reads a cached analysis. Entities and clusters, the bulk of a long document, are read token by token;
     * building a tree node per mention took most of the load time of a 50,000-annotation document.
     */
    static Analysis read(String json) {
        try (JsonParser p = MAPPER.getFactory().createParser(json)) {
            return read(p);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable analysis in the library", e);
        }
    }

    /**
     * {@link #read(String)} from the stored text's UTF-8 bytes, as SQLite holds them: a novel's analysis read as a
     * {@code String} went through 150 MB of arrays too large for the collector's regions (sqlite-jdbc's copy, the
     * decoded text and its UTF-16 form), the bytes are one array of 25 MB.
     */
    static Analysis read(byte[] utf8) {
        try (JsonParser p = MAPPER.getFactory().createParser(utf8)) {
            return read(p);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable analysis in the library", e);
        }
    }

    private static Analysis read(JsonParser p) throws IOException {
        List<EntityMention> entities = new ArrayList<>();
        List<EntityCluster> clusters = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        String pipeline = "";
        expect(p.nextToken(), JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "pipelineVersion" -> pipeline = p.getValueAsString();
                case "entities" -> {
                    expect(value, JsonToken.START_ARRAY);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        entities.add(streamEntity(p));
                    }
                }
                case "clusters" -> {
                    expect(value, JsonToken.START_ARRAY);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        clusters.add(streamCluster(p));
                    }
                }
                case "quotes", "facts", "notes" -> {
                    expect(value, JsonToken.START_ARRAY);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode n = p.readValueAsTree();
                        switch (field) {
                            case "quotes" -> quotes.add(quote(n));
                            case "facts" -> facts.add(fact(n));
                            default -> notes.add(note(n));
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new Analysis(pipeline, entities, clusters, quotes, facts, notes);
    }

    private static EntityMention streamEntity(JsonParser p) throws IOException {
        String id = "";
        int start = 0;
        int end = 0;
        String text = "";
        String type = "";
        String subtype = "";
        String form = "";
        String cluster = null;
        String value = null;
        String unit = "";
        Provenance prov = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "id" -> id = p.getValueAsString();
                case "start" -> start = p.getIntValue();
                case "end" -> end = p.getIntValue();
                case "text" -> text = p.getValueAsString();
                case "type" -> type = p.getValueAsString();
                case "subtype" -> subtype = p.getValueAsString();
                case "form" -> form = p.getValueAsString();
                case "cluster" -> cluster = t == JsonToken.VALUE_NULL ? null : p.getValueAsString();
                case "value" -> value = t == JsonToken.VALUE_NULL ? null : p.getValueAsString();
                case "unit" -> unit = p.getValueAsString();
                case "prov" -> prov = streamProvenance(p);
                default -> p.skipChildren();
            }
        }
        return new EntityMention(id, new Span(start, end), text, lookup(TYPES, type, EntityType::fromId), subtype,
                lookup(FORMS, form, MentionForm::fromId), cluster,
                prov != null ? prov : Provenance.auto("", 1.0), value == null ? null : new EntityValue(value, unit));
    }

    private static Provenance streamProvenance(JsonParser p) throws IOException {
        String origin = "auto";
        String engine = "";
        double confidence = 1.0;
        Instant time = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "origin" -> origin = p.getValueAsString();
                case "engine" -> engine = p.getValueAsString();
                case "confidence" -> confidence = p.getDoubleValue();
                case "time" -> time = Instant.parse(p.getValueAsString());
                default -> p.skipChildren();
            }
        }
        return new Provenance(lookup(ORIGINS, origin, Provenance.Origin::fromId), engine, confidence, time);
    }

    private static EntityCluster streamCluster(JsonParser p) throws IOException {
        String id = "";
        String name = "";
        String type = "";
        List<String> mentions = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id" -> id = p.getValueAsString();
                case "name" -> name = p.getValueAsString();
                case "type" -> type = p.getValueAsString();
                case "mentions" -> {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        mentions.add(p.getValueAsString());
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new EntityCluster(id, name, lookup(TYPES, type, EntityType::fromId), mentions);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual);
        }
    }

    static EntityMention entity(JsonNode n) {
        return new EntityMention(n.path("id").asText(), span(n), n.path("text").asText(),
                lookup(TYPES, n.path("type").asText(), EntityType::fromId), n.path("subtype").asText(),
                lookup(FORMS, n.path("form").asText(), MentionForm::fromId), textOrNull(n, "cluster"),
                provenance(n.path("prov")), n.path("value").isTextual()
                        ? new EntityValue(n.path("value").asText(), n.path("unit").asText("")) : null);
    }

    static ObjectNode quote(Quote q) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", q.id());
        span(n, q.span());
        n.put("text", q.text());
        n.put("kind", q.kind().id());
        n.put("speaker", q.speakerId());
        n.put("speakerName", q.speakerName());
        if (q.cue() != null) {
            span(n.putObject("cue"), q.cue());
        }
        n.put("cueText", q.cueText());
        n.set("prov", provenance(q.provenance()));
        return n;
    }

    static Quote quote(JsonNode n) {
        JsonNode cue = n.path("cue");
        return new Quote(n.path("id").asText(), span(n), n.path("text").asText(),
                lookup(QUOTE_KINDS, n.path("kind").asText(), QuoteKind::fromId), textOrNull(n, "speaker"),
                n.path("speakerName").asText(),
                cue.isObject() ? span(cue) : null, n.path("cueText").asText(), provenance(n.path("prov")));
    }

    static ObjectNode fact(Fact f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", f.id());
        span(n, f.span());
        n.put("text", f.text());
        n.put("subject", f.subject());
        n.put("predicate", f.predicate());
        n.put("object", f.object());
        ArrayNode qs = n.putArray("quantities");
        for (Quantity q : f.quantities()) {
            ObjectNode qn = qs.addObject();
            qn.put("text", q.text());
            // As a string: a BigDecimal must come back with the same scale ("3.10" stays "3.10").
            qn.put("value", q.value().toPlainString());
            qn.put("unit", q.unit());
        }
        if (f.time() != null) {
            ObjectNode t = n.putObject("time");
            t.put("text", f.time().text());
            t.put("value", f.time().value());
        }
        n.put("source", f.sourceId());
        n.put("sourceName", f.sourceName());
        n.put("score", f.score());
        n.put("status", f.status().id());
        n.put("evidence", f.evidence());
        n.put("evidenceUrl", f.evidenceUrl());
        n.set("prov", provenance(f.provenance()));
        return n;
    }

    static Fact fact(JsonNode n) {
        List<Quantity> qs = new ArrayList<>();
        for (JsonNode q : n.path("quantities")) {
            qs.add(new Quantity(q.path("text").asText(), new BigDecimal(q.path("value").asText()),
                    q.path("unit").asText()));
        }
        JsonNode t = n.path("time");
        return new Fact(n.path("id").asText(), span(n), n.path("text").asText(), n.path("subject").asText(),
                n.path("predicate").asText(), n.path("object").asText(), qs,
                t.isObject() ? new TimeExpression(t.path("text").asText(), t.path("value").asText()) : null,
                textOrNull(n, "source"), n.path("sourceName").asText(), n.path("score").asDouble(),
                lookup(STATUSES, n.path("status").asText(), FactStatus::fromId), n.path("evidence").asText(),
                n.path("evidenceUrl").asText(), provenance(n.path("prov")));
    }

    static ObjectNode note(Note note) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", note.id());
        if (note.span() != null) {
            span(n, note.span());
        }
        n.put("text", note.text());
        n.put("created", note.created().toString());
        n.put("modified", note.modified().toString());
        return n;
    }

    static Note note(JsonNode n) {
        return new Note(n.path("id").asText(), n.has("start") ? span(n) : null, n.path("text").asText(),
                Instant.parse(n.path("created").asText()), Instant.parse(n.path("modified").asText()));
    }

    static ObjectNode provenance(Provenance p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("origin", p.origin().id());
        n.put("engine", p.engine());
        n.put("confidence", p.confidence());
        if (p.time() != null) {
            n.put("time", p.time().toString());
        }
        return n;
    }

    static Provenance provenance(JsonNode n) {
        JsonNode time = n.path("time");
        return new Provenance(lookup(ORIGINS, n.path("origin").asText("auto"), Provenance.Origin::fromId),
                n.path("engine").asText(),
                n.path("confidence").asDouble(1.0), time.isTextual() ? Instant.parse(time.asText()) : null);
    }

    static void span(ObjectNode n, Span s) {
        n.put("start", s.start());
        n.put("end", s.end());
    }

    static Span span(JsonNode n) {
        return new Span(n.path("start").asInt(), n.path("end").asInt());
    }

    static Span spanOrNull(JsonNode n) {
        return n != null && n.isObject() && n.has("start") ? span(n) : null;
    }

    static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable JSON in the library", e);
        }
    }

    static String toString(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.lector.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.lector.export.FactJson;
import org.lector.export.MetadataJson;
import org.lector.ingest.RepairFinder;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.DocumentMetadata;
import org.lector.model.EntityMention;
import org.lector.model.EntityCluster;
import org.lector.model.EntityValue;
import org.lector.model.Fact;
import org.lector.model.Note;
import org.lector.model.Quote;
import org.lector.model.Repair;
import org.lector.model.Span;
import org.lector.reading.LibraryViews;

/**
 * The analysis JSON of DESIGN.md: {@code document} (with the article's metadata, see {@link #putMetadata}),
 * {@code text}, {@code entities}, {@code clusters}, {@code quotes}, {@code facts}, {@code notes}, {@code repairs}
 * (suggested mends of damaged text, see {@link #repair}). Offsets are half-open {@code [start, end)} UTF-16
 * indices into {@code text}. A date entity carries its TIMEX3 {@code value}, a money or quantity entity its
 * {@code value} and {@code unit}; a quote's {@code kind} is {@code direct}, {@code partial}, {@code scare} or
 * {@code title}. Numbers are written plain (2000000000, not 2E+9). A note is {@code id}, {@code start}, {@code end}
 * and {@code exact} (the annotated passage; all three null for a note on the whole document), {@code text} (the
 * note's Markdown), {@code created} and {@code modified}; notes come only from a library ({@code --db}).
 */
public final class AnalysisJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private AnalysisJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Writes the analysis JSON of one document to {@code g}, streamed: one entity, quote or fact at a time is
     * built as a small tree and written, so a text with a hundred thousand mentions never exists as one tree or
     * one string in memory.
     *
     * @param date the article's date as Lector found it (metadata or dateline), or null
     */
    public static void write(JsonGenerator g, Document d, LocalDate date, Analysis a) throws IOException {
        write(g, d, date, a, null);
    }

    /**
     * As {@link #write(JsonGenerator, Document, LocalDate, Analysis)}, for an article kept in a library:
     * {@code document.version} is its version's number among the document's versions and {@code document.changes}
     * the passages that differ from the previous version ({@code [{start, end, kind: inserted|deleted|changed,
     * before, after}]}, offsets in this version's text). Without a library ({@code version} null) they are null and
     * empty.
     */
    public static void write(JsonGenerator g, Document d, LocalDate date, Analysis a,
            LibraryViews.VersionInfo version) throws IOException {
        g.writeStartObject();
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("title", d.title());
        doc.put("source", d.source());
        doc.put("sha256", d.sha256());
        doc.put("length", d.length());
        if (date != null) {
            doc.put("date", date.toString());
        } else {
            doc.putNull("date");
        }
        putMetadata(doc, d.metadata());
        doc.put("pipeline", a.pipelineVersion());
        doc.put("offsets", "utf16");
        if (version != null) {
            doc.put("version", version.number());
        } else {
            doc.putNull("version");
        }
        doc.set("changes", ViewsJson.changes(version == null ? List.of() : version.changes()));
        g.writeFieldName("document");
        MAPPER.writeTree(g, doc);
        g.writeStringField("text", d.text());
        g.writeArrayFieldStart("entities");
        for (EntityMention m : a.entities()) {
            MAPPER.writeTree(g, entity(m));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("clusters");
        for (EntityCluster c : a.clusters()) {
            MAPPER.writeTree(g, cluster(c));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : a.quotes()) {
            MAPPER.writeTree(g, quote(q));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("facts");
        for (Fact f : a.facts()) {
            MAPPER.writeTree(g, fact(f));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notes");
        for (Note n : a.notes()) {
            MAPPER.writeTree(g, note(n, d));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("repairs");
        for (Repair r : RepairFinder.find(d.text())) {
            MAPPER.writeTree(g, repair(r));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * One entry of the {@code repairs} array: a suggested mend of damaged text (glued words, lost apostrophes,
     * line-end hyphens, mojibake): {@code start}, {@code end}, {@code text} (as it stands), {@code replacement} and
     * {@code kind}; suggestions only: {@code text} is unchanged.
     */
    private static ObjectNode repair(Repair r) {
        ObjectNode o = MAPPER.createObjectNode();
        span(o, r.span());
        o.put("text", r.text());
        o.put("replacement", r.replacement());
        o.put("kind", r.kind().id());
        return o;
    }

    private static ObjectNode entity(EntityMention m) {
        ObjectNode e = MAPPER.createObjectNode();
        e.put("id", m.id());
        span(e, m.span());
        e.put("text", m.text());
        e.put("type", m.type().id());
        e.put("subtype", m.subtype());
        e.put("form", m.form().id());
        if (m.clusterId() != null) {
            e.put("cluster", m.clusterId());
        } else {
            e.putNull("cluster");
        }
        e.put("provenance", m.provenance().origin().id());
        e.put("confidence", round(m.provenance().confidence()));
        value(e, m);
        return e;
    }

    private static ObjectNode cluster(EntityCluster c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", c.id());
        o.put("name", c.name());
        o.put("type", c.type().id());
        ArrayNode ms = o.putArray("mentions");
        c.mentionIds().forEach(ms::add);
        return o;
    }

    private static ObjectNode quote(Quote q) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", q.id());
        span(o, q.span());
        o.put("text", q.text());
        o.put("kind", q.kind().id());
        if (q.speakerId() != null) {
            o.put("speaker", q.speakerId());
            o.put("speakerName", q.speakerName());
        } else {
            o.putNull("speaker");
            o.putNull("speakerName");
        }
        if (q.cue() != null) {
            ObjectNode cue = o.putObject("cue");
            span(cue, q.cue());
            cue.put("text", q.cueText());
        } else {
            o.putNull("cue");
        }
        o.put("provenance", q.provenance().origin().id());
        return o;
    }

    private static ObjectNode fact(Fact f) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", f.id());
        span(o, f.span());
        o.put("text", f.text());
        o.put("subject", f.subject());
        o.put("predicate", f.predicate());
        o.put("object", f.object());
        FactJson.putQuantitiesAndTime(o, f, "quantities", "time");
        if (f.time() == null) {
            o.putNull("time");
        }
        if (f.sourceId() != null) {
            o.put("source", f.sourceId());
            o.put("sourceName", f.sourceName());
        } else {
            o.putNull("source");
        }
        o.put("score", round(f.score()));
        o.put("status", f.status().id());
        return o;
    }

    private static ObjectNode note(Note n, Document d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", n.id());
        if (n.span() != null) {
            span(o, n.span());
            // an orphaned note keeps its old span, which may lie beyond this version's text
            o.put("exact", n.span().end() <= d.length() ? n.span().of(d.text()) : null);
        } else {
            // a note on the whole document
            o.putNull("start");
            o.putNull("end");
            o.putNull("exact");
        }
        o.put("text", n.text());
        o.put("created", n.created().toString());
        o.put("modified", n.modified().toString());
        return o;
    }

    /**
     * The article's metadata as fields of a {@code document} object: {@code author}, {@code siteName},
     * {@code canonicalUrl}, {@code published}, {@code modified} (ISO 8601 as the page gives them) and
     * {@code language}; each null when the file does not say.
     */
    static void putMetadata(ObjectNode doc, DocumentMetadata m) {
        MetadataJson.put(doc, m);
    }

    /**
     * A date's {@code value} (TIMEX3, a string; null when it could not be normalized), an amount's or quantity's
     * {@code value} (a number) and {@code unit}. Names have neither field.
     */
    static void value(ObjectNode e, EntityMention m) {
        EntityValue v = m.value();
        switch (m.type()) {
            case DATE -> {
                if (v == null) {
                    e.putNull("value");
                } else {
                    e.put("value", v.value());
                }
            }
            case MONEY, QUANTITY -> {
                if (v == null) {
                    e.putNull("value");
                } else {
                    e.put("value", new BigDecimal(v.value()));
                }
                e.put("unit", v == null ? "" : v.unit());
            }
            default -> {
                // a name: no value
            }
        }
    }

    private static void span(ObjectNode o, Span s) {
        o.put("start", s.start());
        o.put("end", s.end());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}

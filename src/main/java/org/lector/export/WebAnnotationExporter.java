package org.lector.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.lector.model.AnchorSelector;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.Fact;
import org.lector.model.Note;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.Span;

/**
 * W3C Web Annotation JSON-LD: one {@code AnnotationCollection} whose single page holds one annotation per entity
 * mention, quote, fact and note. Each target names the document's source and carries a {@code TextQuoteSelector}
 * (exact, 32 characters of prefix and suffix) and a {@code TextPositionSelector}; positions are half-open UTF-16
 * code unit offsets into the document's normalized text (NFC, {@code \n} line ends), as the collection's
 * {@code lector:offsets} says. Bodies use the purposes {@code tagging} (type, kind), {@code identifying} (the
 * entity or speaker) and {@code commenting} (notes, evidence). What Web Annotation has no term for (subtype,
 * mention form, clusters, fact parts, provenance) is kept under the {@code lector:} prefix, so
 * {@link WebAnnotationReader} restores the analysis without loss.
 */
public final class WebAnnotationExporter {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String VOCAB = "urn:x-lector:vocab#";
    static final String OFFSETS = "half-open [start, end) offsets in UTF-16 code units of the normalized text "
            + "(Unicode NFC, \\n line ends, no BOM)";

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private WebAnnotationExporter() {
    }

    public static String export(ExportInput in, ExportProgress progress) {
        Document d = in.document();
        Analysis a = in.analysis();
        String base = "urn:x-lector:" + d.sha256() + ":";
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode context = root.putArray("@context");
        context.add(CONTEXT);
        context.addObject().put("lector", VOCAB);
        root.put("id", base + "annotations");
        root.put("type", "AnnotationCollection");
        root.put("label", d.title());
        root.put("lector:offsets", OFFSETS);
        ObjectNode doc = root.putObject("lector:document");
        doc.put("title", d.title());
        doc.put("source", d.source());
        doc.put("sha256", d.sha256());
        doc.put("length", d.length());
        doc.put("date", in.date() == null ? null : in.date().toString());
        MetadataJson.put(doc, d.metadata());
        root.put("lector:pipeline", a.pipelineVersion());
        root.put("lector:exported", in.exportedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        ArrayNode clusters = root.putArray("lector:clusters");
        for (EntityCluster c : a.clusters()) {
            ObjectNode o = clusters.addObject();
            o.put("id", c.id());
            o.put("name", c.name());
            o.put("type", c.type().id());
            ArrayNode ms = o.putArray("mentions");
            c.mentionIds().forEach(ms::add);
        }
        int total = a.entities().size() + a.quotes().size() + a.facts().size() + a.notes().size();
        root.put("total", total);
        // The head is a small tree; the items are streamed one by one so a novel's 100,000 annotations never
        // exist as one tree.
        StringWriter sink = new StringWriter(1 << 16);
        try (JsonGenerator gen = MAPPER.getFactory().createGenerator(sink)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(
                    DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
            pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
            gen.setPrettyPrinter(pp);
            gen.writeStartObject();
            for (Map.Entry<String, JsonNode> field : root.properties()) {
                gen.writeFieldName(field.getKey());
                gen.writeTree(field.getValue());
            }
            gen.writeObjectFieldStart("first");
            gen.writeStringField("id", base + "page1");
            gen.writeStringField("type", "AnnotationPage");
            gen.writeNumberField("startIndex", 0);
            gen.writeArrayFieldStart("items");
            writeItems(gen, in, base, total, progress);
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.progress(1);
        return sink + "\n";
    }

    private static void writeItems(JsonGenerator gen, ExportInput in, String base, int total,
            ExportProgress progress) throws IOException {
        Document d = in.document();
        Analysis a = in.analysis();
        ArrayNode items = MAPPER.createArrayNode();
        Map<String, EntityCluster> byId = new AnalysisIndex(a).clusters;
        int done = 0;
        int step = Math.max(1, total / 20);
        for (EntityMention m : a.entities()) {
            ObjectNode o = annotation(items, base, m.id(), "entity", "identifying", m.provenance());
            ArrayNode body = o.putArray("body");
            tag(body, m.type().id());
            if (m.clusterId() != null) {
                EntityCluster c = byId.get(m.clusterId());
                ObjectNode id = body.addObject();
                id.put("type", "TextualBody");
                id.put("purpose", "identifying");
                id.put("value", c == null ? m.text() : c.name());
                id.put("lector:cluster", m.clusterId());
            }
            target(o, d, m.span());
            o.put("lector:subtype", m.subtype());
            o.put("lector:form", m.form().id());
            flush(gen, items);
            if (++done % step == 0) {
                progress.progress(0.9 * done / total);
            }
        }
        for (Quote q : a.quotes()) {
            ObjectNode o = annotation(items, base, q.id(), "quote", "tagging", q.provenance());
            ArrayNode body = o.putArray("body");
            tag(body, "quote");
            tag(body, q.kind().id());
            if (q.speakerId() != null || !q.speakerName().isEmpty()) {
                ObjectNode s = body.addObject();
                s.put("type", "TextualBody");
                s.put("purpose", "identifying");
                s.put("value", q.speakerName());
                s.put("lector:cluster", q.speakerId());
                s.put("lector:role", "speaker");
            }
            target(o, d, q.span());
            o.put("lector:kind", q.kind().id());
            if (q.cue() != null) {
                ObjectNode cue = o.putObject("lector:cue");
                cue.put("start", q.cue().start());
                cue.put("end", q.cue().end());
                cue.put("exact", q.cueText());
            }
            flush(gen, items);
            if (++done % step == 0) {
                progress.progress(0.9 * done / total);
            }
        }
        for (Fact f : a.facts()) {
            ObjectNode o = annotation(items, base, f.id(), "fact", "assessing", f.provenance());
            ArrayNode body = o.putArray("body");
            tag(body, "fact");
            tag(body, f.status().id());
            if (!f.evidence().isEmpty() || !f.evidenceUrl().isEmpty()) {
                ObjectNode c = body.addObject();
                c.put("type", "TextualBody");
                c.put("purpose", "commenting");
                c.put("value", f.evidence());
                c.put("format", "text/plain");
                if (!f.evidenceUrl().isEmpty()) {
                    c.put("lector:evidenceUrl", f.evidenceUrl());
                }
            }
            target(o, d, f.span());
            o.put("lector:status", f.status().id());
            o.put("lector:subject", f.subject());
            o.put("lector:predicate", f.predicate());
            o.put("lector:object", f.object());
            FactJson.putQuantitiesAndTime(o, f, "lector:quantities", "lector:time");
            o.put("lector:source", f.sourceId());
            o.put("lector:sourceName", f.sourceName());
            o.put("lector:score", f.score());
            flush(gen, items);
            if (++done % step == 0) {
                progress.progress(0.9 * done / total);
            }
        }
        for (Note n : a.notes()) {
            ObjectNode o = annotation(items, base, n.id(), "note", "commenting", Provenance.user(n.created()));
            o.put("modified", n.modified().toString());
            ArrayNode body = o.putArray("body");
            ObjectNode c = body.addObject();
            c.put("type", "TextualBody");
            c.put("purpose", "commenting");
            c.put("value", n.text());
            c.put("format", "text/markdown");
            if (n.span() != null) {
                target(o, d, n.span());
            } else {
                o.put("target", d.source());
            }
            flush(gen, items);
        }
    }

    private static void flush(JsonGenerator gen, ArrayNode items) throws IOException {
        for (JsonNode item : items) {
            gen.writeTree(item);
        }
        items.removeAll();
    }

    private static ObjectNode annotation(ArrayNode items, String base, String id, String kind, String motivation,
            Provenance p) {
        ObjectNode o = items.addObject();
        o.put("id", base + id);
        o.put("type", "Annotation");
        o.put("motivation", motivation);
        ObjectNode creator = o.putObject("creator");
        if (p.origin() == Provenance.Origin.AUTO) {
            creator.put("type", "Software");
            creator.put("name", p.engine());
        } else {
            creator.put("type", "Person");
        }
        if (p.time() != null) {
            o.put("created", p.time().toString());
        }
        o.put("lector:id", id);
        o.put("lector:annotation", kind);
        o.put("lector:provenance", p.origin().id());
        o.put("lector:engine", p.engine());
        o.put("lector:confidence", p.confidence());
        return o;
    }

    private static void tag(ArrayNode body, String value) {
        ObjectNode t = body.addObject();
        t.put("type", "TextualBody");
        t.put("purpose", "tagging");
        t.put("value", value);
    }

    private static void target(ObjectNode o, Document d, Span span) {
        ObjectNode target = o.putObject("target");
        target.put("source", d.source());
        ArrayNode sel = target.putArray("selector");
        AnchorSelector a = AnchorSelector.of(d.text(), span);
        ObjectNode q = sel.addObject();
        q.put("type", "TextQuoteSelector");
        q.put("exact", a.exact());
        q.put("prefix", a.prefix());
        q.put("suffix", a.suffix());
        ObjectNode p = sel.addObject();
        p.put("type", "TextPositionSelector");
        p.put("start", span.start());
        p.put("end", span.end());
    }

    static Instant parseInstant(String s) {
        return s == null ? null : Instant.parse(s);
    }
}

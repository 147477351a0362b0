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
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
 * mention, quote, fact and note. Each target names the document by an absolute IRI (a {@code file:} IRI for a file,
 * the URL for a page) and carries a {@code TextQuoteSelector} (exact, 32 characters of prefix and suffix) and a
 * {@code TextPositionSelector}. Positions count characters (Unicode code points) of the document's normalized text
 * (NFC, {@code \n} line ends), as the Web Annotation model says, so a client that counts characters finds every
 * annotation, also after an emoji. Bodies use the purposes {@code tagging} (type, kind, a note's tags),
 * {@code identifying} (the entity or speaker) and {@code commenting} (notes, evidence).
 *
 * <p>What Web Annotation has no term for (subtype, mention form, a date's or amount's
 * normalized value and unit, clusters, fact parts, provenance, the engine's
 * annotations the reader rejected) is kept under the {@code lector:} prefix, every key of it, nested ones too, so a
 * JSON-LD processor keeps all of it and {@link WebAnnotationReader} restores the analysis without loss.
 */
public final class WebAnnotationExporter {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String VOCAB = "urn:x-lector:vocab#";
    /** The version of Lector's flavour: 1 counted positions in UTF-16 code units, 2 in code points. */
    static final int FORMAT = 2;
    static final String OFFSETS = "TextPositionSelector and lector:cue positions are half-open [start, end) counts "
            + "of characters (Unicode code points) of the normalized text (Unicode NFC, \\n line ends, no BOM)";

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private WebAnnotationExporter() {
    }

    public static String export(ExportInput in, ExportProgress progress) {
        StringWriter sink = new StringWriter(1 << 16);
        try {
            export(in, progress, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink.toString();
    }

    /**
     * Writes the export to {@code sink} as it is made: a novel's is over 100 MB, which as one string (and a copy
     * of it) would not fit the heap beside its analysis (decision 0017).
     */
    public static void export(ExportInput in, ExportProgress progress, Writer sink) throws IOException {
        Document d = in.document();
        Analysis a = in.analysis();
        Target target = new Target(d);
        String base = "urn:x-lector:" + d.sha256() + ":";
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode context = root.putArray("@context");
        context.add(CONTEXT);
        context.addObject().put("lector", VOCAB);
        root.put("id", base + "annotations");
        root.put("type", "AnnotationCollection");
        root.put("label", d.title());
        root.put("lector:format", FORMAT);
        root.put("lector:offsets", OFFSETS);
        ObjectNode doc = root.putObject("lector:document");
        doc.put("lector:title", d.title());
        doc.put("lector:location", d.source());
        doc.put("lector:sha256", d.sha256());
        doc.put("lector:length", target.cp.length());
        doc.put("lector:date", in.date() == null ? null : in.date().toString());
        MetadataJson.put(doc, d.metadata(), "lector:");
        root.put("lector:pipeline", a.pipelineVersion());
        root.put("lector:exported", in.exportedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        ArrayNode clusters = root.putArray("lector:clusters");
        for (EntityCluster c : a.clusters()) {
            ObjectNode o = clusters.addObject();
            o.put("lector:id", c.id());
            o.put("lector:name", c.name());
            o.put("lector:type", c.type().id());
            ArrayNode ms = o.putArray("lector:mentions");
            c.mentionIds().forEach(ms::add);
        }
        rejected(root.putArray("lector:rejected"), in.rejected(), target);
        int total = a.entities().size() + a.quotes().size() + a.facts().size() + a.notes().size();
        root.put("total", total);
        // The head is a small tree; the items are streamed one by one so a novel's 100,000 annotations never
        // exist as one tree.
        try (JsonGenerator gen = MAPPER.getFactory().createGenerator(sink)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
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
            writeItems(gen, in, target, base, total, progress);
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeEndObject();
        }
        sink.write("\n");
        sink.flush();
        progress.progress(1);
    }

    /** What the targets of one document share: its IRI, text and code point table. */
    private static final class Target {
        final String iri;
        final String text;
        final CodePoints cp;

        Target(Document d) {
            this.iri = sourceIri(d);
            this.text = d.text();
            this.cp = new CodePoints(d.text());
        }

        void put(ObjectNode o, Span span) {
            ObjectNode target = o.putObject("target");
            target.put("source", iri);
            ArrayNode sel = target.putArray("selector");
            AnchorSelector a = AnchorSelector.of(text, span);
            ObjectNode q = sel.addObject();
            q.put("type", "TextQuoteSelector");
            q.put("exact", a.exact());
            q.put("prefix", a.prefix());
            q.put("suffix", a.suffix());
            ObjectNode p = sel.addObject();
            p.put("type", "TextPositionSelector");
            p.put("start", cp.codePoint(span.start()));
            p.put("end", cp.codePoint(span.end()));
        }
    }

    /**
     * The document as an absolute IRI, which is what a JSON-LD processor keeps as a target's {@code source}: a URL
     * as it is, an absolute path as a {@code file:} IRI, and a relative path (which names no file on its own) as
     * the RFC 6920 name of the text's hash.
     */
    public static String sourceIri(Document d) {
        String s = d.source();
        try {
            URI uri = new URI(s);
            if (uri.isAbsolute() && uri.getScheme().length() > 1) {
                return uri.toASCIIString();
            }
        } catch (URISyntaxException e) {
            // not a URI: a path
        }
        try {
            Path p = Path.of(s);
            if (p.isAbsolute()) {
                return p.normalize().toUri().toASCIIString();
            }
        } catch (InvalidPathException e) {
            // neither a URI nor a path: named by its text below
        }
        return "ni:///sha-256;" + d.sha256();
    }

    private static void rejected(ArrayNode out, Analysis rejected, Target target) {
        for (EntityMention m : rejected.entities()) {
            ObjectNode o = rejectedItem(out, "entity", m.id());
            o.put("lector:type", m.type().id());
            target.put(o, m.span());
        }
        for (Quote q : rejected.quotes()) {
            ObjectNode o = rejectedItem(out, "quote", q.id());
            o.put("lector:kind", q.kind().id());
            target.put(o, q.span());
        }
        for (Fact f : rejected.facts()) {
            target.put(rejectedItem(out, "fact", f.id()), f.span());
        }
    }

    private static ObjectNode rejectedItem(ArrayNode out, String kind, String id) {
        ObjectNode o = out.addObject();
        o.put("lector:annotation", kind);
        o.put("lector:id", id);
        return o;
    }

    private static void writeItems(JsonGenerator gen, ExportInput in, Target target, String base, int total,
            ExportProgress progress) throws IOException {
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
                ObjectNode id = textualBody(body, "identifying", c == null ? m.text() : c.name());
                id.put("lector:cluster", m.clusterId());
            }
            target.put(o, m.span());
            o.put("lector:subtype", m.subtype());
            o.put("lector:form", m.form().id());
            if (m.value() != null) {
                o.put("lector:value", m.value().value());
                o.put("lector:unit", m.value().unit());
            }
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
                ObjectNode s = textualBody(body, "identifying", q.speakerName());
                s.put("lector:cluster", q.speakerId());
                s.put("lector:role", "speaker");
            }
            target.put(o, q.span());
            o.put("lector:kind", q.kind().id());
            if (q.cue() != null) {
                ObjectNode cue = o.putObject("lector:cue");
                cue.put("lector:start", target.cp.codePoint(q.cue().start()));
                cue.put("lector:end", target.cp.codePoint(q.cue().end()));
                cue.put("lector:exact", q.cueText());
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
                ObjectNode c = textualBody(body, "commenting", f.evidence());
                c.put("format", "text/plain");
                if (!f.evidenceUrl().isEmpty()) {
                    c.put("lector:evidenceUrl", f.evidenceUrl());
                }
            }
            target.put(o, f.span());
            o.put("lector:status", f.status().id());
            o.put("lector:subject", f.subject());
            o.put("lector:predicate", f.predicate());
            o.put("lector:object", f.object());
            FactJson.putQuantitiesAndTime(o, f, "lector:quantities", "lector:time", "lector:");
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
            textualBody(body, "commenting", n.text()).put("format", "text/markdown");
            n.tags().forEach(t -> tag(body, t));
            if (n.span() != null) {
                target.put(o, n.span());
            } else {
                o.put("target", target.iri);
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

    private static ObjectNode textualBody(ArrayNode body, String purpose, String value) {
        ObjectNode t = body.addObject();
        t.put("type", "TextualBody");
        t.put("purpose", purpose);
        t.put("value", value);
        return t;
    }

    private static void tag(ArrayNode body, String value) {
        textualBody(body, "tagging", value);
    }
}

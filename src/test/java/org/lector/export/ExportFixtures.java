package org.lector.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
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
 * The sample article as a fixed input: the analysis JSON the engine produced once (so goldens do not move when the
 * engine improves), the engine's tokens saved the same way, a fixed export time, and a few reader edits (a checked
 * fact, two notes) so every part of every format is exercised.
 */
public final class ExportFixtures {

    public static final Instant EXPORTED_AT = Instant.parse("2025-03-28T09:00:00Z");
    public static final Instant NOTE_TIME = Instant.parse("2025-03-28T08:30:00Z");

    private ExportFixtures() {
    }

    /** The sample with its engine analysis exactly as saved. */
    public static ExportInput sampleAsAnalysed() {
        JsonNode root = json("paris-summit.analysis.json");
        Document d = document(root);
        return new ExportInput(d, analysis(root), tokens(), d.date(), EXPORTED_AT);
    }

    /** The sample with reader edits on top: fact f2 supported with evidence, f3 disputed, two notes. */
    public static ExportInput sample() {
        ExportInput in = sampleAsAnalysed();
        Analysis a = in.analysis();
        String text = in.document().text();
        List<Fact> facts = new ArrayList<>();
        for (Fact f : a.facts()) {
            if (f.id().equals("f2")) {
                f = new Fact(f.id(), f.span(), f.text(), f.subject(), f.predicate(), f.object(), f.quantities(),
                        f.time(), f.sourceId(), f.sourceName(), f.score(), FactStatus.SUPPORTED,
                        "Élysée statement, 27 March", "https://www.elysee.fr/", Provenance.user(NOTE_TIME));
            } else if (f.id().equals("f3")) {
                f = new Fact(f.id(), f.span(), f.text(), f.subject(), f.predicate(), f.object(), f.quantities(),
                        f.time(), f.sourceId(), f.sourceName(), f.score(), FactStatus.DISPUTED,
                        "Kremlin denies it", "", Provenance.user(NOTE_TIME));
            }
            facts.add(f);
        }
        int at = text.indexOf("coalition of the willing");
        List<Note> notes = List.of(
                new Note("u-1", new Span(at, at + "coalition of the willing".length()),
                        "Coined by *Starmer*? Check the [UK readout](https://www.gov.uk/).\nSecond line.", NOTE_TIME,
                        NOTE_TIME),
                new Note("u-2", null, "Read with the BBC piece on the same summit.", NOTE_TIME, NOTE_TIME));
        Analysis edited = new Analysis(a.pipelineVersion(), a.entities(), a.clusters(), a.quotes(), facts, notes);
        return new ExportInput(in.document(), edited, in.tokens(), in.date(), EXPORTED_AT);
    }

    static Document document(JsonNode root) {
        JsonNode d = root.get("document");
        String date = d.path("date").isNull() ? null : d.path("date").asText();
        // The saved source is relative to where the analysis ran; the fixture names it as the corpus does.
        return new Document(d.get("title").asText(), root.get("text").asText(), "corpus/sample/paris-summit.txt",
                DocumentFormat.TEXT, "UTF-8", d.get("sha256").asText(), date == null ? null : LocalDate.parse(date));
    }

    /** A small reader of the DESIGN.md analysis JSON into model records. */
    static Analysis analysis(JsonNode root) {
        String pipeline = root.at("/document/pipeline").asText();
        List<EntityMention> ms = new ArrayList<>();
        for (JsonNode e : root.get("entities")) {
            ms.add(new EntityMention(e.get("id").asText(), span(e), e.get("text").asText(),
                    EntityType.fromId(e.get("type").asText()), e.path("subtype").asText(""),
                    MentionForm.fromId(e.get("form").asText()), nullable(e, "cluster"),
                    Provenance.auto(pipeline, e.get("confidence").asDouble())));
        }
        List<EntityCluster> cs = new ArrayList<>();
        for (JsonNode c : root.get("clusters")) {
            List<String> ids = new ArrayList<>();
            c.get("mentions").forEach(m -> ids.add(m.asText()));
            cs.add(new EntityCluster(c.get("id").asText(), c.get("name").asText(),
                    EntityType.fromId(c.get("type").asText()), ids));
        }
        List<Quote> qs = new ArrayList<>();
        for (JsonNode q : root.get("quotes")) {
            JsonNode cue = q.get("cue");
            boolean hasCue = cue != null && !cue.isNull();
            qs.add(new Quote(q.get("id").asText(), span(q), q.get("text").asText(),
                    QuoteKind.fromId(q.get("kind").asText()), nullable(q, "speaker"), nullable(q, "speakerName"),
                    hasCue ? span(cue) : null, hasCue ? cue.get("text").asText() : "",
                    Provenance.auto(pipeline, 1.0)));
        }
        List<Fact> fs = new ArrayList<>();
        for (JsonNode f : root.get("facts")) {
            List<Quantity> quantities = new ArrayList<>();
            for (JsonNode q : f.get("quantities")) {
                quantities.add(new Quantity(q.get("text").asText(), new BigDecimal(q.get("value").asText()),
                        q.path("unit").asText("")));
            }
            JsonNode t = f.get("time");
            TimeExpression time = t == null || t.isNull() ? null
                    : new TimeExpression(t.get("text").asText(), t.path("value").asText(""));
            fs.add(new Fact(f.get("id").asText(), span(f), f.get("text").asText(), f.path("subject").asText(""),
                    f.path("predicate").asText(""), f.path("object").asText(""), quantities, time,
                    nullable(f, "source"), f.path("sourceName").asText(""), f.path("score").asDouble(),
                    FactStatus.fromId(f.get("status").asText()), "", "", Provenance.auto(pipeline, 1.0)));
        }
        return new Analysis(pipeline, ms, cs, qs, fs, List.of());
    }

    static List<Span> tokens() {
        List<Span> out = new ArrayList<>();
        for (String line : resource("paris-summit.tokens.txt").split("\n")) {
            if (!line.isBlank()) {
                String[] p = line.trim().split(" ");
                out.add(new Span(Integer.parseInt(p[0]), Integer.parseInt(p[1])));
            }
        }
        return out;
    }

    private static Span span(JsonNode o) {
        return new Span(o.get("start").asInt(), o.get("end").asInt());
    }

    private static String nullable(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    static JsonNode json(String name) {
        try {
            return new ObjectMapper().readTree(resource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = ExportFixtures.class.getResourceAsStream("/export/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource export/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

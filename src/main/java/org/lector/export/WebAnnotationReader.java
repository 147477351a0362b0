package org.lector.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.lector.model.AnchorSelector;
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
 * Reads W3C Web Annotation JSON-LD: what {@link WebAnnotationExporter} writes, without loss, and standard
 * annotations from other clients, as an {@code AnnotationCollection} (with its first page inline), an
 * {@code AnnotationPage}, a single {@code Annotation} or a JSON array of them. A standard annotation becomes a
 * note: its commenting (or purpose-less) bodies are the note's text, its tagging bodies its tags, and its target's
 * {@code TextQuoteSelector} and {@code TextPositionSelector} (characters, as the model counts) its passage; a target
 * that is the document itself makes a note on the whole article.
 *
 * <p>Reading is in two steps, because positions count characters of the article's text: {@link #parse} reads the
 * file and says which document it names ({@link #source()}, {@link #sha256()}, {@link #targetSources()}), and
 * {@link #read} turns it into records once the article is loaded. Nothing here is checked against the article
 * yet: that is {@link ImportAnchoring}'s job.
 */
public final class WebAnnotationReader {

    private static final String OA = "http://www.w3.org/ns/oa#";

    private final JsonNode root;
    private final List<JsonNode> items;
    private final boolean lector;
    private final boolean utf16;

    private WebAnnotationReader(JsonNode root, List<JsonNode> items) {
        this.root = root;
        this.items = items;
        this.lector = root.has("lector:document");
        // Lector's first flavour counted UTF-16 code units, and said so.
        this.utf16 = lector && root.path("lector:offsets").asText("").contains("UTF-16");
    }

    /** Parses {@code json}; refuses what is not JSON or holds no Web Annotation. */
    public static WebAnnotationReader parse(String json) throws ImportException {
        JsonNode root = ImportReading.parseJson(json);
        if (root == null || !(root.isObject() || root.isArray())) {
            throw new ImportException("not a Web Annotation file (neither a JSON object nor an array)");
        }
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            for (JsonNode n : root) {
                if (isA(n, "Annotation")) {
                    items.add(n);
                }
            }
            if (items.isEmpty()) {
                throw new ImportException("not a Web Annotation file: the array holds no \"type\": \"Annotation\"");
            }
        } else if (isA(root, "AnnotationCollection") || isA(root, "OrderedCollection")) {
            JsonNode page = root.path("first");
            if (page.isTextual()) {
                throw new ImportException("the annotation collection names its first page (" + page.asText()
                        + ") but does not include it; save the pages' annotations in the file");
            }
            page.path("items").forEach(items::add);
            root.path("items").forEach(items::add);
        } else if (isA(root, "AnnotationPage") || isA(root, "OrderedCollectionPage")) {
            root.path("items").forEach(items::add);
        } else if (isA(root, "Annotation")) {
            items.add(root);
        } else {
            throw new ImportException("not a Web Annotation file (no \"type\": \"Annotation\", \"AnnotationPage\" "
                    + "or \"AnnotationCollection\")");
        }
        return new WebAnnotationReader(root, items);
    }

    /** Whether {@code n}'s type (compacted, prefixed or expanded, one or several) is {@code type}. */
    private static boolean isA(JsonNode n, String type) {
        JsonNode t = n.has("type") ? n.get("type") : n.path("@type");
        List<String> types = new ArrayList<>();
        if (t.isArray()) {
            t.forEach(x -> types.add(x.asText()));
        } else if (t.isTextual()) {
            types.add(t.asText());
        }
        return types.stream().anyMatch(x -> x.equals(type) || x.equals("oa:" + type) || x.equals(OA + type)
                || x.equals("as:" + type) || x.equals("http://www.w3.org/ns/activitystreams#" + type));
    }

    /** Whether the file is Lector's own flavour (with clusters, facts, provenance). */
    public boolean isLectorFlavour() {
        return lector;
    }

    /** The document as the file names it: Lector's recorded location, else the one target source, else empty. */
    public String source() {
        if (lector) {
            JsonNode doc = root.path("lector:document");
            return field(doc, "location", field(doc, "source", ""));
        }
        Set<String> sources = targetSources();
        return sources.size() == 1 ? sources.iterator().next() : "";
    }

    /** The SHA-256 of the text the annotations were made on, when the file records it (Lector's does). */
    public String sha256() {
        return lector ? field(root.path("lector:document"), "sha256", "") : "";
    }

    /** The distinct documents the annotations' targets name, in file order. */
    public Set<String> targetSources() {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode o : items) {
            String s = targetSource(o);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static String targetSource(JsonNode o) {
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

    /**
     * The annotations as records, positions turned into offsets of {@code articleText}.
     *
     * @param articleText the text of the article they are imported onto
     * @param wanted      which target sources to take (the article's), or null for all
     * @param importedAt  the time of notes that carry none
     */
    public ImportedAnalysis read(String articleText, Predicate<String> wanted, Instant importedAt)
            throws ImportException {
        try {
            return new Reading(articleText, importedAt).read(wanted);
        } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
            throw new ImportException("a malformed annotation: " + e.getMessage(), e);
        }
    }

    /** One reading of the file against one article's text. */
    private final class Reading extends ImportReading {

        Reading(String text, Instant importedAt) {
            super(text, importedAt);
        }

        ImportedAnalysis read(Predicate<String> wanted) throws ImportException {
            List<EntityMention> mentions = new ArrayList<>();
            List<Quote> quotes = new ArrayList<>();
            List<Fact> facts = new ArrayList<>();
            List<Note> notes = new ArrayList<>();
            int n = 0;
            for (JsonNode o : items) {
                n++;
                if (wanted != null && !wanted.test(targetSource(o))) {
                    continue;
                }
                if (!lector || !o.has("lector:annotation")) {
                    note(o, "n" + n, notes);
                    continue;
                }
                String id = o.path("lector:id").asText("a" + n);
                switch (o.path("lector:annotation").asText()) {
                    case "entity" -> mentions.add(mention(o, id));
                    case "quote" -> quotes.add(quote(o, id));
                    case "fact" -> facts.add(fact(o, id));
                    case "note" -> note(o, id, notes);
                    default -> throw new ImportException("annotation " + o.path("id").asText()
                            + " has an unknown lector:annotation kind " + o.path("lector:annotation").asText()
                            + " (expected entity, quote, fact or note)");
                }
            }
            List<EntityCluster> clusters = new ArrayList<>();
            for (JsonNode c : root.path("lector:clusters")) {
                List<String> ms = new ArrayList<>();
                get(c, "mentions").forEach(m -> ms.add(m.asText()));
                clusters.add(new EntityCluster(field(c, "id", ""), field(c, "name", ""),
                        EntityType.fromId(field(c, "type", "MISC")), ms));
            }
            Analysis a = new Analysis(root.path("lector:pipeline").asText(""), mentions, clusters, quotes, facts,
                    notes);
            return new ImportedAnalysis(source(), sha256(), a, rejected(), selectors, orphans);
        }

        private Analysis rejected() {
            List<EntityMention> ms = new ArrayList<>();
            List<Quote> qs = new ArrayList<>();
            List<Fact> fs = new ArrayList<>();
            Provenance auto = Provenance.auto("", 1);
            for (JsonNode r : root.path("lector:rejected")) {
                String id = field(r, "id", "r" + (ms.size() + qs.size() + fs.size() + 1));
                String kind = field(r, "annotation", "");
                Span span = span(r, "rejected", id);
                if (span == null) {
                    continue;
                }
                String exact = exact(r);
                switch (kind) {
                    case "entity" -> ms.add(new EntityMention(id, span, exact,
                            EntityType.fromId(field(r, "type", "MISC")), "", MentionForm.NAME, null, auto));
                    case "quote" -> qs.add(new Quote(id, span, exact, QuoteKind.fromId(field(r, "kind", "direct")),
                            null, "", null, "", auto));
                    case "fact" -> fs.add(new Fact(id, span, exact, "", "", "", List.of(), null, null, "", 0,
                            FactStatus.UNCHECKED, "", "", auto));
                    default -> orphans.add(new ImportOrphan("rejection", id, exact, "an unknown kind " + kind));
                }
            }
            return new Analysis("", ms, List.of(), qs, fs, List.of());
        }

        private EntityMention mention(JsonNode o, String id) {
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
                    MentionForm.fromId(o.path("lector:form").asText("name")), cluster, provenance(o));
        }

        private Quote quote(JsonNode o, String id) {
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

        private Fact fact(JsonNode o, String id) {
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
        private void note(JsonNode o, String id, List<Note> notes) {
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
        private Span span(JsonNode o, String kind, String id) {
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

        private String exact(JsonNode o) {
            for (JsonNode s : selectorsOf(target(o))) {
                if (isA(s, "TextQuoteSelector")) {
                    return s.path("exact").asText("");
                }
            }
            return "";
        }
    }

    /** A Lector field, as format 2 writes it ({@code lector:name}) or format 1 did ({@code name}). */
    private static JsonNode get(JsonNode o, String name) {
        JsonNode n = o.get("lector:" + name);
        return n != null ? n : o.path(name);
    }

    private static String field(JsonNode o, String name, String orElse) {
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
}

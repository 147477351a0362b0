package org.lector.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.lector.model.AnchorSelector;
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
 * Reads W3C Web Annotation JSON-LD: what {@link WebAnnotationExporter} writes, without loss, and standard
 * annotations from other clients, as an {@code AnnotationCollection} (with its first page inline), an
 * {@code AnnotationPage}, a single {@code Annotation} or a JSON array of them. A standard annotation becomes a
 * note: its commenting (or purpose-less) bodies are the note's text, its tagging bodies its tags, and its target's
 * {@code TextQuoteSelector} and {@code TextPositionSelector} (characters, as the model counts) its passage; a target
 * that is the document itself makes a note on the whole article.
 *
 * <p>Reading is in two steps, because positions count characters of the article's text: {@link #open} (or
 * {@link #parse}) reads the file's head and says which document it names ({@link #source()}, {@link #sha256()},
 * {@link #targetSources()}), and {@link #read} turns it into records once the article is loaded. Both stream the
 * file, annotation by annotation (decision 0017): a novel's export is well over 100 MB, which as one tree would not
 * fit the heap, so the file is never held whole, only one annotation at a time, each bounded in size, besides the
 * records made of them, whose number {@link ImportLimits} bounds. Nothing here is checked against the article yet:
 * that is {@link ImportAnchoring}'s job.
 */
public final class WebAnnotationReader {

    private static final String OA = "http://www.w3.org/ns/oa#";
    /** The most JSON values one annotation (or one entity, or the file's head) may have; Lector's have about 40. */
    private static final int MAX_NODES = 20_000;
    /** Strings (a note, a quote's text) of up to 10 M characters; nesting no deeper than any annotation needs. */
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(StreamReadConstraints
            .builder().maxStringLength(10_000_000).maxNestingDepth(64).build()).build();

    /** What the root of the file is. */
    private enum Kind { ARRAY, COLLECTION, PAGE, ANNOTATION }

    /** Opens the file's text again for each pass. */
    private interface Input {
        Reader open() throws ImportException;
    }

    private final Input input;
    private final Path file;
    private final ObjectNode head;
    private final Kind kind;
    private final Set<String> sources;
    private final boolean lector;
    private final boolean utf16;

    private WebAnnotationReader(Input input, Path file, Scan scan) throws ImportException {
        this.input = input;
        this.file = file;
        this.head = scan.head;
        this.lector = head.has("lector:document");
        // Lector's first flavour counted UTF-16 code units, and said so.
        this.utf16 = lector && head.path("lector:offsets").asText("").contains("UTF-16");
        this.kind = scan.kind();
        this.sources = switch (kind) {
            case ARRAY -> scan.arraySources;
            case COLLECTION -> union(scan.firstSources, scan.rootSources);
            case PAGE -> scan.rootSources;
            case ANNOTATION -> targetSource(head).isEmpty() ? Set.of() : Set.of(targetSource(head));
        };
    }

    /** Parses {@code json}; refuses what is not JSON or holds no Web Annotation. */
    public static WebAnnotationReader parse(String json) throws ImportException {
        Input in = () -> new StringReader(json);
        return new WebAnnotationReader(in, null, scan(in, null));
    }

    /**
     * Opens {@code file} and reads its head (and, unless it is Lector's own, the documents its annotations name),
     * streaming; refuses a file over {@link ImportLimits#MAX_BYTES}, binary, not UTF-8, not JSON or holding no Web
     * Annotation, each in one sentence.
     */
    public static WebAnnotationReader open(Path file) throws ImportException {
        ImportFile.check(file, "annotation", ImportLimits.MAX_BYTES);
        Input in = () -> ImportFile.open(file);
        return new WebAnnotationReader(in, file, scan(in, file));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    // ---- streaming

    /** What a pass does with each element of the lists a file may make long; by default it skips them. */
    private abstract static class Pass {
        boolean array;

        /** An element of the root array: an annotation, if it says it is one. */
        final void arrayElement(JsonParser p) throws IOException, ImportException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                return;
            }
            JsonNode n = element(p, "an entry of the array");
            if (isA(n, "Annotation")) {
                arrayAnnotation(n);
            }
        }

        void arrayAnnotation(JsonNode annotation) throws ImportException {
        }

        /** An element of the root's {@code items} ({@code first} false) or of its first page's. */
        void item(JsonParser p, boolean first) throws IOException, ImportException {
            p.skipChildren();
        }

        void cluster(JsonParser p) throws IOException, ImportException {
            p.skipChildren();
        }

        void rejected(JsonParser p) throws IOException, ImportException {
            p.skipChildren();
        }

        /** Whether the pass has what it needs once it reaches the items. */
        boolean doneBeforeItems() {
            return false;
        }

        /** A field of the root this pass keeps: the head (small, bounded) on the first pass. */
        void headField(String name, JsonParser p) throws IOException, ImportException {
            p.skipChildren();
        }
    }

    /** Reads {@code in} through {@code pass}, one element of each long list at a time. */
    private static void walk(Input in, Path file, Pass pass) throws ImportException {
        try (Reader reader = in.open(); JsonParser p = JSON.createParser(reader)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                pass.array = true;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    pass.arrayElement(p);
                }
                return;
            }
            if (t != JsonToken.START_OBJECT) {
                throw new ImportException("not a Web Annotation file (neither a JSON object nor an array)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ((name.equals("items") || name.equals("first") && v == JsonToken.START_OBJECT)
                        && pass.doneBeforeItems()) {
                    return;
                }
                switch (name) {
                    case "items" -> elements(p, v, q -> pass.item(q, false));
                    case "first" -> {
                        if (v == JsonToken.START_OBJECT) {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                JsonToken pv = p.nextToken();
                                if (p.currentName().equals("items")) {
                                    elements(p, pv, q -> pass.item(q, true));
                                } else {
                                    p.skipChildren();
                                }
                            }
                        } else {
                            pass.headField(name, p);
                        }
                    }
                    case "lector:clusters" -> elements(p, v, pass::cluster);
                    case "lector:rejected" -> elements(p, v, pass::rejected);
                    case "@context" -> p.skipChildren();
                    default -> pass.headField(name, p);
                }
            }
        } catch (StreamConstraintsException e) {
            throw new ImportException((file == null ? "the file" : file.toString()) + " holds a value larger than "
                    + "any annotation has (a text of over 10,000,000 characters, or values nested over 64 deep)", e);
        } catch (JsonProcessingException e) {
            throw new ImportException("not JSON: " + e.getOriginalMessage(), e);
        } catch (CharacterCodingException e) {
            throw ImportFile.notUtf8(file, "annotation", e);
        } catch (IOException e) {
            throw ImportFile.unreadable(file, e);
        }
    }

    private interface Element {
        void accept(JsonParser p) throws IOException, ImportException;
    }

    private static void elements(JsonParser p, JsonToken start, Element each) throws IOException, ImportException {
        if (start != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            each.accept(p);
        }
    }

    /**
     * The value at the parser as a tree, of at most {@code budget[0]} values (counted down), so that no single
     * annotation, however the file is made, takes more than a bounded part of the heap.
     */
    private static JsonNode tree(JsonParser p, int[] budget, String what) throws IOException, ImportException {
        if (--budget[0] < 0) {
            throw new ImportException(what + " is larger than any annotation (more than "
                    + String.format(Locale.ROOT, "%,d", MAX_NODES) + " values); nothing was imported");
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    o.set(name, tree(p, budget, what));
                }
                yield o;
            }
            case START_ARRAY -> {
                ArrayNode a = f.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(tree(p, budget, what));
                }
                yield a;
            }
            case VALUE_STRING -> f.textNode(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> f.numberNode(p.getIntValue());
                case LONG -> f.numberNode(p.getLongValue());
                default -> f.numberNode(p.getBigIntegerValue());
            };
            // exact, as written: a quantity's value comes back as it went out
            case VALUE_NUMBER_FLOAT -> f.numberNode(p.getDecimalValue());
            case VALUE_TRUE -> f.booleanNode(true);
            case VALUE_FALSE -> f.booleanNode(false);
            default -> f.nullNode();
        };
    }

    private static JsonNode element(JsonParser p, String what) throws IOException, ImportException {
        return tree(p, new int[] {MAX_NODES}, what);
    }

    /** The first pass: the head, what the root is, and the documents the annotations name. */
    private static final class Scan extends Pass {
        final ObjectNode head = JsonNodeFactory.instance.objectNode();
        final int[] headBudget = {MAX_NODES};
        final Set<String> arraySources = new LinkedHashSet<>();
        final Set<String> rootSources = new LinkedHashSet<>();
        final Set<String> firstSources = new LinkedHashSet<>();
        int annotations;

        @Override
        void arrayAnnotation(JsonNode n) throws ImportException {
            annotations++;
            add(arraySources, n);
        }

        @Override
        void item(JsonParser p, boolean first) throws IOException, ImportException {
            add(first ? firstSources : rootSources, element(p, "an annotation"));
        }

        @Override
        boolean doneBeforeItems() {
            // Lector's own names its document in its head: the items need not be read twice.
            return head.has("lector:document") && head.has("type");
        }

        @Override
        void headField(String name, JsonParser p) throws IOException, ImportException {
            head.set(name, tree(p, headBudget, "the head of the file"));
        }

        private static void add(Set<String> sources, JsonNode annotation) throws ImportException {
            String s = targetSource(annotation);
            if (!s.isEmpty() && sources.add(s) && sources.size() > 10_000) {
                throw new ImportException("the annotations name more than 10,000 documents; import a file of "
                        + "one article's annotations");
            }
        }

        Kind kind() throws ImportException {
            if (array) {
                if (annotations == 0) {
                    throw new ImportException("not a Web Annotation file: the array holds no \"type\": "
                            + "\"Annotation\"");
                }
                return Kind.ARRAY;
            }
            if (isA(head, "AnnotationCollection") || isA(head, "OrderedCollection")) {
                JsonNode page = head.path("first");
                if (page.isTextual()) {
                    throw new ImportException("the annotation collection names its first page (" + page.asText()
                            + ") but does not include it; save the pages' annotations in the file");
                }
                return Kind.COLLECTION;
            }
            if (isA(head, "AnnotationPage") || isA(head, "OrderedCollectionPage")) {
                return Kind.PAGE;
            }
            if (isA(head, "Annotation")) {
                return Kind.ANNOTATION;
            }
            throw new ImportException("not a Web Annotation file (no \"type\": \"Annotation\", \"AnnotationPage\" "
                    + "or \"AnnotationCollection\")");
        }
    }

    private static Scan scan(Input in, Path file) throws ImportException {
        Scan scan = new Scan();
        walk(in, file, scan);
        return scan;
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
            JsonNode doc = head.path("lector:document");
            return field(doc, "location", field(doc, "source", ""));
        }
        return sources.size() == 1 ? sources.iterator().next() : "";
    }

    /** The SHA-256 of the text the annotations were made on, when the file records it (Lector's does). */
    public String sha256() {
        return lector ? field(head.path("lector:document"), "sha256", "") : "";
    }

    /**
     * The distinct documents the annotations' targets name, in file order; empty for Lector's own flavour, which
     * names its one document in its head ({@link #source()}) and whose annotations are not read twice for this.
     */
    public Set<String> targetSources() {
        return sources;
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
     * The annotations as records, positions turned into offsets of {@code articleText}, within the limits of an
     * article of that length.
     *
     * @param articleText the text of the article they are imported onto
     * @param wanted      which target sources to take (the article's), or null for all
     * @param importedAt  the time of notes that carry none
     */
    public ImportedAnalysis read(String articleText, Predicate<String> wanted, Instant importedAt)
            throws ImportException {
        return read(articleText, wanted, importedAt, ImportLimits.forArticle(articleText.length()));
    }

    /**
     * As {@link #read(String, Predicate, Instant)}, refusing a file that holds more annotations (or entities, or
     * rejections) than {@code limits} allow as soon as it is seen to, before the rest is read.
     */
    public ImportedAnalysis read(String articleText, Predicate<String> wanted, Instant importedAt,
            ImportLimits limits) throws ImportException {
        try {
            Reading reading = new Reading(articleText, importedAt, wanted, limits);
            walk(input, file, reading);
            return reading.result();
        } catch (IllegalArgumentException | DateTimeParseException | NullPointerException
                | ArithmeticException e) {
            throw new ImportException("a malformed annotation: " + e.getMessage(), e);
        }
    }

    /** One reading of the file against one article's text: the second pass, which makes the records. */
    private final class Reading extends Pass {
        private final Records records;
        private final Predicate<String> wanted;
        private final ImportLimits limits;
        final List<EntityMention> mentions = new ArrayList<>();
        final List<Quote> quotes = new ArrayList<>();
        final List<Fact> facts = new ArrayList<>();
        final List<Note> notes = new ArrayList<>();
        final List<EntityCluster> clusters = new ArrayList<>();
        final List<EntityMention> rejectedMentions = new ArrayList<>();
        final List<Quote> rejectedQuotes = new ArrayList<>();
        final List<Fact> rejectedFacts = new ArrayList<>();
        int n;
        int clusterMentions;
        int rejections;

        Reading(String text, Instant importedAt, Predicate<String> wanted, ImportLimits limits) {
            this.records = new Records(text, importedAt);
            this.wanted = wanted;
            this.limits = limits;
        }

        @Override
        void arrayAnnotation(JsonNode o) throws ImportException {
            annotation(o);
        }

        @Override
        void item(JsonParser p, boolean first) throws IOException, ImportException {
            if (first && kind != Kind.COLLECTION || kind == Kind.ARRAY || kind == Kind.ANNOTATION) {
                p.skipChildren(); // a page's own "first", say: not where its annotations are
                return;
            }
            annotation(element(p, "annotation " + (n + 1)));
        }

        private void annotation(JsonNode o) throws ImportException {
            n++;
            limits.checkCount(n, "annotations", records.text.length());
            if (wanted != null && !wanted.test(targetSource(o))) {
                return;
            }
            if (!lector || !o.has("lector:annotation")) {
                records.note(o, "n" + n, notes);
                return;
            }
            String id = o.path("lector:id").asText("a" + n);
            switch (o.path("lector:annotation").asText()) {
                case "entity" -> mentions.add(records.mention(o, id));
                case "quote" -> quotes.add(records.quote(o, id));
                case "fact" -> facts.add(records.fact(o, id));
                case "note" -> records.note(o, id, notes);
                default -> throw new ImportException("annotation " + o.path("id").asText()
                        + " has an unknown lector:annotation kind " + o.path("lector:annotation").asText()
                        + " (expected entity, quote, fact or note)");
            }
        }

        @Override
        void cluster(JsonParser p) throws IOException, ImportException {
            limits.checkCount(clusters.size() + 1, "entities", records.text.length());
            JsonNode c = element(p, "entity " + (clusters.size() + 1));
            List<String> ms = new ArrayList<>();
            for (JsonNode m : get(c, "mentions")) {
                limits.checkCount(++clusterMentions, "mentions of entities", records.text.length());
                ms.add(m.asText());
            }
            clusters.add(new EntityCluster(field(c, "id", ""), field(c, "name", ""),
                    EntityType.fromId(field(c, "type", "MISC")), ms));
        }

        @Override
        void rejected(JsonParser p) throws IOException, ImportException {
            limits.checkCount(++rejections, "rejections", records.text.length());
            JsonNode r = element(p, "rejection " + rejections);
            String id = field(r, "id", "r" + rejections);
            String kind = field(r, "annotation", "");
            Span span = records.span(r, "rejected", id);
            if (span == null) {
                return;
            }
            String exact = records.exact(r);
            Provenance auto = Provenance.auto("", 1);
            switch (kind) {
                case "entity" -> rejectedMentions.add(new EntityMention(id, span, exact,
                        EntityType.fromId(field(r, "type", "MISC")), "", MentionForm.NAME, null, auto));
                case "quote" -> rejectedQuotes.add(new Quote(id, span, exact,
                        QuoteKind.fromId(field(r, "kind", "direct")), null, "", null, "", auto));
                case "fact" -> rejectedFacts.add(new Fact(id, span, exact, "", "", "", List.of(), null, null, "", 0,
                        FactStatus.UNCHECKED, "", "", auto));
                default -> records.orphans.add(new ImportOrphan("rejection", id, exact, "an unknown kind " + kind));
            }
        }

        ImportedAnalysis result() throws ImportException {
            if (kind == Kind.ANNOTATION) {
                annotation(head);
            }
            Analysis a = new Analysis(head.path("lector:pipeline").asText(""), mentions, clusters, quotes, facts,
                    notes);
            Analysis rejected = new Analysis("", rejectedMentions, List.of(), rejectedQuotes, rejectedFacts,
                    List.of());
            return new ImportedAnalysis(source(), sha256(), a, rejected, records.selectors, records.orphans);
        }
    }

    /** What one reading makes of each annotation: records on the article's text, selectors and orphans. */
    private final class Records extends ImportReading {

        Records(String text, Instant importedAt) {
            super(text, importedAt);
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
                    MentionForm.fromId(o.path("lector:form").asText("name")), cluster, provenance(o),
                    o.path("lector:value").isTextual() ? new EntityValue(o.path("lector:value").asText(),
                            o.path("lector:unit").asText("")) : null);
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

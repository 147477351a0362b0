package org.lector.export;

import static org.lector.export.AnnotationRecords.field;
import static org.lector.export.AnnotationRecords.get;
import static org.lector.export.AnnotationRecords.targetSource;
import static org.lector.export.AnnotationStream.MAX_NODES;
import static org.lector.export.AnnotationStream.element;
import static org.lector.export.AnnotationStream.isA;
import static org.lector.export.AnnotationStream.tree;
import static org.lector.export.AnnotationStream.walk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.lector.export.AnnotationStream.Input;
import org.lector.export.AnnotationStream.Pass;
import org.lector.model.Analysis;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.MentionForm;
import org.lector.model.Note;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;

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
 * that is {@link ImportAnchoring}'s job. The streaming is {@link AnnotationStream}'s; what each annotation becomes,
 * {@link AnnotationRecords}'.
 */
public final class WebAnnotationReader {

    /** What the root of the file is. */
    private enum Kind { ARRAY, COLLECTION, PAGE, ANNOTATION }

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
        private final AnnotationRecords records;
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
            this.records = new AnnotationRecords(text, importedAt, utf16);
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

}

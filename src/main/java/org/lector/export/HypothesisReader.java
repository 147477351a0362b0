package org.lector.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.lector.model.AnchorSelector;
import org.lector.model.Analysis;
import org.lector.model.Note;
import org.lector.model.Span;

/**
 * Reads annotations exported from Hypothesis, in the JSON of its API: a search result ({@code {"total": n, "rows":
 * [...]}}), a list of annotations, or one annotation. Each becomes a note: its {@code text} (Markdown) the note,
 * its {@code tags} the note's tags, its times kept. Its passage is its target's {@code TextQuoteSelector} (exact,
 * prefix, suffix); the {@code TextPositionSelector} counts in the web page's text, not Lector's, so it only says
 * where to start looking, and the {@code RangeSelector} (XPath into the page) is of no use on a saved article.
 * An annotation with no selector is a page note: a note on the whole article. Replies (annotations with
 * {@code references}) are conversations about another annotation, not notes on the text, and are left out.
 */
public final class HypothesisReader {

    private final List<JsonNode> annotations;
    private final int replies;

    private HypothesisReader(List<JsonNode> annotations, int replies) {
        this.annotations = annotations;
        this.replies = replies;
    }

    /**
     * Whether {@code file} is Hypothesis's API JSON rather than W3C Web Annotation, read only as far as it takes to
     * tell: a search result's {@code rows}, or the first annotation's fields ({@code uri} and a {@code target} list,
     * no {@code type} or {@code @context}). What is not JSON is not Hypothesis's (the Web Annotation reader says
     * what it is).
     */
    public static boolean looksLikeHypothesis(Path file) throws ImportException {
        ImportFile.check(file, "annotation", ImportLimits.MAX_BYTES);
        try (Reader r = ImportFile.open(file);
                JsonParser p = WebAnnotationExporter.MAPPER.getFactory().createParser(r)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                t = p.nextToken();
            }
            if (t != JsonToken.START_OBJECT) {
                return false;
            }
            boolean uri = false;
            boolean targets = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                switch (name) {
                    case "rows" -> {
                        if (v == JsonToken.START_ARRAY) {
                            return true;
                        }
                    }
                    case "type", "@type", "@context" -> {
                        return false;
                    }
                    case "uri" -> uri = true;
                    case "target" -> targets = v == JsonToken.START_ARRAY;
                    default -> {
                        // another field: read on
                    }
                }
                p.skipChildren();
            }
            return uri && targets;
        } catch (IOException e) {
            return false;
        }
    }

    /** Parses {@code json}; refuses what is not JSON or holds no Hypothesis annotation. */
    public static HypothesisReader parse(String json) throws ImportException {
        JsonNode root = ImportReading.parseJson(json);
        List<JsonNode> all = new ArrayList<>();
        if (root != null && root.isObject() && root.path("rows").isArray()) {
            root.path("rows").forEach(all::add);
        } else if (root != null && root.isArray()) {
            root.forEach(all::add);
        } else if (root != null && root.isObject()) {
            all.add(root);
        }
        List<JsonNode> annotations = new ArrayList<>();
        int replies = 0;
        for (JsonNode a : all) {
            if (!a.isObject() || !a.has("uri")) {
                throw new ImportException("not Hypothesis annotations: an entry has no \"uri\"");
            }
            if (a.path("references").isArray() && !a.path("references").isEmpty()) {
                replies++;
            } else {
                annotations.add(a);
            }
        }
        return new HypothesisReader(annotations, replies);
    }

    /** The pages the annotations were made on, in file order. */
    public Set<String> uris() {
        Set<String> out = new LinkedHashSet<>();
        annotations.forEach(a -> out.add(a.path("uri").asText()));
        return out;
    }

    /** How many replies the file holds (left out). */
    public int replies() {
        return replies;
    }

    /**
     * The annotations of the pages {@code wanted} accepts (all when null) as notes on {@code articleText}.
     *
     * @param importedAt the time of annotations that carry none
     */
    public ImportedAnalysis read(String articleText, Predicate<String> wanted, Instant importedAt)
            throws ImportException {
        List<Note> notes = new ArrayList<>();
        Map<String, AnchorSelector> selectors = new HashMap<>();
        List<ImportOrphan> orphans = new ArrayList<>();
        int n = 0;
        for (JsonNode a : annotations) {
            n++;
            if (wanted != null && !wanted.test(a.path("uri").asText())) {
                continue;
            }
            String id = a.path("id").asText("h" + n);
            Instant created = instant(a.path("created"), importedAt);
            Instant modified = instant(a.path("updated"), created);
            List<String> tags = new ArrayList<>();
            a.path("tags").forEach(t -> tags.add(t.asText()));
            String text = a.path("text").asText("");
            JsonNode quote = null;
            JsonNode position = null;
            boolean anySelector = false;
            for (JsonNode target : a.path("target")) {
                for (JsonNode s : target.path("selector")) {
                    anySelector = true;
                    String type = s.path("type").asText();
                    if (type.equals("TextQuoteSelector") && quote == null) {
                        quote = s;
                    } else if (type.equals("TextPositionSelector") && position == null) {
                        position = s;
                    }
                }
            }
            if (!anySelector) {
                notes.add(new Note(id, null, text, created, modified, tags)); // a page note
                continue;
            }
            if (quote == null || quote.path("exact").asText("").isEmpty()) {
                orphans.add(new ImportOrphan("note", id, "", "Hypothesis kept no quote of its passage"));
                continue;
            }
            AnchorSelector sel = new AnchorSelector(quote.path("exact").asText(), quote.path("prefix").asText(""),
                    quote.path("suffix").asText(""));
            selectors.put(ImportedAnalysis.key("note", id), sel);
            int start = position == null ? 0 : Math.max(0, Math.min(position.path("start").asInt(),
                    articleText.length()));
            Span hint = new Span(start, Math.min(articleText.length(), start + sel.exact().length()));
            notes.add(new Note(id, hint, text, created, modified, tags));
        }
        Analysis a = new Analysis("", List.of(), List.of(), List.of(), List.of(), notes);
        return new ImportedAnalysis("", "", a, Analysis.empty(), selectors, orphans);
    }

    private static Instant instant(JsonNode n, Instant orElse) {
        if (!n.isTextual()) {
            return orElse;
        }
        try {
            return OffsetDateTime.parse(n.asText()).toInstant();
        } catch (DateTimeParseException e) {
            return orElse;
        }
    }
}

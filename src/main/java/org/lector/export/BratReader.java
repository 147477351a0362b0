package org.lector.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Reads brat standoff ({@code .ann} with its {@code .txt}) as {@link BratExporter} writes it, without loss, and
 * tolerates brat files from elsewhere: common NER labels are mapped (PER, ORG, LOC, GPE, NORP, ...), other entity
 * labels become MISC with the label kept as subtype, and unknown attributes, relations and comments are skipped.
 * Everything read is the reader's: provenance {@code user}.
 *
 * <p>Each text-bound line is checked against the {@code .txt} it came with: brat's own rule is that the line's text
 * is the text at its offsets, fragments joined by one space. A line that keeps that rule gets a quote selector from
 * the {@code .txt} (so it can be re-anchored on an article that changed); a line whose text is right but whose
 * offsets are not (shifted, or from another version of the text) keeps only its text, which the anchoring looks for
 * near the given place; a line whose text does not even fit its offsets (cut short) is an orphan. The same span with
 * the same label written twice is one annotation.
 */
public final class BratReader {

    private static final Map<String, EntityType> LABELS = Map.ofEntries(
            Map.entry("PER", EntityType.PERSON), Map.entry("ORG", EntityType.ORGANIZATION),
            Map.entry("LOC", EntityType.PLACE), Map.entry("GPE", EntityType.PLACE),
            Map.entry("LOCATION", EntityType.PLACE), Map.entry("NORP", EntityType.GROUP),
            Map.entry("TIME", EntityType.DATE), Map.entry("PERCENT", EntityType.QUANTITY),
            Map.entry("CARDINAL", EntityType.QUANTITY), Map.entry("ORDINAL", EntityType.QUANTITY));

    /** Labels of Lector's own that are not entity types. */
    private static final List<String> OWN = List.of("Quote", "Cue", "Fact", "Note", "DocumentNote", "Rejected");

    private record TextBound(String id, String type, Span span, String text, int line) {
    }

    private record Comment(String type, String text) {
    }

    private BratReader() {
    }

    /**
     * @param text       the {@code .txt} file's content, the text the offsets count in
     * @param ann        the {@code .ann} file's content
     * @param importedAt the time given to imported notes that carry none
     */
    public static ImportedAnalysis read(String text, String ann, Instant importedAt) throws ImportException {
        return read(text, ann, importedAt, ImportLimits.forArticle(text.length()));
    }

    /**
     * As {@link #read(String, String, Instant)}, refusing an {@code .ann} with more text-bound annotations than
     * {@code limits} allow before a line of it is parsed.
     */
    public static ImportedAnalysis read(String text, String ann, Instant importedAt, ImportLimits limits)
            throws ImportException {
        int bounds = 0;
        for (int at = 0; at < ann.length(); ) {
            if (ann.charAt(at) == 'T') {
                limits.checkCount(++bounds, "annotations", text.length());
            }
            int newline = ann.indexOf('\n', at);
            at = newline < 0 ? ann.length() : newline + 1;
        }
        return new BratReader.Reading(text, importedAt).read(ann);
    }

    private static final class Reading extends ImportReading {
        final Map<String, TextBound> bounds = new LinkedHashMap<>();
        /** Later copies of a text-bound line, to the first. */
        final Map<String, String> sameAs = new HashMap<>();
        final Map<String, Map<String, String>> attributes = new HashMap<>();
        final Map<String, Map<String, String>> relations = new HashMap<>();
        final Map<String, List<Comment>> comments = new HashMap<>();
        /** Normalized values ({@code N} lines) by the text-bound id they refer to. */
        final Map<String, EntityValue> values = new HashMap<>();
        final List<List<String>> corefs = new ArrayList<>();

        Reading(String text, Instant importedAt) {
            super(text, importedAt);
        }

        ImportedAnalysis read(String ann) throws ImportException {
            String[] lines = ann.split("\n", -1);
            Map<String, String> firstAt = new HashMap<>();
            for (int n = 0; n < lines.length; n++) {
                String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
                if (line.isBlank()) {
                    continue;
                }
                parseLine(line, n + 1, firstAt);
            }
            return build();
        }

        private void parseLine(String line, int number, Map<String, String> firstAt) throws ImportException {
            String[] f = line.split("\t", 3);
            String where = "line " + number + " of the .ann file";
            try {
                switch (line.charAt(0)) {
                    case 'T' -> {
                        String[] typeAndSpans = f[1].split(" ", 2);
                        String key = typeAndSpans[0] + " " + typeAndSpans[1].strip();
                        String first = firstAt.putIfAbsent(key, f[0]);
                        if (first != null) {
                            sameAs.put(f[0], first); // the same span and label again: one annotation
                            return;
                        }
                        TextBound tb = textBound(f[0], typeAndSpans[0], typeAndSpans[1], f.length > 2 ? f[2] : "",
                                number);
                        if (tb != null) {
                            bounds.put(f[0], tb);
                        }
                    }
                    case 'A', 'M' -> {
                        String[] p = f[1].split(" ");
                        attributes.computeIfAbsent(p[1], k -> new HashMap<>()).put(p[0], p.length > 2 ? p[2] : "true");
                    }
                    case 'R' -> {
                        String[] p = f[1].split(" ");
                        String arg1 = p[1].substring(p[1].indexOf(':') + 1);
                        String arg2 = p[2].substring(p[2].indexOf(':') + 1);
                        relations.computeIfAbsent(arg1, k -> new HashMap<>()).put(p[0], arg2);
                    }
                    case '*' -> {
                        String[] p = f[1].split(" ");
                        if (p[0].equals("Coref")) {
                            corefs.add(List.of(p).subList(1, p.length));
                        }
                    }
                    case 'N' -> {
                        // a normalization: Lector writes a date's TIMEX3 value or an amount's number, the unit after
                        // the number in the line's text; other tools' references (Wikipedia:...) are not values
                        String[] p = f[1].split(" ");
                        if (p.length > 2 && p[0].equals("Reference")
                                && (p[2].startsWith("TIMEX3:") || p[2].startsWith("Value:"))) {
                            String value = p[2].substring(p[2].indexOf(':') + 1);
                            String shown = f.length > 2 ? BratExporter.unescapeNote(f[2]).strip() : "";
                            String unit = shown.startsWith(value) ? shown.substring(value.length()).strip() : "";
                            values.put(p[1], new EntityValue(value, unit));
                        }
                    }
                    case '#' -> {
                        String[] p = f[1].split(" ");
                        if (p.length > 1) {
                            comments.computeIfAbsent(p[1], k -> new ArrayList<>())
                                    .add(new Comment(p[0], f.length > 2 ? f[2] : ""));
                        }
                    }
                    case 'E' -> {
                        // events: nothing of Lector's
                    }
                    default -> throw new ImportException(where + " is not a brat annotation line: " + shorten(line));
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException | StringIndexOutOfBoundsException e) {
                throw new ImportException(where + " is not a brat annotation line: " + shorten(line), e);
            }
        }

        /**
         * A text-bound line checked against the {@code .txt}: null (and an orphan) when its text does not fit its
         * offsets at all.
         */
        private TextBound textBound(String id, String type, String spans, String lineText, int number) {
            List<int[]> fragments = new ArrayList<>();
            for (String frag : spans.split(";")) {
                String[] se = frag.trim().split(" ");
                int start = Integer.parseInt(se[0]);
                int end = Integer.parseInt(se[1]);
                if (start < 0 || end < start) {
                    throw new NumberFormatException("a span that ends before it starts: " + frag);
                }
                fragments.add(new int[] {start, end});
            }
            int length = -1;
            for (int[] fr : fragments) {
                length += fr[1] - fr[0] + 1;
            }
            int start = fragments.stream().mapToInt(x -> x[0]).min().orElseThrow();
            int end = fragments.stream().mapToInt(x -> x[1]).max().orElseThrow();
            String kind = kindOf(type);
            if (lineText.codePointCount(0, lineText.length()) != length) {
                orphans.add(new ImportOrphan(kind, id, lineText, "its text does not fit its offsets " + spans
                        + " (line " + number + " may be cut short)"));
                return null;
            }
            if (end > cp.length()) {
                // The offsets run past the .txt: where the text belongs is only known by the text itself.
                selectors.put(key(type, id), new AnchorSelector(lineText, "", ""));
                int at = cp.utf16Clamped(start);
                return new TextBound(id, type, new Span(at, Math.min(text.length(), at + lineText.length())),
                        lineText, number);
            }
            Span hull = new Span(cp.utf16(start), cp.utf16(end));
            List<Span> pieces = new ArrayList<>();
            fragments.forEach(fr -> pieces.add(new Span(cp.utf16(fr[0]), cp.utf16(fr[1]))));
            if (BratExporter.fragmentText(pieces, text).equals(lineText)) {
                selectors.put(key(type, id), AnchorSelector.of(text, hull));
            } else {
                // Right length, wrong text: the offsets are off (shifted, or counted in another text).
                selectors.put(key(type, id), new AnchorSelector(lineText, "", ""));
            }
            return new TextBound(id, type, hull, hull.of(text), number);
        }

        private static String kindOf(String type) {
            return switch (type) {
                case "Quote", "Cue", "Fact", "Note" -> type.toLowerCase(Locale.ROOT);
                case "DocumentNote" -> "note";
                case "Rejected" -> "rejection";
                default -> "mention";
            };
        }

        /** The selector key of a text-bound line: its kind as {@link ImportAnchoring} names it, and its id. */
        private static String key(String type, String id) {
            return ImportedAnalysis.key(switch (type) {
                case "Quote" -> "quote";
                case "Cue" -> "cue";
                case "Fact" -> "fact";
                case "Note", "DocumentNote" -> "note";
                case "Rejected" -> "rejected";
                default -> "entity";
            }, id);
        }

        private String resolve(String id) {
            return sameAs.getOrDefault(id, id);
        }

        private Map<String, String> attributesOf(String id) {
            return attributes.getOrDefault(id, Map.of());
        }

        private String relation(String from, String type) {
            String to = relations.getOrDefault(from, Map.of()).get(type);
            return to == null ? null : resolve(to);
        }

        private String comment(String id, String type) {
            for (Comment c : comments.getOrDefault(id, List.of())) {
                if (c.type().equals(type)) {
                    return c.text();
                }
            }
            return null;
        }

        private ImportedAnalysis build() throws ImportException {
            Provenance user = new Provenance(Provenance.Origin.USER, "", 1.0, null);
            // Mentions first, so entities can be formed; ids are the file's.
            Map<String, EntityMention> mentionOfT = new LinkedHashMap<>();
            for (TextBound tb : bounds.values()) {
                EntityType type = entityType(tb.type());
                if (type != null) {
                    Map<String, String> attrs = attributesOf(tb.id());
                    String subtype = attrs.getOrDefault("Subtype", isKnownType(tb.type()) ? "" : tb.type());
                    MentionForm form = form(attrs.getOrDefault("Form", "name"));
                    mentionOfT.put(tb.id(), new EntityMention(tb.id(), tb.span(), tb.text(), type, subtype, form,
                            null, user));
                }
            }
            Map<String, String> clusterOfT = new HashMap<>();
            List<List<String>> groups = new ArrayList<>();
            for (List<String> c : corefs) {
                List<String> ts = c.stream().map(this::resolve).distinct().filter(mentionOfT::containsKey).toList();
                if (!ts.isEmpty() && ts.stream().noneMatch(clusterOfT::containsKey)) {
                    groups.add(ts);
                    ts.forEach(x -> clusterOfT.put(x, "pending"));
                }
            }
            // An entity of one mention is named by an Entity comment; a speaker or source needs an entity too.
            for (TextBound tb : bounds.values()) {
                List<String> singles = new ArrayList<>();
                if (mentionOfT.containsKey(tb.id()) && comment(tb.id(), "Entity") != null) {
                    singles.add(tb.id());
                }
                String speaker = relation(tb.id(), tb.type().equals("Quote") ? "Speaker" : "Source");
                if ((tb.type().equals("Quote") || tb.type().equals("Fact")) && speaker != null) {
                    singles.add(speaker);
                }
                for (String t : singles) {
                    if (mentionOfT.containsKey(t) && !clusterOfT.containsKey(t)) {
                        groups.add(List.of(t));
                        clusterOfT.put(t, "pending");
                    }
                }
            }
            List<EntityCluster> clusters = new ArrayList<>();
            Map<String, EntityCluster> clusterById = new HashMap<>();
            for (List<String> g : groups) {
                String cid = "c" + (clusters.size() + 1);
                List<EntityMention> ms = g.stream().map(mentionOfT::get).toList();
                EntityMention named = ms.stream().filter(x -> x.form() == MentionForm.NAME).findFirst()
                        .orElse(ms.get(0));
                String name = named.text();
                EntityType type = named.type();
                String entity = comment(g.get(0), "Entity");
                if (entity != null && entity.contains(" ")) {
                    type = entityTypeOr(entity.substring(0, entity.indexOf(' ')), type);
                    name = BratExporter.unescapeNote(entity.substring(entity.indexOf(' ') + 1));
                }
                EntityCluster c = new EntityCluster(cid, name, type, ms.stream().map(EntityMention::id).toList());
                clusters.add(c);
                clusterById.put(cid, c);
                g.forEach(x -> clusterOfT.put(x, cid));
            }
            List<EntityMention> mentions = new ArrayList<>();
            mentionOfT.forEach((tid, x) -> mentions.add(new EntityMention(x.id(), x.span(), x.text(), x.type(),
                    x.subtype(), x.form(), clusterOfT.get(tid), x.provenance(), values.get(tid))));

            List<Quote> quotes = new ArrayList<>();
            List<Fact> facts = new ArrayList<>();
            List<Note> notes = new ArrayList<>();
            List<EntityMention> rejectedMentions = new ArrayList<>();
            List<Quote> rejectedQuotes = new ArrayList<>();
            List<Fact> rejectedFacts = new ArrayList<>();
            Provenance auto = Provenance.auto("", 1);
            for (TextBound tb : bounds.values()) {
                switch (tb.type()) {
                    case "Quote" -> quotes.add(quote(tb, clusterOfT, clusterById, user));
                    case "Fact" -> facts.add(fact(tb, clusterOfT, clusterById, user));
                    case "Note", "DocumentNote" -> notes.add(note(tb));
                    case "Rejected" -> {
                        String was = attributesOf(tb.id()).getOrDefault("Was", "MISC");
                        switch (was) {
                            case "Quote" -> rejectedQuotes.add(new Quote(tb.id(), tb.span(), tb.text(),
                                    QuoteKind.DIRECT, null, "", null, "", auto));
                            case "Fact" -> rejectedFacts.add(new Fact(tb.id(), tb.span(), tb.text(), "", "", "",
                                    List.of(), null, null, "", 0, FactStatus.UNCHECKED, "", "", auto));
                            default -> rejectedMentions.add(new EntityMention(tb.id(), tb.span(), tb.text(),
                                    entityTypeOr(was, EntityType.MISC), "", MentionForm.NAME, null, auto));
                        }
                    }
                    default -> {
                        if (!mentionOfT.containsKey(tb.id()) && comment(tb.id(), "AnnotatorNotes") != null
                                && !tb.type().equals("Cue")) {
                            notes.add(note(tb)); // a note on a label Lector does not know
                        }
                    }
                }
            }
            Analysis rejected = new Analysis("", rejectedMentions, List.of(), rejectedQuotes, rejectedFacts,
                    List.of());
            return new ImportedAnalysis("", "", new Analysis("", mentions, clusters, quotes, facts, notes), rejected,
                    selectors, orphans);
        }

        private Quote quote(TextBound tb, Map<String, String> clusterOfT, Map<String, EntityCluster> clusterById,
                Provenance user) throws ImportException {
            String speakerT = relation(tb.id(), "Speaker");
            String cid = speakerT == null ? null : clusterOfT.get(speakerT);
            String name = comment(tb.id(), "Speaker");
            name = name != null ? BratExporter.unescapeNote(name) : cid == null ? "" : clusterById.get(cid).name();
            String cueT = relation(tb.id(), "Cue");
            TextBound cue = cueT == null ? null : bounds.get(cueT);
            if (cue != null && selectors.containsKey(key("Cue", cue.id()))) {
                selectors.put(ImportedAnalysis.key("cue", tb.id()), selectors.get(key("Cue", cue.id())));
            }
            return new Quote(tb.id(), tb.span(), tb.text(), kind(attributesOf(tb.id()).getOrDefault("Kind", "direct")),
                    cid, name, cue == null ? null : cue.span(), cue == null ? "" : cue.text(), user);
        }

        private Fact fact(TextBound tb, Map<String, String> clusterOfT, Map<String, EntityCluster> clusterById,
                Provenance user) throws ImportException {
            String sourceT = relation(tb.id(), "Source");
            String cid = sourceT == null ? null : clusterOfT.get(sourceT);
            JsonNode fields = json(comment(tb.id(), "Fact"), tb);
            List<Quantity> qs = new ArrayList<>();
            for (JsonNode q : fields.path("quantities")) {
                qs.add(new Quantity(q.path("text").asText(), new BigDecimal(q.path("value").asText("0")),
                        q.path("unit").asText("")));
            }
            JsonNode t = fields.path("time");
            TimeExpression time = t.isObject() ? new TimeExpression(t.path("text").asText(), t.path("value").asText(""))
                    : null;
            FactStatus status;
            try {
                status = FactStatus.fromId(attributesOf(tb.id()).getOrDefault("Status", "unchecked"));
            } catch (IllegalArgumentException e) {
                throw new ImportException("fact " + tb.id() + ": " + e.getMessage(), e);
            }
            String sourceName = fields.path("sourceName").asText(cid == null ? "" : clusterById.get(cid).name());
            return new Fact(tb.id(), tb.span(), tb.text(), fields.path("subject").asText(""),
                    fields.path("predicate").asText(""), fields.path("object").asText(""), qs, time, cid, sourceName,
                    fields.path("score").asDouble(0), status, fields.path("evidence").asText(""),
                    fields.path("evidenceUrl").asText(""), user);
        }

        private Note note(TextBound tb) throws ImportException {
            String body = comment(tb.id(), "AnnotatorNotes");
            JsonNode meta = json(comment(tb.id(), "NoteMeta"), tb);
            Instant created = meta.hasNonNull("created") ? Instant.parse(meta.path("created").asText()) : importedAt;
            Instant modified = meta.hasNonNull("modified") ? Instant.parse(meta.path("modified").asText()) : created;
            List<String> tags = new ArrayList<>();
            meta.path("tags").forEach(x -> tags.add(x.asText()));
            return new Note(tb.id(), tb.type().equals("DocumentNote") ? null : tb.span(),
                    body == null ? "" : BratExporter.unescapeNote(body), created, modified, tags);
        }

        private static JsonNode json(String s, TextBound tb) throws ImportException {
            if (s == null) {
                return WebAnnotationExporter.MAPPER.createObjectNode();
            }
            try {
                return WebAnnotationExporter.MAPPER.readTree(s);
            } catch (JsonProcessingException e) {
                throw new ImportException("the comment on " + tb.id() + " (line " + tb.line() + ") is not the JSON "
                        + "Lector writes there: " + e.getOriginalMessage(), e);
            }
        }

        private static QuoteKind kind(String id) throws ImportException {
            try {
                return QuoteKind.fromId(id);
            } catch (IllegalArgumentException e) {
                throw new ImportException(e.getMessage(), e);
            }
        }

        private static MentionForm form(String id) throws ImportException {
            try {
                return MentionForm.fromId(id);
            } catch (IllegalArgumentException e) {
                throw new ImportException(e.getMessage(), e);
            }
        }
    }

    private static String shorten(String line) {
        return line.length() > 80 ? line.substring(0, 77) + "..." : line;
    }

    private static boolean isKnownType(String label) {
        try {
            EntityType.fromId(label);
            return true;
        } catch (IllegalArgumentException e) {
            return LABELS.containsKey(label.toUpperCase(Locale.ROOT));
        }
    }

    private static EntityType entityTypeOr(String id, EntityType orElse) {
        try {
            return EntityType.fromId(id);
        } catch (IllegalArgumentException e) {
            return orElse;
        }
    }

    /** The entity type of a brat label, or null for Lector's own non-entity labels. */
    private static EntityType entityType(String label) {
        if (OWN.contains(label)) {
            return null;
        }
        try {
            return EntityType.fromId(label);
        } catch (IllegalArgumentException e) {
            return LABELS.getOrDefault(label.toUpperCase(Locale.ROOT), EntityType.MISC);
        }
    }
}

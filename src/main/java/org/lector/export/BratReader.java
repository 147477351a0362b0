package org.lector.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lector.model.Analysis;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Note;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;

/**
 * Reads brat standoff ({@code .ann} with its {@code .txt}) as {@link BratExporter} writes it, and tolerates brat
 * files from elsewhere: common NER labels are mapped (PER, ORG, LOC, GPE, NORP, ...), other entity labels become
 * MISC with the label kept as subtype, and unknown attributes and relations are skipped. Everything read is the
 * reader's: provenance {@code user}.
 */
public final class BratReader {

    private static final Map<String, EntityType> LABELS = Map.ofEntries(
            Map.entry("PER", EntityType.PERSON), Map.entry("ORG", EntityType.ORGANIZATION),
            Map.entry("LOC", EntityType.PLACE), Map.entry("GPE", EntityType.PLACE),
            Map.entry("LOCATION", EntityType.PLACE), Map.entry("NORP", EntityType.GROUP),
            Map.entry("TIME", EntityType.DATE), Map.entry("PERCENT", EntityType.QUANTITY),
            Map.entry("CARDINAL", EntityType.QUANTITY), Map.entry("ORDINAL", EntityType.QUANTITY));

    private record TextBound(String id, String type, Span span, int line) {
    }

    private BratReader() {
    }

    /**
     * @param text       the {@code .txt} file's content, which must be the document's normalized text
     * @param ann        the {@code .ann} file's content
     * @param importedAt the time given to imported notes
     */
    public static ImportedAnalysis read(String text, String ann, Instant importedAt) throws ImportException {
        CodePoints cp = new CodePoints(text);
        Map<String, TextBound> bounds = new LinkedHashMap<>();
        Map<String, Map<String, String>> attributes = new HashMap<>();
        Map<String, String> speakerOf = new HashMap<>();
        Map<String, String> cueOf = new HashMap<>();
        Map<String, String> noteOf = new HashMap<>();
        List<List<String>> corefs = new ArrayList<>();
        String[] lines = ann.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", 3);
            String where = "line " + (n + 1) + " of the .ann file";
            try {
                switch (line.charAt(0)) {
                    case 'T' -> {
                        String[] typeAndSpans = f[1].split(" ", 2);
                        int start = Integer.MAX_VALUE;
                        int end = -1;
                        for (String frag : typeAndSpans[1].split(";")) {
                            String[] se = frag.trim().split(" ");
                            start = Math.min(start, cp.utf16(Integer.parseInt(se[0])));
                            end = Math.max(end, cp.utf16(Integer.parseInt(se[1])));
                        }
                        if (end > text.length() || end < start) {
                            throw new ImportException(where + ": the span lies outside the text");
                        }
                        bounds.put(f[0], new TextBound(f[0], typeAndSpans[0], new Span(start, end), n + 1));
                    }
                    case 'A', 'M' -> {
                        String[] p = f[1].split(" ");
                        attributes.computeIfAbsent(p[1], k -> new HashMap<>()).put(p[0], p.length > 2 ? p[2] : "true");
                    }
                    case 'R' -> {
                        String[] p = f[1].split(" ");
                        String arg1 = p[1].substring(p[1].indexOf(':') + 1);
                        String arg2 = p[2].substring(p[2].indexOf(':') + 1);
                        if (p[0].equals("Speaker")) {
                            speakerOf.put(arg1, arg2);
                        } else if (p[0].equals("Cue")) {
                            cueOf.put(arg1, arg2);
                        }
                    }
                    case '*' -> {
                        String[] p = f[1].split(" ");
                        if (p[0].equals("Coref")) {
                            corefs.add(List.of(p).subList(1, p.length));
                        }
                    }
                    case '#' -> {
                        String[] p = f[1].split(" ");
                        if (p[0].equals("AnnotatorNotes") && f.length > 2) {
                            noteOf.put(p[1], BratExporter.unescapeNote(f[2]));
                        }
                    }
                    default -> throw new ImportException(where + ": not a brat annotation line: " + line);
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException | StringIndexOutOfBoundsException e) {
                throw new ImportException(where + ": not a brat annotation line: " + line, e);
            } catch (IllegalArgumentException e) {
                throw new ImportException(where + ": " + e.getMessage(), e);
            }
        }
        Provenance user = new Provenance(Provenance.Origin.USER, "", 1.0, null);

        // Mentions first, so clusters can be formed; the ids follow the file's order.
        Map<String, EntityMention> mentionOfT = new LinkedHashMap<>();
        int m = 0;
        for (TextBound tb : bounds.values()) {
            EntityType type = entityType(tb.type());
            if (type == null) {
                continue;
            }
            Map<String, String> attrs = attributes.getOrDefault(tb.id(), Map.of());
            String subtype = attrs.getOrDefault("Subtype", isKnownType(tb.type()) ? "" : tb.type());
            MentionForm form = MentionForm.fromId(attrs.getOrDefault("Form", "name"));
            mentionOfT.put(tb.id(), new EntityMention("m" + ++m, tb.span(), tb.span().of(text), type, subtype, form,
                    null, user));
        }
        Map<String, String> clusterOfT = new HashMap<>();
        List<List<String>> groups = new ArrayList<>();
        for (List<String> c : corefs) {
            List<String> ts = c.stream().filter(mentionOfT::containsKey).toList();
            if (!ts.isEmpty() && ts.stream().noneMatch(clusterOfT::containsKey)) {
                groups.add(ts);
                ts.forEach(x -> clusterOfT.put(x, "pending"));
            }
        }
        for (TextBound tb : bounds.values()) {
            String speaker = speakerOf.get(tb.id());
            if (tb.type().equals("Quote") && speaker != null && mentionOfT.containsKey(speaker)
                    && !clusterOfT.containsKey(speaker)) {
                groups.add(List.of(speaker));
                clusterOfT.put(speaker, "pending");
            }
        }
        // Clusters keep the order of the Coref lines, so a re-export writes them in the same order.
        List<EntityCluster> clusters = new ArrayList<>();
        Map<String, EntityCluster> clusterById = new HashMap<>();
        for (List<String> g : groups) {
            String cid = "c" + (clusters.size() + 1);
            List<EntityMention> ms = g.stream().map(mentionOfT::get).toList();
            EntityMention named = ms.stream().filter(x -> x.form() == MentionForm.NAME).findFirst().orElse(ms.get(0));
            EntityCluster c = new EntityCluster(cid, named.text(), named.type(),
                    ms.stream().map(EntityMention::id).toList());
            clusters.add(c);
            clusterById.put(cid, c);
            g.forEach(x -> clusterOfT.put(x, cid));
        }
        List<EntityMention> mentions = new ArrayList<>();
        mentionOfT.forEach((tid, x) -> mentions.add(new EntityMention(x.id(), x.span(), x.text(), x.type(),
                x.subtype(), x.form(), clusterOfT.get(tid), x.provenance())));

        List<Quote> quotes = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        for (TextBound tb : bounds.values()) {
            if (tb.type().equals("Quote")) {
                String speakerT = speakerOf.get(tb.id());
                String cid = speakerT == null ? null : clusterOfT.get(speakerT);
                String name = cid == null ? "" : clusterById.get(cid).name();
                TextBound cue = cueOf.get(tb.id()) == null ? null : bounds.get(cueOf.get(tb.id()));
                QuoteKind kind = QuoteKind.fromId(attributes.getOrDefault(tb.id(), Map.of()).getOrDefault("Kind",
                        "direct"));
                quotes.add(new Quote("q" + (quotes.size() + 1), tb.span(), tb.span().of(text), kind, cid, name,
                        cue == null ? null : cue.span(), cue == null ? "" : cue.span().of(text), user));
            } else if (tb.type().equals("Note") || noteOf.containsKey(tb.id()) && !mentionOfT.containsKey(tb.id())) {
                notes.add(new Note("n" + (notes.size() + 1), tb.span(), noteOf.getOrDefault(tb.id(), ""), importedAt,
                        importedAt));
            }
        }
        return new ImportedAnalysis("", "", new Analysis("", mentions, clusters, quotes, List.of(), notes));
    }

    private static boolean isKnownType(String label) {
        try {
            EntityType.fromId(label);
            return true;
        } catch (IllegalArgumentException e) {
            return LABELS.containsKey(label.toUpperCase(Locale.ROOT));
        }
    }

    /** The entity type of a brat label, or null for Lector's own non-entity labels (Quote, Cue, Note). */
    private static EntityType entityType(String label) {
        if (label.equals("Quote") || label.equals("Cue") || label.equals("Note")) {
            return null;
        }
        try {
            return EntityType.fromId(label);
        } catch (IllegalArgumentException e) {
            return LABELS.getOrDefault(label.toUpperCase(Locale.ROOT), EntityType.MISC);
        }
    }
}

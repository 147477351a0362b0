package org.lector.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lector.model.Analysis;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.Fact;
import org.lector.model.MentionForm;
import org.lector.model.Note;
import org.lector.model.Quote;
import org.lector.model.Span;

/**
 * brat standoff: the normalized text as {@code .txt} and the annotations as {@code .ann}. Everything an import
 * needs to restore the analysis is in it, in lines brat shows or keeps.
 *
 * <ul>
 *   <li>{@code T} lines: mentions (typed with the entity type id), then {@code Quote}, {@code Cue}, {@code Fact},
 *       {@code Note} and {@code DocumentNote} spans (a note on the whole article hangs on the first line's text),
 *       then {@code Rejected} spans (the engine's annotations the reader took away). Offsets are code points, as
 *       brat counts them; a span across a line break is written as fragments ({@code 10 20;21 30}), whose texts
 *       brat joins with one space, because brat refuses text-bound annotations that contain one.</li>
 *   <li>{@code A} lines: {@code Subtype} and {@code Form} (when not a name) of mentions, {@code Kind} of quotes,
 *       {@code Status} of facts, {@code Was} (the type, or {@code Quote}, {@code Fact}) of rejections.</li>
 *   <li>{@code R} lines: {@code Speaker} (quote to the speaker's first mention), {@code Cue} (quote to cue) and
 *       {@code Source} (fact to its source's first mention).</li>
 *   <li>{@code *} lines: {@code Coref} equivalences, one per entity with two or more mentions.</li>
 *   <li>{@code #} lines: {@code Entity} on each entity's first mention (its type and name), {@code Speaker} (the
 *       speaker's name as shown), {@code AnnotatorNotes} on notes (with {@code \n}, {@code \t} and {@code \\}
 *       escaped), and one line of JSON for what brat has no place for: {@code Fact} (claim, numbers, time, source
 *       name, score, evidence) and {@code NoteMeta} (times, tags).</li>
 * </ul>
 * A mention with no {@code Entity} line and no {@code Coref} belongs to no entity.
 */
public final class BratExporter {

    private BratExporter() {
    }

    public static List<ExportFile> export(ExportInput in, ExportProgress progress) {
        return List.of(new ExportFile("txt", in.document().text()), new ExportFile("ann", ann(in, progress)));
    }

    /** Line numbering of one {@code .ann}: the next id of each kind. */
    private static final class Ids {
        int t;
        int a;
        int r;
        int comment;
    }

    static String ann(ExportInput in, ExportProgress progress) {
        String text = in.document().text();
        Analysis a = in.analysis();
        CodePoints cp = new CodePoints(text);
        StringBuilder b = new StringBuilder(a.entities().size() * 48 + 1024);
        Ids ids = new Ids();
        Map<String, String> tOfMention = new HashMap<>();
        int step = Math.max(1, a.entities().size() / 10);
        int i = 0;
        for (EntityMention m : a.entities()) {
            String tid = "T" + ++ids.t;
            tOfMention.put(m.id(), tid);
            textBound(b, tid, m.type().id(), m.span(), text, cp);
            if (!m.subtype().isEmpty()) {
                attribute(b, ids, "Subtype", tid, token(m.subtype()));
            }
            if (m.form() != MentionForm.NAME) {
                attribute(b, ids, "Form", tid, m.form().id());
            }
            if (++i % step == 0) {
                progress.progress(0.7 * i / a.entities().size());
            }
        }
        Map<String, String> firstMentionOfCluster = new HashMap<>();
        for (EntityMention m : a.entities()) {
            if (m.clusterId() != null) {
                firstMentionOfCluster.putIfAbsent(m.clusterId(), tOfMention.get(m.id()));
            }
        }
        for (EntityCluster c : a.clusters()) {
            List<String> ts = c.mentionIds().stream().map(tOfMention::get).filter(x -> x != null).toList();
            if (ts.size() >= 2) {
                b.append("*\tCoref ").append(String.join(" ", ts)).append('\n');
            }
            String first = firstMentionOfCluster.get(c.id());
            if (first != null) {
                comment(b, ids, "Entity", first, c.type().id() + " " + escapeNote(c.name()));
            }
        }
        for (Quote q : a.quotes()) {
            String qid = "T" + ++ids.t;
            textBound(b, qid, "Quote", q.span(), text, cp);
            attribute(b, ids, "Kind", qid, q.kind().id());
            String speaker = q.speakerId() == null ? null : firstMentionOfCluster.get(q.speakerId());
            if (speaker != null) {
                relation(b, ids, "Speaker", qid, speaker);
            }
            if (!q.speakerName().isEmpty()) {
                comment(b, ids, "Speaker", qid, escapeNote(q.speakerName()));
            }
            if (q.cue() != null) {
                String cid = "T" + ++ids.t;
                textBound(b, cid, "Cue", q.cue(), text, cp);
                relation(b, ids, "Cue", qid, cid);
            }
        }
        for (Fact f : a.facts()) {
            String fid = "T" + ++ids.t;
            textBound(b, fid, "Fact", f.span(), text, cp);
            attribute(b, ids, "Status", fid, f.status().id());
            String source = f.sourceId() == null ? null : firstMentionOfCluster.get(f.sourceId());
            if (source != null) {
                relation(b, ids, "Source", fid, source);
            }
            comment(b, ids, "Fact", fid, json(factFields(f)));
        }
        Span title = firstLine(text);
        for (Note n : a.notes()) {
            String nid = "T" + ++ids.t;
            textBound(b, nid, n.span() == null ? "DocumentNote" : "Note", n.span() == null ? title : n.span(), text,
                    cp);
            comment(b, ids, "AnnotatorNotes", nid, escapeNote(n.text()));
            ObjectNode meta = WebAnnotationExporter.MAPPER.createObjectNode();
            meta.put("created", n.created().toString());
            meta.put("modified", n.modified().toString());
            n.tags().forEach(meta.putArray("tags")::add);
            comment(b, ids, "NoteMeta", nid, json(meta));
        }
        Analysis r = in.rejected();
        for (EntityMention m : r.entities()) {
            rejected(b, ids, m.type().id(), m.span(), text, cp);
        }
        for (Quote q : r.quotes()) {
            rejected(b, ids, "Quote", q.span(), text, cp);
        }
        for (Fact f : r.facts()) {
            rejected(b, ids, "Fact", f.span(), text, cp);
        }
        progress.progress(1);
        return b.toString();
    }

    private static void rejected(StringBuilder b, Ids ids, String was, Span span, String text, CodePoints cp) {
        String tid = "T" + ++ids.t;
        textBound(b, tid, "Rejected", span, text, cp);
        attribute(b, ids, "Was", tid, was);
    }

    /** A fact's fields that brat has no place for, as one JSON object. */
    static ObjectNode factFields(Fact f) {
        ObjectNode o = WebAnnotationExporter.MAPPER.createObjectNode();
        o.put("subject", f.subject());
        o.put("predicate", f.predicate());
        o.put("object", f.object());
        FactJson.putQuantitiesAndTime(o, f, "quantities", "time");
        o.put("sourceName", f.sourceName());
        o.put("score", f.score());
        o.put("evidence", f.evidence());
        o.put("evidenceUrl", f.evidenceUrl());
        return o;
    }

    private static String json(ObjectNode o) {
        try {
            return WebAnnotationExporter.MAPPER.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }

    /** The text of the article's first non-blank line, where a note on the whole article hangs. */
    static Span firstLine(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(Math.min(start, end), end);
    }

    private static void attribute(StringBuilder b, Ids ids, String name, String target, String value) {
        b.append('A').append(++ids.a).append('\t').append(name).append(' ').append(target).append(' ').append(value)
                .append('\n');
    }

    private static void relation(StringBuilder b, Ids ids, String type, String arg1, String arg2) {
        b.append('R').append(++ids.r).append('\t').append(type).append(" Arg1:").append(arg1).append(" Arg2:")
                .append(arg2).append('\n');
    }

    private static void comment(StringBuilder b, Ids ids, String type, String target, String text) {
        b.append('#').append(++ids.comment).append('\t').append(type).append(' ').append(target).append('\t')
                .append(text).append('\n');
    }

    private static void textBound(StringBuilder b, String id, String type, Span span, String text, CodePoints cp) {
        b.append(id).append('\t').append(type).append(' ');
        List<Span> fragments = fragments(span, text);
        for (int f = 0; f < fragments.size(); f++) {
            b.append(f == 0 ? "" : ";").append(cp.codePoint(fragments.get(f).start())).append(' ')
                    .append(cp.codePoint(fragments.get(f).end()));
        }
        b.append('\t').append(fragmentText(fragments, text)).append('\n');
    }

    /**
     * The pieces of {@code span} between line breaks: brat refuses a newline inside a text-bound annotation, so a
     * span across one is written as fragments. A span of nothing but line breaks stays whole.
     */
    static List<Span> fragments(Span span, String text) {
        List<Span> out = new ArrayList<>(1);
        int start = span.start();
        for (int i = span.start(); i <= span.end(); i++) {
            if (i == span.end() || text.charAt(i) == '\n') {
                if (i > start) {
                    out.add(new Span(start, i));
                }
                start = i + 1;
            }
        }
        if (out.isEmpty()) {
            out.add(span);
        }
        return out;
    }

    /** The text brat shows for fragments: theirs, joined by one space each. */
    static String fragmentText(List<Span> fragments, String text) {
        StringBuilder b = new StringBuilder();
        for (Span f : fragments) {
            b.append(b.length() == 0 ? "" : " ").append(f.of(text));
        }
        return b.toString();
    }

    /** brat attribute values are single tokens. */
    private static String token(String s) {
        return s.replaceAll("\\s+", "_");
    }

    static String escapeNote(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
    }

    static String unescapeNote(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}

package org.lector.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lector.model.Analysis;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.MentionForm;
import org.lector.model.Note;
import org.lector.model.Quote;
import org.lector.model.Span;

/**
 * brat standoff: the normalized text as {@code .txt} and the annotations as {@code .ann}.
 *
 * <ul>
 *   <li>{@code T} lines: mentions (typed with the entity type id), then {@code Quote}, {@code Cue} and {@code Note}
 *       spans. Offsets are code points, as brat counts them; a span across a line break is written as fragments
 *       ({@code 10 20;21 30}) because brat refuses text-bound annotations that contain one.</li>
 *   <li>{@code A} lines: {@code Subtype} and {@code Form} (when not a name) of mentions, {@code Kind} of quotes.</li>
 *   <li>{@code R} lines: {@code Speaker} (quote to the speaker's first mention) and {@code Cue} (quote to cue).</li>
 *   <li>{@code *} lines: {@code Coref} equivalences, one per entity with two or more mentions.</li>
 *   <li>{@code #} lines: {@code AnnotatorNotes} on {@code Note} spans, with {@code \n}, {@code \t} and
 *       {@code \\} escaped.</li>
 * </ul>
 * Facts are not brat's business (see the CSV export), and notes on the whole document have no span to hang on, so
 * neither is written.
 */
public final class BratExporter {

    private BratExporter() {
    }

    public static List<ExportFile> export(ExportInput in, ExportProgress progress) {
        return List.of(new ExportFile("txt", in.document().text()), new ExportFile("ann", ann(in, progress)));
    }

    static String ann(ExportInput in, ExportProgress progress) {
        String text = in.document().text();
        Analysis a = in.analysis();
        CodePoints cp = new CodePoints(text);
        StringBuilder b = new StringBuilder(a.entities().size() * 48 + 1024);
        Map<String, String> tOfMention = new HashMap<>();
        int t = 0;
        int attr = 0;
        int rel = 0;
        int step = Math.max(1, a.entities().size() / 10);
        int i = 0;
        for (EntityMention m : a.entities()) {
            String tid = "T" + ++t;
            tOfMention.put(m.id(), tid);
            textBound(b, tid, m.type().id(), m.span(), text, cp);
            if (!m.subtype().isEmpty()) {
                b.append('A').append(++attr).append("\tSubtype ").append(tid).append(' ').append(token(m.subtype()))
                        .append('\n');
            }
            if (m.form() != MentionForm.NAME) {
                b.append('A').append(++attr).append("\tForm ").append(tid).append(' ').append(m.form().id())
                        .append('\n');
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
        }
        for (Quote q : a.quotes()) {
            String qid = "T" + ++t;
            textBound(b, qid, "Quote", q.span(), text, cp);
            b.append('A').append(++attr).append("\tKind ").append(qid).append(' ').append(q.kind().id()).append('\n');
            String speaker = q.speakerId() == null ? null : firstMentionOfCluster.get(q.speakerId());
            if (speaker != null) {
                b.append('R').append(++rel).append("\tSpeaker Arg1:").append(qid).append(" Arg2:").append(speaker)
                        .append('\n');
            }
            if (q.cue() != null) {
                String cid = "T" + ++t;
                textBound(b, cid, "Cue", q.cue(), text, cp);
                b.append('R').append(++rel).append("\tCue Arg1:").append(qid).append(" Arg2:").append(cid)
                        .append('\n');
            }
        }
        int note = 0;
        for (Note n : a.notes()) {
            if (n.span() == null) {
                continue;
            }
            String nid = "T" + ++t;
            textBound(b, nid, "Note", n.span(), text, cp);
            b.append('#').append(++note).append("\tAnnotatorNotes ").append(nid).append('\t')
                    .append(escapeNote(n.text())).append('\n');
        }
        progress.progress(1);
        return b.toString();
    }

    private static void textBound(StringBuilder b, String id, String type, Span span, String text, CodePoints cp) {
        b.append(id).append('\t').append(type).append(' ');
        // brat refuses a newline inside a text-bound annotation: split the span into fragments around line breaks.
        int start = span.start();
        boolean first = true;
        for (int i = span.start(); i <= span.end(); i++) {
            if (i == span.end() || text.charAt(i) == '\n') {
                if (i > start) {
                    b.append(first ? "" : ";").append(cp.codePoint(start)).append(' ').append(cp.codePoint(i));
                    first = false;
                }
                start = i + 1;
            }
        }
        if (first) {
            b.append(cp.codePoint(span.start())).append(' ').append(cp.codePoint(span.end()));
        }
        b.append('\t').append(span.of(text).replace('\n', ' ')).append('\n');
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

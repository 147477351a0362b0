package org.lector.export;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lector.model.Analysis;
import org.lector.model.DisplayNames;
import org.lector.model.Document;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.MentionForm;
import org.lector.model.Note;
import org.lector.model.Quote;

/**
 * One self-contained HTML file: inline CSS, no script, nothing fetched (a Content-Security-Policy says so to the
 * browser as well), the article with its highlights in {@link EntityPalette}'s colours, a legend, and the facts
 * and quotes. Every piece of text is escaped.
 *
 * <p>Highlights are drawn from a sweep over all span boundaries, so overlapping annotations (a name inside a
 * quote, a note across both) never produce mis-nested tags: each stretch of text between two boundaries is one
 * {@code span} with the classes of everything covering it. Names are filled; nominal and pronoun mentions are
 * underlined in their type's colour; quotes get a brown underline; noted passages a dashed outline.
 */
public final class HtmlExporter {

    private HtmlExporter() {
    }

    public static String export(ExportInput in, ExportProgress progress) {
        Document d = in.document();
        Analysis a = in.analysis();
        StringBuilder b = new StringBuilder(d.length() * 2 + 8192);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(Escape.html(d.metadata().language() == null ? "en"
                : d.metadata().language())).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"generator\" content=\"Lector\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Escape.html(DisplayNames.escapeTitle(d.title()))).append("</title>\n");
        style(b);
        b.append("</head>\n<body>\n<header>\n<h1>").append(Escape.html(DisplayNames.escapeTitle(d.title())))
                .append("</h1>\n");
        String byline = MarkdownExporter.byline(d.metadata());
        if (!byline.isEmpty()) {
            b.append("<p class=\"byline\">").append(Escape.html(byline)).append("</p>\n");
        }
        // The title and the file name are shown, not kept: a control or a direction override in them is shown escaped.
        b.append("<p class=\"meta\">").append(Escape.html(DisplayNames.escape(d.source())));
        if (in.date() != null) {
            b.append(" · ").append(in.date());
        }
        b.append(" · exported ").append(in.exportedAt().truncatedTo(ChronoUnit.SECONDS))
                .append("<br>sha256 <code>").append(Escape.html(d.sha256())).append("</code>")
                .append("<br>Offsets are UTF-16 code units of the normalized text.</p>\n</header>\n");
        legend(a, b);
        progress.progress(0.05);
        b.append("<main>\n<div class=\"text\" id=\"text\">");
        article(d.text(), a, b, progress);
        b.append("</div>\n</main>\n");
        facts(a, b);
        quotes(a, b);
        notes(d, a, b);
        b.append("</body>\n</html>\n");
        progress.progress(1);
        return b.toString();
    }

    private static void style(StringBuilder b) {
        b.append("<style>\n")
                .append("body{margin:0 auto;max-width:46rem;padding:1.5rem;background:#fbf9f4;color:#1f1d1a;")
                .append("font:17px/1.6 Georgia,'Times New Roman',serif}\n")
                .append("h1{font-size:1.8rem;line-height:1.2}h2{font-size:1.2rem;margin-top:2rem;")
                .append("border-bottom:1px solid #d9d4ca}\n")
                .append(".meta,.legend,.facts,.quotes,.notes{font-family:system-ui,sans-serif;font-size:14px}\n")
                .append(".meta{color:#6b665e}.text{white-space:pre-wrap}\n")
                .append(".legend ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1rem}\n")
                .append(".sw{display:inline-block;width:1em;height:1em;border-radius:2px;vertical-align:-2px;")
                .append("margin-right:.3em;border:1px solid #0002}\n");
        for (EntityType t : EntityType.values()) {
            String c = EntityPalette.colour(t);
            b.append(".e-").append(t.id()).append("{background:").append(c).append("}")
                    .append(".f-").append(t.id()).append("{border-bottom:2px solid ").append(c).append("}\n");
        }
        b.append(".e{border-radius:2px}\n")
                .append(".q{box-shadow:inset 0 -2px 0 ").append(EntityPalette.QUOTE).append("}\n")
                .append(".sw.q{background:none;border:0;border-bottom:2px solid ").append(EntityPalette.QUOTE)
                .append(";border-radius:0}\n")
                .append(".n{outline:1px dashed #6b665e}\n")
                .append("blockquote{margin:.5rem 0;padding-left:.8rem;border-left:3px solid ")
                .append(EntityPalette.QUOTE).append("}\n")
                .append(".status{font-weight:bold;text-transform:uppercase;font-size:12px;padding:0 .3em;")
                .append("border-radius:2px;background:#eeebe4}\n")
                .append(".status-supported{background:#caffbf}.status-disputed{background:#fdffb6}")
                .append(".status-false{background:#ffadad}\n")
                .append("</style>\n");
    }

    private static void legend(Analysis a, StringBuilder b) {
        int[] counts = new int[EntityType.values().length];
        a.entities().forEach(m -> counts[m.type().ordinal()]++);
        b.append("<section class=\"legend\"><h2>Legend</h2><ul>");
        for (EntityType t : EntityType.values()) {
            b.append("<li><span class=\"sw e-").append(t.id()).append("\"></span>").append(t.label())
                    .append(" (").append(counts[t.ordinal()]).append(")</li>");
        }
        b.append("<li><span class=\"sw q\"></span>Quote (").append(a.quotes().size()).append(")</li>")
                .append("<li><span class=\"sw n\"></span>Note (").append(a.notes().size()).append(")</li>")
                .append("</ul><p>Names are filled; other mentions (\u201cthe president\u201d, \u201che\u201d) ")
                .append("are underlined in their type\u2019s colour.</p></section>\n");
    }

    private record Mark(int start, int end, int kind, EntityMention mention) {
        static final int MENTION = 0;
        static final int QUOTE = 1;
        static final int NOTE = 2;
    }

    private static void article(String text, Analysis a, StringBuilder b, ExportProgress progress) {
        List<Mark> marks = new ArrayList<>(a.entities().size() + a.quotes().size() + a.notes().size());
        for (EntityMention m : a.entities()) {
            if (!m.span().isEmpty() && m.span().end() <= text.length()) {
                marks.add(new Mark(m.span().start(), m.span().end(), Mark.MENTION, m));
            }
        }
        for (Quote q : a.quotes()) {
            if (!q.span().isEmpty() && q.span().end() <= text.length()) {
                marks.add(new Mark(q.span().start(), q.span().end(), Mark.QUOTE, null));
            }
        }
        for (Note n : a.notes()) {
            if (n.span() != null && !n.span().isEmpty() && n.span().end() <= text.length()) {
                marks.add(new Mark(n.span().start(), n.span().end(), Mark.NOTE, null));
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        int[] bounds = new int[marks.size() * 2 + 2];
        int nb = 0;
        bounds[nb++] = 0;
        bounds[nb++] = text.length();
        for (Mark m : marks) {
            bounds[nb++] = m.start();
            bounds[nb++] = m.end();
        }
        Arrays.sort(bounds, 0, nb);
        List<Mark> active = new ArrayList<>();
        int next = 0;
        int prev = -1;
        int step = Math.max(1, nb / 20);
        for (int i = 0; i < nb - 1; i++) {
            int from = bounds[i];
            int to = bounds[i + 1];
            if (from == prev || from == to) {
                continue;
            }
            prev = from;
            active.removeIf(m -> m.end() <= from);
            while (next < marks.size() && marks.get(next).start() <= from) {
                if (marks.get(next).end() > from) {
                    active.add(marks.get(next));
                }
                next++;
            }
            segment(text, from, to, active, b);
            if (i % step == 0) {
                progress.progress(0.05 + 0.8 * i / nb);
            }
        }
    }

    private static void segment(String text, int from, int to, List<Mark> active, StringBuilder b) {
        if (active.isEmpty()) {
            Escape.html(text, from, to, b);
            return;
        }
        EntityMention innermost = null;
        boolean quote = false;
        boolean note = false;
        for (Mark m : active) {
            switch (m.kind()) {
                case Mark.MENTION -> {
                    if (innermost == null || m.start() >= innermost.span().start()) {
                        innermost = m.mention();
                    }
                }
                case Mark.QUOTE -> quote = true;
                default -> note = true;
            }
        }
        b.append("<span class=\"");
        String sep = "";
        if (innermost != null) {
            b.append(innermost.form() == MentionForm.NAME ? "e e-" : "f f-").append(innermost.type().id());
            sep = " ";
        }
        if (quote) {
            b.append(sep).append('q');
            sep = " ";
        }
        if (note) {
            b.append(sep).append('n');
        }
        b.append('"');
        if (innermost != null) {
            b.append(" title=\"").append(innermost.type().label());
            if (!innermost.subtype().isEmpty()) {
                b.append(" · ").append(Escape.html(innermost.subtype()));
            }
            if (innermost.value() != null) {
                b.append(" · ").append(Escape.html((innermost.value().value() + " " + innermost.value().unit())
                        .strip()));
            }
            b.append('"');
            if (innermost.value() != null) {
                b.append(" data-value=\"").append(Escape.html(innermost.value().value())).append('"');
                if (!innermost.value().unit().isEmpty()) {
                    b.append(" data-unit=\"").append(Escape.html(innermost.value().unit())).append('"');
                }
            }
        }
        b.append('>');
        Escape.html(text, from, to, b);
        b.append("</span>");
    }

    private static void facts(Analysis a, StringBuilder b) {
        b.append("<section class=\"facts\"><h2>Facts (").append(a.facts().size()).append(")</h2>\n<ol>\n");
        for (Fact f : a.facts()) {
            b.append("<li><span class=\"status status-").append(f.status().id()).append("\">")
                    .append(f.status().id()).append("</span> ").append(Escape.html(f.text()));
            if (!f.sourceName().isEmpty()) {
                b.append(" <em>according to ").append(Escape.html(f.sourceName())).append("</em>");
            }
            if (!f.evidence().isEmpty() || !f.evidenceUrl().isEmpty()) {
                b.append("<br>Evidence: ").append(Escape.html(f.evidence()));
                if (Escape.isWebUrl(f.evidenceUrl())) {
                    b.append(" <a rel=\"noreferrer noopener\" href=\"").append(Escape.html(f.evidenceUrl().strip()))
                            .append("\">").append(Escape.html(f.evidenceUrl().strip())).append("</a>");
                } else if (!f.evidenceUrl().isEmpty()) {
                    b.append(' ').append(Escape.html(f.evidenceUrl()));
                }
            }
            b.append("</li>\n");
        }
        b.append("</ol></section>\n");
    }

    private static void quotes(Analysis a, StringBuilder b) {
        b.append("<section class=\"quotes\"><h2>Quotes (").append(a.quotes().size()).append(")</h2>\n");
        Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
        for (Quote q : a.quotes()) {
            String who = q.speakerName().isEmpty() ? (q.speakerId() == null ? "" : "Unnamed speaker")
                    : q.speakerName();
            bySpeaker.computeIfAbsent(who, k -> new ArrayList<>()).add(q);
        }
        List<Map.Entry<String, List<Quote>>> groups = new ArrayList<>(bySpeaker.entrySet());
        groups.sort(Comparator.<Map.Entry<String, List<Quote>>, Boolean>comparing(e -> e.getKey().isEmpty())
                .thenComparing(Comparator.<Map.Entry<String, List<Quote>>>comparingInt(e -> e.getValue().size())
                        .reversed())
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, List<Quote>> g : groups) {
            b.append("<h3>").append(g.getKey().isEmpty() ? "Nobody reported (scare quotes and unattributed)"
                    : Escape.html(g.getKey())).append("</h3>\n");
            for (Quote q : g.getValue()) {
                b.append("<blockquote>").append(Escape.html(q.text())).append("<br><small>— ");
                if (!q.cueText().isEmpty()) {
                    b.append("<em>").append(Escape.html(q.cueText())).append("</em>, ");
                }
                b.append(q.kind().id()).append("</small></blockquote>\n");
            }
        }
        b.append("</section>\n");
    }

    private static void notes(Document d, Analysis a, StringBuilder b) {
        if (a.notes().isEmpty()) {
            return;
        }
        b.append("<section class=\"notes\"><h2>Notes (").append(a.notes().size()).append(")</h2>\n");
        List<Note> notes = new ArrayList<>(a.notes());
        notes.sort(Comparator.comparingInt((Note n) -> n.span() == null ? -1 : n.span().start())
                .thenComparing(Note::id));
        for (Note n : notes) {
            if (n.span() != null && n.span().end() <= d.length()) {
                b.append("<blockquote>").append(Escape.html(n.span().of(d.text()))).append("</blockquote>\n");
            } else {
                b.append("<p><em>On the whole article:</em></p>\n");
            }
            b.append("<p style=\"white-space:pre-wrap\">").append(Escape.html(n.text())).append("</p>\n");
            if (!n.tags().isEmpty()) {
                b.append("<p><small>Tags: ").append(Escape.html(String.join(", ", n.tags()))).append("</small></p>\n");
            }
        }
        b.append("</section>\n");
    }
}

package org.lector.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lector.model.Analysis;
import org.lector.model.DisplayNames;
import org.lector.model.Document;
import org.lector.model.DocumentMetadata;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.Note;
import org.lector.model.Quantity;
import org.lector.model.Quote;

/**
 * Markdown for Obsidian and other Markdown note tools: YAML front matter, the facts as a task list, the quotes by
 * speaker, the entity index by type, and the reader's notes under their passages. No raw HTML; article text is
 * escaped so it can never become a link, an image, a tag or markup. Entity colours are kept in the front matter
 * ({@code colours}), and each type heading carries its colour, since Markdown itself has none.
 *
 * <p>Fact status is the task box: {@code [ ]} unchecked, {@code [x]} supported, {@code [?]} disputed,
 * {@code [-]} false (the characters the Obsidian Tasks plugin and common themes use), and the status word is
 * written too, so nothing depends on a theme.
 */
public final class MarkdownExporter {

    /** How many entities become tags. */
    static final int TAGS = 10;

    private MarkdownExporter() {
    }

    public static String export(ExportInput in, ExportProgress progress) {
        Document d = in.document();
        Analysis a = in.analysis();
        StringBuilder b = new StringBuilder(4096);
        frontMatter(in, b);
        // Shown, not kept (the front matter keeps them exactly): controls and direction overrides escaped.
        b.append("# ").append(Escape.markdownInline(DisplayNames.escapeTitle(d.title()))).append("\n\n");
        b.append("Source: ").append(Escape.markdownInline(DisplayNames.escape(d.source())));
        if (in.date() != null) {
            b.append(" · ").append(in.date());
        }
        b.append("\n\n");
        progress.progress(0.1);
        facts(a, b);
        progress.progress(0.3);
        quotes(a, b);
        progress.progress(0.5);
        entities(a, b);
        progress.progress(0.8);
        notes(d, a, b);
        progress.progress(1);
        return b.toString().stripTrailing() + "\n";
    }

    private static void frontMatter(ExportInput in, StringBuilder b) {
        Document d = in.document();
        b.append("---\n");
        b.append("title: ").append(Escape.yaml(d.title())).append('\n');
        b.append("source: ").append(Escape.yaml(d.source())).append('\n');
        b.append("sha256: ").append(Escape.yaml(d.sha256())).append('\n');
        b.append("date: ").append(in.date() == null ? "null" : in.date().toString()).append('\n');
        metadata(d.metadata(), b);
        b.append("exported: ").append(Escape.yaml(in.exportedAt().truncatedTo(ChronoUnit.SECONDS).toString()))
                .append('\n');
        b.append("tags:\n");
        for (String tag : tags(in.analysis())) {
            b.append("  - ").append(Escape.yaml(tag)).append('\n');
        }
        b.append("colours:\n");
        for (EntityType t : EntityType.values()) {
            b.append("  ").append(t.id()).append(": ").append(Escape.yaml(EntityPalette.colour(t))).append('\n');
        }
        b.append("  QUOTE: ").append(Escape.yaml(EntityPalette.QUOTE)).append('\n');
        b.append("---\n\n");
    }

    /** The article's metadata as front-matter lines, only the fields the file gave. */
    static void metadata(DocumentMetadata m, StringBuilder b) {
        String[][] fields = {{"author", m.author()}, {"site", m.siteName()}, {"url", m.canonicalUrl()},
            {"published", m.published()}, {"modified", m.modified()}, {"language", m.language()}};
        for (String[] f : fields) {
            if (f[1] != null) {
                b.append(f[0]).append(": ").append(Escape.yaml(f[1])).append('\n');
            }
        }
    }

    /**
     * One line under the title for a reader: "By Jane Holt · The Guardian · published 2016-10-12 · updated
     * 2016-10-13", the parts the file gave; empty when it gave none.
     */
    public static String byline(DocumentMetadata m) {
        List<String> parts = new ArrayList<>();
        if (m.author() != null) {
            parts.add("By " + m.author());
        }
        if (m.siteName() != null) {
            parts.add(m.siteName());
        }
        if (m.published() != null) {
            parts.add("published " + day(m.published()));
        }
        if (m.modified() != null && !day(m.modified()).equals(m.published() == null ? "" : day(m.published()))) {
            parts.add("updated " + day(m.modified()));
        }
        return String.join(" \u00B7 ", parts);
    }

    private static String day(String isoDateTime) {
        return isoDateTime.length() > 10 && isoDateTime.charAt(10) == 'T' ? isoDateTime.substring(0, 10) : isoDateTime;
    }

    /**
     * The article alone as Markdown, for {@code lector extract}: front matter (title, the metadata the file gave,
     * source), the title as a heading, then each paragraph escaped so it stays text.
     */
    public static String article(Document d) {
        StringBuilder b = new StringBuilder("---\n");
        b.append("title: ").append(Escape.yaml(d.title())).append('\n');
        metadata(d.metadata(), b);
        b.append("source: ").append(Escape.yaml(d.source())).append('\n');
        b.append("---\n\n# ").append(Escape.markdownInline(DisplayNames.escapeTitle(d.title()))).append("\n\n");
        String text = d.text();
        String body = text.startsWith(d.title() + "\n\n") ? text.substring(d.title().length() + 2) : text;
        for (String p : body.split("\n\n")) {
            b.append(Escape.markdownInline(p)).append("\n\n");
        }
        return b.toString().stripTrailing() + "\n";
    }

    /** {@code lector}, then the main named entities as nested tags: {@code person/Emmanuel_Macron}. */
    static List<String> tags(Analysis a) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add("lector");
        AnalysisIndex.entityIndex(a).entrySet().stream()
                .filter(e -> switch (e.getKey()) {
                    case PERSON, ORGANIZATION, PLACE, GROUP, MISC -> true;
                    default -> false;
                })
                .flatMap(e -> e.getValue().stream())
                .sorted(Comparator.comparingInt(AnalysisIndex.Entry::mentions).reversed()
                        .thenComparing(e -> e.type().ordinal()).thenComparing(AnalysisIndex.Entry::name))
                .map(e -> tag(e.type(), e.name()))
                .filter(t -> !t.isEmpty())
                .limit(TAGS)
                .forEach(tags::add);
        return new ArrayList<>(tags);
    }

    /** Obsidian tags allow letters, digits, {@code _}, {@code -} and {@code /}; everything else becomes {@code _}. */
    private static String tag(EntityType type, String name) {
        StringBuilder s = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '-') {
                s.appendCodePoint(cp);
            } else if (s.length() > 0 && s.charAt(s.length() - 1) != '_') {
                s.append('_');
            }
        });
        String slug = s.toString().replaceAll("_+$", "");
        return slug.isEmpty() ? "" : type.id().toLowerCase(Locale.ROOT) + "/" + slug;
    }

    private static void facts(Analysis a, StringBuilder b) {
        b.append("## Facts\n\n");
        if (a.facts().isEmpty()) {
            b.append("No facts.\n\n");
            return;
        }
        for (Fact f : a.facts()) {
            b.append("- [").append(box(f.status())).append("] **").append(f.status().id()).append("** ")
                    .append(Escape.markdownInline(f.text())).append('\n');
            if (!f.subject().isEmpty() || !f.predicate().isEmpty() || !f.object().isEmpty()) {
                b.append("    - Claim: ").append(Escape.markdownInline(f.subject())).append(" · ")
                        .append(Escape.markdownInline(f.predicate())).append(" · ")
                        .append(Escape.markdownInline(f.object())).append('\n');
            }
            if (f.sourceId() != null || !f.sourceName().isEmpty()) {
                b.append("    - According to: ").append(Escape.markdownInline(f.sourceName())).append('\n');
            }
            if (f.time() != null) {
                b.append("    - When: ").append(Escape.markdownInline(f.time().text()));
                if (!f.time().value().isEmpty()) {
                    b.append(" (").append(Escape.markdownInline(f.time().value())).append(')');
                }
                b.append('\n');
            }
            if (!f.quantities().isEmpty()) {
                b.append("    - Numbers: ");
                for (int i = 0; i < f.quantities().size(); i++) {
                    Quantity q = f.quantities().get(i);
                    b.append(i > 0 ? "; " : "").append(Escape.markdownInline(q.text())).append(" = ")
                            .append(q.value().toPlainString());
                    if (!q.unit().isEmpty()) {
                        b.append(' ').append(Escape.markdownInline(q.unit()));
                    }
                }
                b.append('\n');
            }
            if (!f.evidence().isEmpty() || !f.evidenceUrl().isEmpty()) {
                b.append("    - Evidence: ").append(Escape.markdownInline(f.evidence()));
                if (!f.evidenceUrl().isEmpty()) {
                    b.append(f.evidence().isEmpty() ? "" : " ");
                    if (Escape.isWebUrl(f.evidenceUrl())) {
                        b.append("<").append(f.evidenceUrl().strip()).append(">");
                    } else {
                        b.append(Escape.markdownInline(f.evidenceUrl()));
                    }
                }
                b.append('\n');
            }
        }
        b.append('\n');
    }

    private static char box(FactStatus s) {
        return switch (s) {
            case UNCHECKED -> ' ';
            case SUPPORTED -> 'x';
            case DISPUTED -> '?';
            case FALSE -> '-';
        };
    }

    private static void quotes(Analysis a, StringBuilder b) {
        b.append("## Quotes\n\n");
        if (a.quotes().isEmpty()) {
            b.append("No quotes.\n\n");
            return;
        }
        Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
        List<Quote> nobody = new ArrayList<>();
        for (Quote q : a.quotes()) {
            if (q.speakerId() == null && q.speakerName().isEmpty()) {
                nobody.add(q);
            } else {
                String name = q.speakerName().isEmpty() ? "Unnamed speaker" : q.speakerName();
                bySpeaker.computeIfAbsent(name, k -> new ArrayList<>()).add(q);
            }
        }
        List<Map.Entry<String, List<Quote>>> groups = new ArrayList<>(bySpeaker.entrySet());
        groups.sort(Comparator.<Map.Entry<String, List<Quote>>>comparingInt(e -> e.getValue().size()).reversed()
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, List<Quote>> g : groups) {
            quoteGroup(g.getKey(), g.getValue(), b);
        }
        if (!nobody.isEmpty()) {
            quoteGroup("Nobody reported (scare quotes and unattributed)", nobody, b);
        }
    }

    private static void quoteGroup(String heading, List<Quote> quotes, StringBuilder b) {
        b.append("### ").append(Escape.markdownInline(heading)).append(" (").append(quotes.size())
                .append(")\n\n");
        for (Quote q : quotes) {
            b.append("> ").append(Escape.markdownInline(q.text())).append("\n>\n> — ");
            if (!q.cueText().isEmpty()) {
                b.append('*').append(Escape.markdownInline(q.cueText())).append("*, ");
            }
            b.append(q.kind().id()).append("\n\n");
        }
    }

    private static void entities(Analysis a, StringBuilder b) {
        b.append("## Entities\n\n");
        Map<EntityType, List<AnalysisIndex.Entry>> index = AnalysisIndex.entityIndex(a);
        if (index.isEmpty()) {
            b.append("No entities.\n\n");
            return;
        }
        for (Map.Entry<EntityType, List<AnalysisIndex.Entry>> e : index.entrySet()) {
            int total = e.getValue().stream().mapToInt(AnalysisIndex.Entry::mentions).sum();
            b.append("### ").append(e.getKey().label()).append(" (").append(e.getValue().size())
                    .append(e.getValue().size() == 1 ? " entity, " : " entities, ").append(total)
                    .append(total == 1 ? " mention) · colour " : " mentions) · colour ")
                    .append(EntityPalette.colour(e.getKey()).substring(1)).append("\n\n");
            for (AnalysisIndex.Entry entry : e.getValue()) {
                b.append("- ").append(Escape.markdownInline(entry.name()));
                if (entry.value() != null) {
                    b.append(" (").append(Escape.markdownInline((entry.value().value() + " " + entry.value().unit())
                            .strip())).append(')');
                }
                b.append(" — ").append(entry.mentions()).append('\n');
            }
            b.append('\n');
        }
    }

    private static void notes(Document d, Analysis a, StringBuilder b) {
        b.append("## Notes\n\n");
        if (a.notes().isEmpty()) {
            b.append("No notes.\n");
            return;
        }
        List<Note> notes = new ArrayList<>(a.notes());
        notes.sort(Comparator.comparingInt((Note n) -> n.span() == null ? -1 : n.span().start())
                .thenComparing(Note::created, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                .thenComparing(Note::id));
        for (Note n : notes) {
            if (n.span() == null) {
                b.append("On the whole article:\n\n");
            } else {
                b.append("> ").append(Escape.markdownInline(n.span().of(d.text()))).append("\n\n");
            }
            b.append(noteBody(n.text()));
            if (!n.tags().isEmpty()) {
                b.append("\n\nTags: ").append(Escape.markdownInline(String.join(", ", n.tags())));
            }
            b.append("\n\n---\n\n");
        }
    }

    /**
     * The note's own Markdown, kept as Markdown, but with images, links to anything but the web or mail, raw HTML
     * and character references made inert: a note may have been imported from elsewhere.
     */
    static String noteBody(String md) {
        return NoteMarkdown.inert(md);
    }
}

package org.lector.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.lector.library.ClaimGroup;
import org.lector.library.Dossier;
import org.lector.library.Person;
import org.lector.model.ArticleRef;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.Quote;

/**
 * The views across the library as Markdown notes for Obsidian and other note tools: a person's dossier and a
 * disagreement between articles. Every article they cite is an {@code [[...]]} link to the note the Markdown export
 * writes for it ({@link #noteName}), and a dossier links the people it names to their own dossiers, so a vault of
 * Lector's exports is navigable. Text from articles is escaped as in {@link MarkdownExporter}.
 */
public final class LibraryNotes {

    /** How many quotes a dossier note writes out; the rest are counted. */
    static final int QUOTES = 200;

    private LibraryNotes() {
    }

    /**
     * The name of the note an article's Markdown export is saved as, without {@code .md}: its title without the
     * characters a file name or an Obsidian link cannot hold. The export dialog proposes it; links point to it.
     */
    public static String noteName(String title) {
        String stem = title.replaceAll("[^\\p{L}\\p{N}._ ,'()-]+", " ").replaceAll("\\s+", " ").strip();
        while (stem.startsWith(".")) {
            stem = stem.substring(1).strip();
        }
        return stem.isEmpty() ? "export" : stem;
    }

    /** The name of a person's dossier note: their name, made safe as {@link #noteName} makes titles. */
    public static String dossierName(Person person) {
        return noteName(person.name() + (person.type() == EntityType.PERSON ? "" : " (organisation)"));
    }

    /** The name of a disagreement's note. */
    public static String disagreementName(ClaimGroup group) {
        return noteName("Disagreement - " + group.subject() + " " + group.predicate());
    }

    /** A person's dossier: front matter, names, roles, quotes by article, articles, and who they appear with. */
    public static String dossier(Dossier d, Instant exportedAt) {
        Person p = d.person();
        StringBuilder b = new StringBuilder(4096);
        b.append("---\n");
        b.append("type: ").append(p.type() == EntityType.PERSON ? "person" : "organisation").append('\n');
        b.append("name: ").append(Escape.yaml(p.name())).append('\n');
        b.append("aliases:\n");
        for (String v : p.variants()) {
            if (!v.equals(p.name())) {
                b.append("  - ").append(Escape.yaml(v)).append('\n');
            }
        }
        b.append("articles: ").append(p.articles()).append('\n');
        b.append("quotes: ").append(p.quotes()).append('\n');
        b.append("last_seen: ").append(p.lastSeen() == null ? "null" : p.lastSeen().toString()).append('\n');
        b.append("exported: ").append(Escape.yaml(exportedAt.truncatedTo(ChronoUnit.SECONDS).toString())).append('\n');
        b.append("tags:\n  - lector\n  - lector/").append(p.type() == EntityType.PERSON ? "person" : "organisation")
                .append("\n---\n\n");
        b.append("# ").append(Escape.markdownInline(p.name())).append("\n\n");
        if (p.variants().size() > 1) {
            b.append("Also written: ").append(String.join(", ", p.variants().stream().filter(v -> !v.equals(p.name()))
                    .map(Escape::markdownInline).toList())).append(".\n\n");
        }
        b.append("Named in ").append(count(p.articles(), "article")).append(", ").append(count(p.quotes(), "quote"))
                .append(p.lastSeen() == null ? "" : ", last seen " + p.lastSeen()).append(".\n\n");
        if (!d.roles().isEmpty()) {
            b.append("## Roles\n\n");
            for (Dossier.Counted r : d.roles()) {
                b.append("- ").append(Escape.markdownInline(r.text())).append(" (").append(count(r.articles(),
                        "article")).append(")\n");
            }
            b.append('\n');
        }
        b.append("## Quotes\n\n");
        if (d.quotes().isEmpty()) {
            b.append("No quotes.\n\n");
        }
        ArticleRef current = null;
        int written = 0;
        for (Dossier.PersonQuote pq : d.quotes()) {
            if (written == QUOTES) {
                b.append("… and ").append(count(d.quotes().size() - QUOTES, "more quote")).append(".\n\n");
                break;
            }
            if (current == null || current.documentId() != pq.article().documentId()) {
                current = pq.article();
                b.append("### ").append(link(current)).append(dated(current)).append("\n\n");
            }
            Quote q = pq.quote();
            b.append("> ").append(Escape.markdownInline(q.text())).append("\n>\n> — ");
            if (!q.cueText().isEmpty()) {
                b.append('*').append(Escape.markdownInline(q.cueText())).append("*, ");
            }
            b.append(q.kind().id()).append("\n\n");
            written++;
        }
        b.append("## Articles\n\n");
        for (Dossier.Appearance a : d.appearances()) {
            b.append("- ").append(link(a.article())).append(dated(a.article())).append(" · ")
                    .append(count(a.mentions(), "mention")).append(", ").append(count(a.quotes(), "quote"));
            if (!a.roles().isEmpty()) {
                b.append(" · ").append(String.join(", ", a.roles().stream().map(Escape::markdownInline).toList()));
            }
            b.append('\n');
        }
        b.append('\n');
        if (!d.companions().isEmpty()) {
            b.append("## Appears with\n\n");
            for (Dossier.Companion c : d.companions()) {
                b.append("- [[").append(dossierName(c.person())).append(aliasPart(dossierName(c.person()),
                        c.person().name())).append("]] (").append(count(c.articles(), "article")).append(")\n");
            }
            b.append('\n');
        }
        return b.toString().stripTrailing() + "\n";
    }

    /** A disagreement: what each article says, with its sentence, status and a link to its note. */
    public static String disagreement(ClaimGroup group, Instant exportedAt) {
        StringBuilder b = new StringBuilder(2048);
        b.append("---\n");
        b.append("type: disagreement\n");
        b.append("subject: ").append(Escape.yaml(group.subject())).append('\n');
        b.append("predicate: ").append(Escape.yaml(group.predicate())).append('\n');
        b.append("articles: ").append(group.articles()).append('\n');
        b.append("exported: ").append(Escape.yaml(exportedAt.truncatedTo(ChronoUnit.SECONDS).toString())).append('\n');
        b.append("tags:\n  - lector\n  - lector/disagreement\n---\n\n");
        b.append("# ").append(Escape.markdownInline(group.subject() + " " + group.predicate())).append("\n\n");
        b.append(count(group.articles(), "article")).append(" state this claim; ")
                .append(count(group.disagreements().size(), "pair")).append(" of them disagree.\n\n");
        int n = 1;
        for (ClaimGroup.Disagreement d : group.disagreements()) {
            b.append("## ").append(n++).append(". ").append(d.kind() == ClaimGroup.Disagreement.Kind.QUANTITY
                    ? "How many" : "When").append(": ").append(Escape.markdownInline(d.says())).append(" or ")
                    .append(Escape.markdownInline(d.other())).append("\n\n");
            side(d.first(), d.says(), b);
            side(d.second(), d.other(), b);
        }
        b.append("## Every article stating it\n\n");
        for (var c : group.claims()) {
            b.append("- ").append(link(c.article())).append(dated(c.article())).append(": ")
                    .append(Escape.markdownInline(c.fact().text())).append(" (").append(c.fact().status().id())
                    .append(")\n");
        }
        return b.toString().stripTrailing() + "\n";
    }

    /** Claims as one Markdown list: each claim a heading, each article stating it a line linking to its note. */
    public static String claimList(java.util.List<ClaimGroup> groups) {
        StringBuilder b = new StringBuilder(4096);
        for (ClaimGroup g : groups) {
            b.append("## ").append(Escape.markdownInline(g.subject() + " " + g.predicate())).append(" (")
                    .append(count(g.articles(), "article")).append(g.disputed() ? ", disputed" : "").append(")\n\n");
            for (var c : g.claims()) {
                b.append("- ").append(link(c.article())).append(dated(c.article())).append(": ")
                        .append(Escape.markdownInline(c.fact().text())).append(" (").append(c.fact().status().id())
                        .append(")\n");
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static void side(org.lector.library.Claim c, String says, StringBuilder b) {
        Fact f = c.fact();
        b.append("- ").append(link(c.article())).append(dated(c.article())).append(" says **")
                .append(Escape.markdownInline(says)).append("**\n");
        b.append("    - ").append(Escape.markdownInline(f.text())).append('\n');
        b.append("    - Status: ").append(f.status().id());
        if (!f.evidence().isEmpty()) {
            b.append(" · ").append(Escape.markdownInline(f.evidence()));
        }
        b.append('\n');
    }

    /** Text from an article as inline Markdown that renders as exactly its characters. */
    public static String inline(String text) {
        return Escape.markdownInline(text);
    }

    /** {@code [[note name|title]]}, the alias only when the title is not the note's name. */
    static String link(ArticleRef article) {
        String name = noteName(article.title());
        return "[[" + name + aliasPart(name, article.title()) + "]]";
    }

    private static String aliasPart(String name, String shown) {
        String alias = shown.replaceAll("[\\[\\]|#^\\n]+", " ").replaceAll("\\s+", " ").strip();
        return alias.equals(name) || alias.isEmpty() ? "" : "|" + alias;
    }

    private static String dated(ArticleRef article) {
        return article.date() == null ? "" : " · " + article.date();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}

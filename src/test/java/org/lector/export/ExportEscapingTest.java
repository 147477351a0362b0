package org.lector.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lector.model.Analysis;
import org.lector.model.DocumentFormat;
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
import org.yaml.snakeyaml.Yaml;

/** An article written to attack its reader exports inert, in HTML and in Markdown. */
class ExportEscapingTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";
    private static final String LINK = "[click me](javascript:alert(1))";
    private static final String TEXT = "Evil <b>Corp</b> & Co\n\nThe CEO wrote " + SCRIPT + " and " + IMG
            + " then " + LINK + " and ![pic](http://evil.example/x.png) <http://evil.example> #tag $x$ ==hi== %%c%%"
            + "\n\n1. not a list\n- not an item\n> not a quote\n\n\"" + SCRIPT + "\" she said.\n";

    static ExportInput hostile() {
        Provenance p = Provenance.auto("test", 0.9);
        int s = TEXT.indexOf(SCRIPT);
        int i = TEXT.indexOf(IMG);
        int l = TEXT.indexOf(LINK);
        int q = TEXT.lastIndexOf("\"" + SCRIPT);
        Span qs = new Span(q, q + SCRIPT.length() + 2);
        List<EntityMention> ms = List.of(
                new EntityMention("m1", new Span(s, s + SCRIPT.length()), SCRIPT, EntityType.MISC, "<i>x</i>",
                        MentionForm.NAME, "c1", p),
                new EntityMention("m2", new Span(i, i + IMG.length()), IMG, EntityType.PERSON, "",
                        MentionForm.NAME, "c2", p),
                new EntityMention("m3", new Span(l, l + LINK.length()), LINK, EntityType.ORGANIZATION, "",
                        MentionForm.NAME, null, p));
        List<EntityCluster> cs = List.of(new EntityCluster("c1", SCRIPT, EntityType.MISC, List.of("m1")),
                new EntityCluster("c2", IMG, EntityType.PERSON, List.of("m2")));
        List<Quote> quotes = List.of(new Quote("q1", qs, qs.of(TEXT), QuoteKind.DIRECT, "c2", IMG, null, "", p));
        List<Fact> facts = List.of(new Fact("f1", new Span(s, l + LINK.length()), TEXT.substring(s, l + LINK.length()),
                SCRIPT, "", LINK, List.of(), null, "c2", IMG, 1, FactStatus.FALSE, IMG,
                "javascript:alert(1)", p));
        List<Note> notes = List.of(new Note("n1", new Span(i, i + IMG.length()), "<img src=x onerror=alert(2)> &amp;",
                Instant.EPOCH, Instant.EPOCH));
        org.lector.model.Document d = new org.lector.model.Document(SCRIPT + " \"title\"\n", TEXT, IMG,
                DocumentFormat.HTML, "UTF-8", "00", null);
        return new ExportInput(d, new Analysis("test", ms, cs, quotes, facts, notes), List.of(), d.date(),
                Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void htmlExportIsInert() {
        String html = HtmlExporter.export(hostile(), ExportProgress.NONE);
        Document doc = Jsoup.parse(html);
        assertInert(doc);
        assertThat(doc.selectFirst("div.text").wholeText()).isEqualTo(TEXT);
        assertThat(doc.title()).isEqualTo(SCRIPT + " \"title\"");
        assertThat(doc.select("a")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void markdownExportIsInert() {
        String md = MarkdownExporter.export(hostile(), ExportProgress.NONE);
        String yaml = md.substring(4, md.indexOf("\n---\n", 4));
        Map<String, Object> fm = new Yaml().load(yaml);
        assertThat(fm.get("title")).isEqualTo(SCRIPT + " \"title\"\n");
        assertThat(fm.get("source")).isEqualTo(IMG);
        String body = md.substring(md.indexOf("\n---\n", 4) + 5);
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(body));
        Document doc = Jsoup.parseBodyFragment(html);
        assertInert(doc);
        assertThat(doc.select("a")).isEmpty();
        assertThat(doc.text()).contains(SCRIPT, IMG.strip(), LINK, "<img src=x onerror=alert(2)> &amp;");
        // Obsidian syntax that CommonMark does not know is escaped too
        assertThat(body).doesNotContain(" #tag", "$x$", "==hi==", "%%c%%");
    }

    /** A file named as a hostile user names one: ANSI escapes, a line break, a right-to-left override, markup. */
    private static final String HOSTILE_SOURCE = "/tmp/\u001B[2J\u001B[31mnews\u202Etxt.exe\n<b>x</b>.txt";
    private static final String HOSTILE_TITLE = "\u001B[2JRed\u202Egnp.exe \u0085<i>t</i>";

    private static ExportInput hostileName() {
        org.lector.model.Document d = new org.lector.model.Document(HOSTILE_TITLE, HOSTILE_TITLE + "\n\nBody.",
                HOSTILE_SOURCE, DocumentFormat.TEXT, "UTF-8", "00", null);
        return new ExportInput(d, Analysis.empty(), List.of(), null, Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void aHostileFileNameAndTitleAreShownEscapedInHtml() {
        String html = HtmlExporter.export(hostileName(), ExportProgress.NONE);
        Document doc = Jsoup.parse(html);

        assertThat(doc.title()).contains("\\x1B[2JRed\\u202Egnp.exe").doesNotContain("\u001B", "\u202E");
        assertThat(doc.selectFirst("h1").text()).isEqualTo(doc.title());
        assertThat(doc.selectFirst("p.meta").text())
                .contains("/tmp/\\x1B[2J\\x1B[31mnews\\u202Etxt.exe\\x0A<b>x</b>.txt");
        assertThat(doc.select("header b, header i")).isEmpty();
        // Outside the article's own text, nothing of the name reaches a reader raw.
        String head = html.substring(0, html.indexOf("<main>"));
        assertThat(head).doesNotContain("\u001B", "\u202E", "\u0085");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHostileFileNameAndTitleAreShownEscapedInMarkdownAndKeptExactInItsFrontMatter() {
        for (String md : List.of(MarkdownExporter.export(hostileName(), ExportProgress.NONE),
                MarkdownExporter.article(hostileName().document()))) {
            int end = md.indexOf("\n---\n", 4);
            Map<String, Object> fm = new Yaml().load(md.substring(4, end));
            assertThat(fm.get("title")).isEqualTo(HOSTILE_TITLE);
            assertThat(fm.get("source")).isEqualTo(HOSTILE_SOURCE);
            assertThat(md.substring(0, end)).doesNotContain("\u001B", "\u202E", "\u0085");

            String heading = md.substring(end + 5).lines().filter(l -> l.startsWith("# ")).findFirst()
                    .orElseThrow();
            assertThat(heading).doesNotContain("\u001B", "\u202E", "\u0085");
            Document rendered = Jsoup.parseBodyFragment(
                    HtmlRenderer.builder().build().render(Parser.builder().build().parse(heading)));
            assertThat(rendered.selectFirst("h1").text()).contains("\\x1B[2JRed\\u202Egnp.exe", "<i>t</i>");
        }
        String md = MarkdownExporter.export(hostileName(), ExportProgress.NONE);
        String sourceLine = md.lines().filter(l -> l.startsWith("Source: ")).findFirst().orElseThrow();
        assertThat(sourceLine).doesNotContain("\u001B", "\u202E", "\n");
        String shown = Jsoup.parseBodyFragment(HtmlRenderer.builder().build()
                .render(Parser.builder().build().parse(sourceLine))).text();
        assertThat(shown).contains("/tmp/\\x1B[2J\\x1B[31mnews\\u202Etxt.exe\\x0A<b>x</b>.txt");
    }

    private static void assertInert(Document doc) {
        assertThat(doc.select("script, img, iframe, object, embed, b, i")).isEmpty();
        assertThat(doc.getAllElements()).allSatisfy(e -> e.attributes().forEach(a -> {
            assertThat(a.getKey()).doesNotStartWith("on");
            assertThat(a.getValue()).doesNotContainIgnoringCase("javascript:");
        }));
    }
}

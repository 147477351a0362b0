package org.lector.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
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

/** The export defects of issue 19, each pinned by the reader that saw it. */
class ExportDefectsTest {

    private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");

    private static ExportInput input(String title, String text, Analysis a) {
        return new ExportInput(new Document(title, text, "/news/a.txt", DocumentFormat.TEXT, "UTF-8", "00", null), a,
                List.of(), null, T);
    }

    private static Analysis notes(Note... notes) {
        return new Analysis("t", List.of(), List.of(), List.of(), List.of(), List.of(notes));
    }

    @Test
    void noteLinksToScriptsOrDataAndNoteImagesRenderInert() {
        String note = "See [this](javascript:alert(1)) and [that](data:text/html,<b>x</b>) and [ref][r] and "
                + "![tracker](https://evil.example/pixel.gif) and [fine](https://example.org/ok).\n\n"
                + "[r]: JAVASCRIPT:alert(2)\n";
        String md = MarkdownExporter.export(input("t", "Some text.", notes(new Note("n1", null, note, T, T))),
                ExportProgress.NONE);
        String body = md.substring(md.indexOf("\n---\n", 4) + 5);

        var doc = Jsoup.parseBodyFragment(HtmlRenderer.builder().build().render(Parser.builder().build().parse(body)));

        assertThat(doc.select("img")).isEmpty();
        // the image is a plain link now: nothing loads it unless the reader follows it
        assertThat(doc.select("a").eachAttr("href")).containsExactly("https://evil.example/pixel.gif",
                "https://example.org/ok");
        assertThat(doc.text()).contains("this", "that", "tracker", "fine");
    }

    @Test
    @SuppressWarnings("unchecked")
    void frontMatterIsYamlWhatEverControlOrNonCharacterTheTitleHolds() {
        String title = "A\u0080B\u0085C\u009fD\ufffeE\uffffF\ud800G\u2028H \uD83D\uDE00";
        String md = MarkdownExporter.export(input(title, "Text.", Analysis.empty()), ExportProgress.NONE);
        String yaml = md.substring(4, md.indexOf("\n---\n", 4));

        Map<String, Object> fm = new Yaml().load(yaml);

        assertThat(fm.get("title")).isEqualTo(title);
    }

    @Test
    void htmlCarriesNoForbiddenCodePoint() {
        String text = "Del\u007f C1\u0085\u0090 non\ufffe\uffff\ufdd0 astral\uD83F\uDFFE end \uD83D\uDE00.";
        String html = HtmlExporter.export(input("Title\u0080", text, Analysis.empty()), ExportProgress.NONE);

        assertThat(html.codePoints()).noneMatch(ExportDefectsTest::forbiddenInHtml);
        assertThat(html).contains("\uD83D\uDE00");
    }

    /** HTML's forbidden code points: controls other than whitespace, and noncharacters. */
    static boolean forbiddenInHtml(int cp) {
        boolean control = cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\f' && cp != '\r' || cp >= 0x7f && cp <= 0x9f;
        boolean nonCharacter = cp >= 0xfdd0 && cp <= 0xfdef || (cp & 0xfffe) == 0xfffe;
        return control || nonCharacter || Character.isSurrogate((char) cp) && cp <= 0xffff;
    }

    @Test
    void aConllTokenNeverSplitsForAReaderThatSplitsOnUnicodeWhitespace() {
        String text = "Ab\u0085cd ef\u00a0gh ij\u2028kl.";
        String conll = ConllExporter.export(new ExportInput(new Document("t", text, "a", DocumentFormat.TEXT,
                "UTF-8", "0", null), Analysis.empty(), List.of(new Span(0, 5), new Span(6, 11), new Span(12, 18)), null, T),
                ExportProgress.NONE);

        for (String line : conll.split("\n")) {
            if (!line.isEmpty()) {
                // Python's str.split(): every Unicode whitespace separates, NEL, NBSP and LINE SEPARATOR included
                assertThat(line.split("[\\s\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f"
                        + "\\u3000\\u001c-\\u001f]+")).as(line).hasSize(4);
            }
        }
    }

    @Test
    void aBratSpanAcrossABlankLineJoinsItsFragmentsWithOneSpace() {
        String text = "Angela\n\nMerkel spoke.";
        Span span = new Span(0, 14);
        Analysis a = new Analysis("t", List.of(), List.of(), List.of(new Quote("q1", span, span.of(text),
                QuoteKind.SCARE, null, "", null, "", Provenance.auto("t", 1))), List.of(), List.of());

        String ann = BratExporter.export(input("t", text, a), ExportProgress.NONE).get(1).content();

        assertThat(ann).contains("\tQuote 0 6;8 14\tAngela Merkel\n");
    }

    @Test
    void onlyWellFormedWebAddressesBecomeLinks() {
        for (String bad : List.of("http://", "https:///x", "http://exa mple.org", "https://[::1", "http://a b/",
                "http:example.org", "https://example.org:99999/")) {
            assertThat(Escape.isWebUrl(bad)).as(bad).isFalse();
        }
        assertThat(Escape.isWebUrl("https://example.org/a?b=c#d")).isTrue();
        assertThat(Escape.isWebUrl("http://[::1]:8080/x")).isTrue();
        Fact f = new Fact("f1", new Span(0, 4), "Text", "", "", "", List.of(), null, null, "", 1, FactStatus.FALSE,
                "see", "http://exa mple.org", Provenance.user(T));
        String html = HtmlExporter.export(input("t", "Text.", new Analysis("t", List.of(), List.of(), List.of(),
                List.of(f), List.of())), ExportProgress.NONE);
        assertThat(Jsoup.parse(html).select("a")).isEmpty();
    }

    @Test
    void theDecisionRecordNamesEachPaletteColourByItsHue() throws Exception {
        String record = Files.readString(Path.of("docs/decisions/0006-exports.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\\| ([A-Z]+|quote) \\| `(#[0-9a-f]{6})` ([a-z ,]+?) \\|").matcher(record);
        int rows = 0;
        while (m.find()) {
            rows++;
            String type = m.group(1);
            String hex = m.group(2);
            String name = m.group(3).replace(" underline, not a fill", "").strip();
            assertThat(hex).isEqualTo(type.equals("quote") ? EntityPalette.QUOTE
                    : EntityPalette.colour(EntityType.fromId(type)));
            assertThat(ColourNames.fits(name, hex)).as(type + " " + hex + " called " + name).isTrue();
        }
        assertThat(rows).isEqualTo(EntityType.values().length + 1);
    }

    @Test
    void aMentionFormSurvivesHtmlAsAnUnderline() {
        String text = "He spoke.";
        Analysis a = new Analysis("t", List.of(new EntityMention("m1", new Span(0, 2), "He", EntityType.PERSON, "",
                MentionForm.PRONOUN, null, Provenance.auto("t", 1))), List.of(), List.of(), List.of(), List.of());
        String html = HtmlExporter.export(input("t", text, a), ExportProgress.NONE);
        assertThat(Jsoup.parse(html).select(".text .f-PERSON").eachText()).containsExactly("He");
    }
}

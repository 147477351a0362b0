package org.lector.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.lector.model.Analysis;
import org.lector.model.Fact;
import org.lector.model.Span;
import org.yaml.snakeyaml.Yaml;

/** Each format's output read back by a real parser of that format. */
class ExportParsesBackTest {

    private final ExportInput in = ExportFixtures.sample();
    private final Analysis a = in.analysis();
    private final String text = in.document().text();

    @Test
    @SuppressWarnings("unchecked")
    void markdownFrontMatterIsYaml() {
        String md = MarkdownExporter.export(in, ExportProgress.NONE);
        assertThat(md).startsWith("---\n");
        String yaml = md.substring(4, md.indexOf("\n---\n", 4));
        Map<String, Object> fm = new Yaml().load(yaml);
        assertThat(fm.get("title")).isEqualTo("Paris summit");
        assertThat(fm.get("sha256")).isEqualTo(in.document().sha256());
        assertThat(fm.get("exported")).isEqualTo("2025-03-28T09:00:00Z");
        assertThat((List<String>) fm.get("tags")).contains("lector", "person/Emmanuel_Macron")
                .allMatch(t -> t.matches("[\\p{L}\\p{N}_/-]+"));
        assertThat((Map<String, String>) fm.get("colours")).containsEntry("PERSON", EntityPalette.colour(
                org.lector.model.EntityType.PERSON));
    }

    @Test
    void markdownRendersWithoutRawHtmlAndKeepsEveryFactQuoteAndNote() {
        String md = MarkdownExporter.export(in, ExportProgress.NONE);
        String body = md.substring(md.indexOf("\n---\n", 4) + 5);
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(body));
        var doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, img, iframe, style, [onerror]")).isEmpty();
        // every link in the output is one the reader or the exporter put there on purpose
        assertThat(doc.select("a").eachAttr("href")).allMatch(h -> h.startsWith("https://"));
        String rendered = doc.text();
        for (Fact f : a.facts()) {
            assertThat(rendered).contains(f.text().replaceAll("\\s+", " ").strip());
        }
        assertThat(doc.select("li input, li").size()).isGreaterThanOrEqualTo(a.facts().size());
        assertThat(doc.select("blockquote")).hasSizeGreaterThanOrEqualTo(a.quotes().size());
        assertThat(rendered).contains("Coined by Starmer?", "Read with the BBC piece");
        assertThat(md).contains("- [x] **supported**", "- [?] **disputed**", "- [ ] **unchecked**");
    }

    @Test
    void htmlParsesAndTheArticleTextIsExactlyTheDocument() {
        String html = HtmlExporter.export(in, ExportProgress.NONE);
        var doc = Jsoup.parse(html);
        Element article = doc.selectFirst("div.text");
        assertThat(article).isNotNull();
        assertThat(article.wholeText()).isEqualTo(text);
        assertThat(doc.select("script, link, img, iframe")).isEmpty();
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select(".text .e-PERSON").eachText()).contains("Emmanuel Macron", "Macron");
        assertThat(doc.select(".legend li")).hasSize(11);
        assertThat(doc.select(".facts li")).hasSize(a.facts().size());
        assertThat(doc.select(".quotes blockquote")).hasSize(a.quotes().size());
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
    }

    @Test
    void jsonLdIsOneAnnotationPerMentionQuoteFactAndNoteWithBothSelectors() throws Exception {
        JsonNode root = new ObjectMapper().readTree(WebAnnotationExporter.export(in, ExportProgress.NONE));
        assertThat(root.get("@context").get(0).asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        JsonNode items = root.at("/first/items");
        int expected = a.entities().size() + a.quotes().size() + a.facts().size() + a.notes().size();
        assertThat(items.size()).isEqualTo(expected).isEqualTo(root.get("total").asInt());
        assertThat(root.get("lector:offsets").asText()).contains("code points");
        for (JsonNode o : items) {
            assertThat(o.get("type").asText()).isEqualTo("Annotation");
            for (JsonNode b : o.get("body")) {
                assertThat(b.get("purpose").asText()).isIn("tagging", "identifying", "commenting");
            }
            JsonNode target = o.get("target");
            if (target.isTextual()) {
                continue; // a note on the whole document
            }
            JsonNode sel = target.get("selector");
            assertThat(sel.get(0).get("type").asText()).isEqualTo("TextQuoteSelector");
            assertThat(sel.get(1).get("type").asText()).isEqualTo("TextPositionSelector");
            // positions count code points, as the Web Annotation model says
            Span span = new Span(text.offsetByCodePoints(0, sel.get(1).get("start").asInt()),
                    text.offsetByCodePoints(0, sel.get(1).get("end").asInt()));
            assertThat(sel.get(0).get("exact").asText()).isEqualTo(span.of(text));
            assertThat(text.substring(0, span.start())).endsWith(sel.get(0).get("prefix").asText());
            assertThat(text.substring(span.end())).startsWith(sel.get(0).get("suffix").asText());
        }
    }

    @Test
    void csvHasOneRecordPerFactAndReadsBackExactly() throws Exception {
        String csv = FactsCsvExporter.export(in, ExportProgress.NONE);
        assertThat(csv).contains("\r\n");
        List<CSVRecord> records;
        try (CSVParser p = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            records = new ArrayList<>(p.getRecords());
        }
        assertThat(records).hasSize(a.facts().size());
        for (int i = 0; i < records.size(); i++) {
            Fact f = a.facts().get(i);
            assertThat(records.get(i).get("id")).isEqualTo(f.id());
            assertThat(records.get(i).get("text")).isEqualTo(FactsCsvExporter.cell(f.text()));
            assertThat(records.get(i).get("status")).isEqualTo(f.status().id());
            assertThat(Integer.parseInt(records.get(i).get("start"))).isEqualTo(f.span().start());
        }
        assertThat(records.get(1).get("evidence_url")).isEqualTo("https://www.elysee.fr/");
    }

    @Test
    void csvDefusesFormulasButKeepsNumbers() {
        assertThat(FactsCsvExporter.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(FactsCsvExporter.cell("@SUM(A1)")).startsWith("'");
        assertThat(FactsCsvExporter.cell("-3%")).isEqualTo("-3%");
        assertThat(FactsCsvExporter.cell("+1,000")).isEqualTo("+1,000");
        assertThat(FactsCsvExporter.cell("Macron said")).isEqualTo("Macron said");
    }

    @Test
    void conllLabelsEveryTokenWithBio() {
        String conll = ConllExporter.export(in, ExportProgress.NONE);
        String[] lines = conll.split("\n");
        assertThat(lines[0]).isEqualTo("-DOCSTART- -X- -X- O");
        List<String> rows = List.of(lines).subList(1, lines.length).stream().filter(l -> !l.isEmpty()).toList();
        assertThat(rows).hasSize(in.tokens().size());
        assertThat(rows).allMatch(r -> r.split(" ").length == 4 && r.split(" ")[3].matches("O|[BI]-[A-Z]+"));
        String prev = "O";
        for (String r : rows) {
            String label = r.split(" ")[3];
            if (label.startsWith("I-")) {
                assertThat(prev).endsWith(label.substring(2));
            }
            prev = label;
        }
        assertThat(conll).contains("Emmanuel _ _ B-PERSON\nMacron _ _ I-PERSON\n");
    }
}

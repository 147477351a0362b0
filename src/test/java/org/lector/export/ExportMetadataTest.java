package org.lector.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lector.model.Document;
import org.lector.model.DocumentMetadata;
import org.yaml.snakeyaml.Yaml;

/** The article's metadata (author, site, canonical URL, dates, language) in every export that describes it. */
class ExportMetadataTest {

    private static final DocumentMetadata META = new DocumentMetadata("Jane \"JH\" Holt <jh>", "The Daily",
            "https://news.example/storm?a=1&b=2", "2021-03-04T10:00:00Z", "2021-03-05T08:00:00Z", "en-GB");

    private static ExportInput withMetadata() {
        ExportInput sample = ExportFixtures.sample();
        Document d = sample.document();
        Document withMeta = new Document(d.title(), d.text(), d.source(), d.format(), d.charset(), d.sha256(),
                d.date(), META);
        return new ExportInput(withMeta, sample.analysis(), sample.tokens(), sample.date(), sample.exportedAt());
    }

    @Test
    void markdownFrontMatterCarriesTheMetadata() {
        String md = MarkdownExporter.export(withMetadata(), ExportProgress.NONE);
        Map<String, Object> yaml = new Yaml().load(md.substring(4, md.indexOf("\n---\n")));
        assertThat(yaml).containsEntry("author", META.author()).containsEntry("site", "The Daily")
                .containsEntry("url", META.canonicalUrl()).containsEntry("published", META.published())
                .containsEntry("modified", META.modified()).containsEntry("language", "en-GB");
    }

    @Test
    void htmlShowsAnEscapedBylineAndTheLanguage() {
        String html = HtmlExporter.export(withMetadata(), ExportProgress.NONE);
        assertThat(html).contains("<html lang=\"en-GB\">")
                .contains("<p class=\"byline\">By Jane &quot;JH&quot; Holt &lt;jh&gt; \u00B7 The Daily \u00B7 "
                        + "published 2021-03-04 \u00B7 updated 2021-03-05</p>")
                .doesNotContain("<jh>");
    }

    @Test
    void webAnnotationDocumentCarriesTheMetadata() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(WebAnnotationExporter.export(withMetadata(), ExportProgress.NONE))
                .get("lector:document");
        assertThat(doc.get("lector:author").asText()).isEqualTo(META.author());
        assertThat(doc.get("lector:canonicalUrl").asText()).isEqualTo(META.canonicalUrl());
        assertThat(doc.get("lector:language").asText()).isEqualTo("en-GB");
    }

    @Test
    void aDocumentWithoutMetadataHasNoBylineAndNoEmptyKeys() {
        ExportInput plain = ExportFixtures.sample();
        assertThat(HtmlExporter.export(plain, ExportProgress.NONE)).doesNotContain("class=\"byline\"");
        assertThat(MarkdownExporter.export(plain, ExportProgress.NONE)).doesNotContain("author:");
    }
}

package org.lector.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.EntityValue;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Span;

/** A date's and an amount's normalized value reach every export that has room for it. */
class EntityValueExportTest {

    private static final String TEXT = "The council approved a fund of 2 billion euros on 12 October 2016.";

    private static ExportInput article() {
        Provenance p = Provenance.auto("test", 0.9);
        int money = TEXT.indexOf("2 billion euros");
        int date = TEXT.indexOf("12 October 2016");
        List<EntityMention> ms = List.of(
                new EntityMention("m1", new Span(money, money + 15), "2 billion euros", EntityType.MONEY, "MONEY",
                        MentionForm.NAME, null, p, new EntityValue("2000000000", "EUR")),
                new EntityMention("m2", new Span(date, date + 15), "12 October 2016", EntityType.DATE, "DATE",
                        MentionForm.NAME, null, p, new EntityValue("2016-10-12", "")));
        Document d = new Document("Fund", TEXT, "fund.txt", DocumentFormat.TEXT, "UTF-8", "00", null);
        return new ExportInput(d, new Analysis("test", ms, List.of(), List.of(), List.of(), List.of()), List.of(), null,
                Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void webAnnotationsCarryTheValueAndReadItBack() throws Exception {
        String json = WebAnnotationExporter.export(article(), ExportProgress.NONE);
        assertThat(json).contains("\"lector:value\" : \"2000000000\"").contains("\"lector:unit\" : \"EUR\"")
                .contains("\"lector:value\" : \"2016-10-12\"");
        List<EntityMention> back = WebAnnotationReader.parse(json).read(TEXT, null, Instant.EPOCH).analysis()
                .entities();
        assertThat(back).extracting(EntityMention::value).containsExactly(new EntityValue("2000000000", "EUR"),
                new EntityValue("2016-10-12", ""));
    }

    @Test
    void bratWritesNormalizationLinesAndReadsTheValuesBack() throws Exception {
        List<ExportFile> files = BratExporter.export(article(), ExportProgress.NONE);
        String ann = files.stream().filter(f -> f.extension().endsWith("ann")).findFirst().orElseThrow().content();
        assertThat(ann).contains("N1\tReference T1 Value:2000000000\t2000000000 EUR")
                .contains("N2\tReference T2 TIMEX3:2016-10-12\t2016-10-12");
        assertThat(BratReader.read(TEXT, ann, Instant.EPOCH).analysis().entities()).extracting(EntityMention::value)
                .containsExactly(new EntityValue("2000000000", "EUR"), new EntityValue("2016-10-12", ""));
    }

    @Test
    void anotherToolsBratReferenceIsNoValue() throws Exception {
        int date = TEXT.indexOf("12 October 2016");
        String ann = "T1\tDATE " + date + " " + (date + 15) + "\t12 October 2016\n"
                + "N1\tReference T1 Wikidata:Q123\t12 October 2016\n";
        assertThat(BratReader.read(TEXT, ann, Instant.EPOCH).analysis().entities()).extracting(EntityMention::value)
                .containsExactly((EntityValue) null);
    }

    @Test
    void htmlHighlightsSayTheValue() {
        org.jsoup.nodes.Document html = Jsoup.parse(HtmlExporter.export(article(), ExportProgress.NONE));
        assertThat(html.select("[data-value=2000000000]").attr("data-unit")).isEqualTo("EUR");
        assertThat(html.select("[data-value=2016-10-12]").attr("title")).contains("2016-10-12");
    }

    @Test
    void markdownIndexShowsTheValue() {
        String md = MarkdownExporter.export(article(), ExportProgress.NONE);
        assertThat(md).contains("- 2 billion euros (2000000000 EUR) — 1").contains("- 12 October 2016 (2016-10-12) — 1");
    }
}

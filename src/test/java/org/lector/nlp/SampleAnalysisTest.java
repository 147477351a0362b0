package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.MentionForm;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;

/** The engine on the product's sample article, from the slim models: the points the issue names. */
class SampleAnalysisTest {

    private static AnalysisEngine engine;
    private static Document sample;
    private static Analysis analysis;

    @BeforeAll
    static void analyseSample() throws Exception {
        engine = new AnalysisEngine(EngineOptions.defaults());
        Path p = Path.of(System.getProperty("lector.corpus", "../shared/corpus"), "sample", "paris-summit.txt");
        sample = doc(Files.readString(p));
        analysis = engine.analyze(sample, CancellationToken.none());
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
        engine = null; // lets the next test class's engine have the heap
        analysis = null;
    }

    static Document doc(String text) {
        return new Document("t", text, "test", DocumentFormat.TEXT, "UTF-8", "0", null);
    }

    @Test
    void titlesAreNotPartOfPersonSpans() {
        assertThat(mentions("Emmanuel Macron")).extracting(EntityMention::type).containsOnly(EntityType.PERSON);
        assertThat(mentions("Vice President")).extracting(EntityMention::type).containsOnly(EntityType.TITLE);
        assertThat(mentions("Prime Minister")).extracting(EntityMention::type).containsOnly(EntityType.TITLE);
        assertThat(analysis.entities()).noneMatch(m -> m.type() == EntityType.PERSON
                && m.text().contains("President"));
    }

    @Test
    void damagedAndNewlySpelledPlacesAreFound() {
        // "Kyiv has confirmed" (a spelling CoreNLP's models predate), "Kyivs defences" and "Ukraines" (apostrophes
        // lost), "Turkeywill" and "Saudi Arabiaover" (words glued to the name).
        assertThat(mentions("Kyiv")).hasSize(2).extracting(EntityMention::type).containsOnly(EntityType.PLACE);
        assertThat(mentions("Turkey")).singleElement().extracting(EntityMention::type).isEqualTo(EntityType.PLACE);
        assertThat(mentions("Saudi Arabia")).singleElement().extracting(EntityMention::type)
                .isEqualTo(EntityType.PLACE);
        assertThat(mentions("Ukraine")).hasSize(9).extracting(EntityMention::type).containsOnly(EntityType.PLACE);
    }

    @Test
    void everyOffsetMatchesItsText() {
        for (EntityMention m : analysis.entities()) {
            assertThat(m.span().of(sample.text())).isEqualTo(m.text());
        }
        for (Quote q : analysis.quotes()) {
            assertThat(q.span().of(sample.text())).isEqualTo(q.text());
        }
        assertThat(analysis.entities()).extracting(EntityMention::id).first().isEqualTo("m1");
    }

    @Test
    void macronNominalAndPronounsAreOneCluster() {
        EntityCluster macron = cluster("Emmanuel Macron");
        List<EntityMention> ms = analysis.entities().stream()
                .filter(m -> macron.id().equals(m.clusterId())).toList();
        assertThat(ms).extracting(EntityMention::text).contains("Emmanuel Macron", "Macron", "the French president");
        assertThat(ms).extracting(EntityMention::form)
                .contains(MentionForm.NAME, MentionForm.NOMINAL, MentionForm.PRONOUN);
        assertThat(mentions("Macron")).allMatch(m -> m.type() == EntityType.PERSON);
    }

    @Test
    void finesTypesAreKeptAsSubtype() {
        assertThat(mentions("French").get(0).subtype()).isEqualTo("NATIONALITY");
        assertThat(mentions("French").get(0).type()).isEqualTo(EntityType.GROUP);
        assertThat(mentions("Russia").get(0).subtype()).isEqualTo("COUNTRY");
        assertThat(analysis.entities()).noneMatch(m -> m.text().equals("war"));
    }

    @Test
    void attributesQuotesAsTheIssueSays() {
        assertThat(quote("now is definitely not the time").speakerName()).isEqualTo("Volodymyr Zelensky");
        assertThat(quote("a peace deal wont be simple").speakerName()).isEqualTo("Marco Rubio");
        assertThat(quote("This is a pacifist approach").speakerName()).isEqualTo("Emmanuel Macron");
        assertThat(quote("This is a pacifist approach").cueText()).isEqualTo("stated");
        assertThat(quote("a card in the hands").speakerName()).isEqualTo("Emmanuel Macron");
        assertThat(quote("We expect the same commitment").speakerName()).isEqualTo("Emmanuel Macron");
        List<Quote> coalition = analysis.quotes().stream()
                .filter(q -> q.text().contains("coalition of the willing")).toList();
        assertThat(coalition).hasSize(2).allMatch(q -> q.kind() == QuoteKind.SCARE && q.speakerId() == null);
    }

    @Test
    void datesAndAmountsCarryTheirValuesAnchoredToTheArticleDate() {
        // The sample has no date of its own: "Thursday" is a weekday of some week.
        EntityMention thursday = mentions("Thursday").get(0);
        assertThat(thursday.value().value()).isEqualTo("XXXX-WXX-4");
        assertThat(mentions("3,000").get(0).value()).isEqualTo(new org.lector.model.EntityValue("3000", "troops"));
        // Given the article's date (a Friday), the same word is a day: the Thursday before.
        Document dated = new Document("t", sample.text(), "test", DocumentFormat.TEXT, "UTF-8", "0",
                java.time.LocalDate.parse("2025-03-28"));
        // The full pipeline's dates: tier 1's names pipeline finds persons, places and organizations only.
        Analysis a = engine.analyze(dated, CancellationToken.none());
        assertThat(a.entities()).filteredOn(m -> m.text().equals("Thursday")).first()
                .extracting(m -> m.value().value()).isEqualTo("2025-03-27");
    }

    @Test
    void findsTheCheckableClaims() {
        Fact troops = fact("3,000 troops");
        assertThat(troops.sourceName()).isEqualTo("South Korea");
        assertThat(troops.subject()).isEqualTo("North Korea");
        assertThat(troops.quantities()).anyMatch(q -> q.value().compareTo(new BigDecimal(3000)) == 0
                && q.unit().equals("troops"));
        assertThat(troops.quantities()).anyMatch(q -> q.value().compareTo(new BigDecimal(11000)) == 0);
        assertThat(fact("2 billion").quantities())
                .anyMatch(q -> q.value().compareTo(new BigDecimal("2000000000")) == 0);
        assertThat(fact("2 billion").subject()).isEqualTo("Emmanuel Macron");
        assertThat(fact("27 heads").quantities()).anyMatch(q -> q.value().intValue() == 27);
        assertThat(fact("its agreement to a full").quantities())
                .anyMatch(q -> q.value().intValue() == 30 && q.unit().equals("days"));
        assertThat(fact("sanctions relief").subject()).isEqualTo("Moscow");
        assertThat(fact("Cevdet Yilmaz").object()).contains("Cevdet Yilmaz");
        assertThat(fact("Cevdet Yilmaz").subject()).isEqualTo("Turkey");
        assertThat(fact("Cevdet Yilmaz").predicate()).isEqualTo("will be represented");
        // Numbers first: the troops claim outranks an opinion-free claim with no number.
        assertThat(analysis.facts().indexOf(troops)).isLessThan(analysis.facts().indexOf(fact("sanctions relief")));
    }

    @Test
    void cancelledAnalysisThrowsInsteadOfReturning() {
        CancellationToken c = new CancellationToken();
        c.cancel();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> engine.analyze(doc("Another text by Angela Merkel."), c))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void damagedAndUnusualTextNeverCrashes() {
        Analysis a = engine.analyze(doc("NATO member Turkeywill attend. 😀 Mr. Ötzi said \"hi\" on Christmas Day, "
                + "e-mail a@b.org, see https://x.org.\n\n'Single' quote and \"unclosed"), CancellationToken.none());
        assertThat(a.entities()).allMatch(m -> m.span().end() <= 200);
        assertThat(a.quotes()).isNotEmpty();
    }

    @Test
    void resolvesRelativeDatesAgainstTheDateline() {
        Document d = doc("Summit opens\n\nPARIS, March 26, 2025\n\nLeaders meet on Thursday, Macron said.");
        assertThat(AnalysisEngine.articleDate(d)).hasToString("2025-03-26");
        Analysis a = engine.analyze(d, CancellationToken.none());
        assertThat(a.entities()).anyMatch(m -> m.text().equals("Thursday") && m.type() == EntityType.DATE);
    }

    @Test
    void anArticleCutForTwoWorkersIsAnnotatedAsIfWhole() {
        String text = sample.text();
        int size = new EngineOptions(2, 4_000).chunkFor(text.length());
        assertThat(CoreNlpPipeline.chunk(text, size)).hasSize(2);
        CoreNlpPipeline pipeline = engine.pipeline(CancellationToken.none());
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            TextLayer whole = pipeline.annotate(text, AnalysisEngine.articleDate(sample), two, text.length(),
                    CancellationToken.none());
            TextLayer cut = pipeline.annotate(text, AnalysisEngine.articleDate(sample), two, size,
                    CancellationToken.none());
            assertThat(cut).isEqualTo(whole);
        } finally {
            two.shutdownNow();
        }
    }

    private static List<EntityMention> mentions(String text) {
        return analysis.entities().stream().filter(m -> m.text().equals(text)).toList();
    }

    private static EntityCluster cluster(String name) {
        return analysis.clusters().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static Quote quote(String part) {
        Optional<Quote> q = analysis.quotes().stream().filter(x -> x.text().contains(part)).findFirst();
        assertThat(q).as("quote " + part).isPresent();
        return q.get();
    }

    private static Fact fact(String part) {
        Optional<Fact> f = analysis.facts().stream().filter(x -> x.text().contains(part)).findFirst();
        assertThat(f).as("fact " + part).isPresent();
        return f.get();
    }
}

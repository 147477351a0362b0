package org.lector.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.Analysis;
import org.lector.model.DictionaryAction;
import org.lector.model.DictionaryEntry;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Span;
import org.lector.nlp.CancellationToken;
import org.lector.store.Library;
import org.lector.testing.TextMatchingAnalysis;

/**
 * The tiers an article is shown in before the engine is done: tier 0, the names the library already knows (the
 * reader's dictionary and records) with no engine output at all, and the engine's names tier with the same layers
 * over it. What an early tier shows of the reader's and the dictionary's names is still there, the same, in every
 * later tier, so it does not blink when a tier replaces another.
 */
class ReadingTiersTest {

    private static final String TEXT = "Paris summit\n\nKeir Starmer met Emmanuel Macron and the Elysee staff in Paris.\n";
    private static final Span VENUE = SummitFixture.venue(TEXT);

    @TempDir
    Path dir;

    private final TextMatchingAnalysis engine = SummitFixture.engine();
    private final Document document = SummitFixture.summit(TEXT);
    private Library library;

    @BeforeEach
    void libraryThatKnowsTwoNames() {
        library = Library.open(dir.resolve("library.db"));
        library.dictionary().put(new DictionaryEntry("Elysee", EntityType.ORGANIZATION.id(),
                DictionaryAction.ACCEPT)).join();
        Reading.importAnnotations(document, library, SummitFixture.venueAsTheReaderNamedIt(TEXT), Analysis.empty());
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void tierZeroShowsTheDictionaryAndTheReadersNamesWithoutTheEngine() {
        Reading reading = new Reading(engine);
        Reading.Lookup lookup = reading.lookUp(document, library);

        Article known = reading.known(document, lookup);

        assertThat(engine.calls()).isZero();
        assertThat(lookup.cached()).isNull();
        assertThat(known.analysis().entities()).extracting(EntityMention::text, EntityMention::type)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Elysee", EntityType.ORGANIZATION),
                        org.assertj.core.groups.Tuple.tuple("Paris", EntityType.PLACE));
    }

    @Test
    void everyLaterTierKeepsTheNamesAnEarlierOneShowed() {
        Reading reading = new Reading(engine);
        Reading.Lookup lookup = reading.lookUp(document, library);
        Article known = reading.known(document, lookup);
        // The engine's names tier: here the engine's whole output stands in for it, as the layers do not care.
        Analysis names = engine.analyze(document, CancellationToken.none(), a -> { });

        Article tier1 = reading.provisional(document, lookup, names);
        Article tier2 = reading.analysed(document, lookup, names).article();

        assertThat(spansAndTypes(tier1.analysis())).containsAll(spansAndTypes(known.analysis()));
        assertThat(spansAndTypes(tier2.analysis())).containsAll(spansAndTypes(tier1.analysis()));
        assertThat(tier1.analysis().entities()).extracting(EntityMention::text).contains("Keir Starmer",
                "Emmanuel Macron", "Elysee");
        // The reader's venue is one mention in every tier, not the reader's and the engine's both.
        assertThat(tier1.analysis().entities()).filteredOn(m -> m.span().equals(VENUE)).hasSize(1);
    }

    @Test
    void aLongTextsPartsCarryTheDictionarysNamesEverywhereFromTheFirstPart() throws Exception {
        StringBuilder text = new StringBuilder("A Long Book\n\n");
        for (int i = 0; i < 1500; i++) {
            text.append("Chapter ").append(i).append(". Pierre wrote to the Elysee from Moscow.\n\n");
        }
        Document book = new Document("A Long Book", text.toString(), "/books/long.txt", DocumentFormat.TEXT,
                "UTF-8", "01", null);
        TextMatchingAnalysis pierre = new TextMatchingAnalysis(Map.of("Pierre", EntityType.PERSON));
        ReadingSession session = new ReadingSession(new Reading(pierre), () -> library, Runnable::run);
        ReadingSession.Lookup lookup = session.lookUp(book);
        List<ProgressiveAnalysis.Partial> partials = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

        Article whole = session.analyze(book, lookup, new CancellationToken(), a -> { }, () -> 0,
                (merge, done, total) -> partials.add(merge.get()));

        long everyElysee = whole.analysis().entities().stream().filter(m -> m.text().equals("Elysee")).count();
        assertThat(everyElysee).isEqualTo(1500);
        assertThat(lookup.known().analysis().entities()).hasSize(1500);
        assertThat(partials).filteredOn(p -> p.merged() != null).isNotEmpty().allSatisfy(p ->
                assertThat(p.merged().entities().stream().filter(m -> m.text().equals("Elysee")).count())
                        .isEqualTo(everyElysee));
    }

    @Test
    void theNamesTierComesWithTheDictionaryLaidOver() throws Exception {
        ReadingSession session = new ReadingSession(new Reading(engine), () -> library, Runnable::run);
        ReadingSession.Lookup lookup = session.lookUp(document);
        List<Analysis> tiers = new java.util.ArrayList<>();

        session.analyze(document, lookup, new CancellationToken(), tiers::add, () -> 0, (merge, done, total) -> { });

        assertThat(tiers).singleElement().satisfies(names -> assertThat(names.entities())
                .extracting(EntityMention::text).contains("Elysee", "Keir Starmer"));
    }

    private static List<String> spansAndTypes(Analysis a) {
        return a.entities().stream().map(m -> m.span() + " " + m.type()).toList();
    }
}

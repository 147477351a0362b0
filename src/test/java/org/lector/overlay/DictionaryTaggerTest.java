package org.lector.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lector.model.Analysis;
import org.lector.model.DictionaryAction;
import org.lector.model.DictionaryEntry;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.junit.jupiter.api.Test;
import org.lector.testing.Fixtures;

/**
 * The dictionary laid over an analysis. Rulers under the texts mark what the dictionary finds:
 * <pre>
 *   "Kyiv and Kyivan and kyiv. Kyiv"
 *    ^^^^                      ^^^^   whole words, same case; "Kyivan" and "kyiv" are not "Kyiv"
 * </pre>
 */
class DictionaryTaggerTest {

    private static final Instant WHEN = Instant.parse("2025-03-27T10:00:00Z");

    private static DictionaryEntry always(String text, EntityType type) {
        return new DictionaryEntry(text, type.id(), DictionaryAction.ACCEPT, WHEN);
    }

    private static DictionaryEntry never(String text, EntityType type) {
        return new DictionaryEntry(text, type.id(), DictionaryAction.REJECT, WHEN);
    }

    private static EntityMention auto(String id, String text, String needle, int from, EntityType type,
            String cluster) {
        int at = text.indexOf(needle, from);
        return new EntityMention(id, new Span(at, at + needle.length()), needle, type, "", MentionForm.NAME, cluster,
                Provenance.auto("test", 0.9));
    }

    private static List<String> tagged(String text, Analysis a) {
        return a.entities().stream().map(m -> m.span().start() + ":" + m.text() + ":" + m.type().id() + ":"
                + m.provenance().origin().id()).toList();
    }

    @Test
    void tagsEveryWholeWordSameCaseOccurrenceWithDictionaryProvenance() {
        String text = "Kyiv and Kyivan and kyiv. Kyiv";
        Analysis a = DictionaryTagger.apply(text, Analysis.empty(), List.of(always("Kyiv", EntityType.PLACE)));

        assertThat(tagged(text, a)).containsExactly("0:Kyiv:PLACE:dictionary", "26:Kyiv:PLACE:dictionary");
        assertThat(a.entities()).allSatisfy(m -> {
            assertThat(m.provenance()).isEqualTo(Provenance.dictionary(WHEN));
            assertThat(m.form()).isEqualTo(MentionForm.NAME);
            assertThat(m.id()).startsWith(DictionaryTagger.MENTION_PREFIX);
        });
        assertThat(a.clusters()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Kyiv");
            assertThat(c.type()).isEqualTo(EntityType.PLACE);
            assertThat(c.mentionIds()).containsExactlyElementsOf(a.entities().stream().map(EntityMention::id)
                    .toList());
        });
    }

    @Test
    void prefersTheLongestTextAndNeverOverlapsItsOwnTags() {
        //             "New York Times reporters left New York."
        //              ^^^^^^^^^^^^^^                ^^^^^^^^
        String text = "New York Times reporters left New York.";
        Analysis a = DictionaryTagger.apply(text, Analysis.empty(), List.of(always("New York", EntityType.PLACE),
                always("New York Times", EntityType.ORGANIZATION), always("York", EntityType.PERSON)));

        assertThat(tagged(text, a)).containsExactly("0:New York Times:ORGANIZATION:dictionary",
                "30:New York:PLACE:dictionary");
    }

    @Test
    void leavesTextsAlreadyNamedAloneWhereverTheyOverlap() {
        //             "Kyiv Post says Kyiv is calm; Kyiv"
        //              [Kyiv Post]    ++++          [Ky] engine mention cut short: no tag over it either
        String text = "Kyiv Post says Kyiv is calm; Kyiv";
        EntityMention post = auto("m1", text, "Kyiv Post", 0, EntityType.ORGANIZATION, "c1");
        EntityMention cut = new EntityMention("m2", new Span(29, 31), "Ky", EntityType.MISC, "", MentionForm.NAME,
                "c2", Provenance.auto("test", 0.5));
        Analysis engine = new Analysis("t", List.of(post, cut),
                List.of(new EntityCluster("c1", "Kyiv Post", EntityType.ORGANIZATION, List.of("m1")),
                        new EntityCluster("c2", "Ky", EntityType.MISC, List.of("m2"))),
                List.of(), List.of(), List.of());

        Analysis a = DictionaryTagger.apply(text, engine, List.of(always("Kyiv", EntityType.PLACE)));

        assertThat(tagged(text, a)).containsExactly("0:Kyiv Post:ORGANIZATION:auto", "15:Kyiv:PLACE:dictionary",
                "29:Ky:MISC:auto");
    }

    @Test
    void pronounsAndNominalsDoNotStopATag() {
        String text = "Kyiv said so.";
        EntityMention odd = new EntityMention("m1", new Span(0, 4), "Kyiv", EntityType.PERSON, "",
                MentionForm.NOMINAL, "c1", Provenance.auto("test", 0.5));
        Analysis engine = new Analysis("t", List.of(odd),
                List.of(new EntityCluster("c1", "someone", EntityType.PERSON, List.of("m1"))), List.of(), List.of(),
                List.of());

        Analysis a = DictionaryTagger.apply(text, engine, List.of(always("Kyiv", EntityType.PLACE)));

        assertThat(tagged(text, a)).contains("0:Kyiv:PLACE:dictionary");
    }

    @Test
    void doesNotTagTwiceWhatTheEngineOrTheReaderAlreadyTagged() {
        String text = "Kyiv, Kyiv and Kyiv.";
        EntityMention engineKyiv = auto("m1", text, "Kyiv", 0, EntityType.PLACE, "c1");
        Analysis engine = new Analysis("t", List.of(engineKyiv),
                List.of(new EntityCluster("c1", "Kyiv", EntityType.PLACE, List.of("m1"))), List.of(), List.of(),
                List.of());
        Span readers = new Span(15, 19);

        Analysis a = DictionaryTagger.apply(text, engine, List.of(always("Kyiv", EntityType.PLACE)),
                List.of(readers));

        assertThat(tagged(text, a)).containsExactly("0:Kyiv:PLACE:auto", "6:Kyiv:PLACE:dictionary");
        // The new mention joins the engine's entity of the same name and type instead of starting another.
        assertThat(a.clusters()).singleElement().satisfies(c -> assertThat(c.mentionIds()).hasSize(2));
    }

    @Test
    void removesTheEnginesMentionsOfARejectedTextOfThatTypeOnly() {
        String text = "Thursday met Macron on Thursday.";
        EntityMention wrong = auto("m1", text, "Thursday", 0, EntityType.PERSON, "c1");
        EntityMention macron = auto("m2", text, "Macron", 0, EntityType.PERSON, "c2");
        EntityMention date = auto("m3", text, "Thursday", 10, EntityType.DATE, "c3");
        Quote quote = new Quote("q1", new Span(0, 8), "Thursday", QuoteKind.SCARE, "c1", "Thursday", null, "",
                Provenance.auto("test", 0.5));
        EntityMention mine = new EntityMention("u-1", date.span(), "Thursday", EntityType.PERSON, "",
                MentionForm.NAME, null, Provenance.user(WHEN));
        Analysis engine = new Analysis("t", List.of(wrong, macron, date, mine),
                List.of(new EntityCluster("c1", "Thursday", EntityType.PERSON, List.of("m1")),
                        new EntityCluster("c2", "Macron", EntityType.PERSON, List.of("m2")),
                        new EntityCluster("c3", "Thursday", EntityType.DATE, List.of("m3"))),
                List.of(quote), List.of(), List.of());

        Analysis a = DictionaryTagger.apply(text, engine, List.of(never("Thursday", EntityType.PERSON)));

        // The reader's own record is never removed by the dictionary, only the engine's.
        assertThat(tagged(text, a)).containsExactly("13:Macron:PERSON:auto", "23:Thursday:DATE:auto",
                "23:Thursday:PERSON:user");
        assertThat(a.clusters()).extracting(EntityCluster::id).containsExactly("c2", "c3");
        assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speakerId()).isNull());
    }

    @Test
    void aRetypeRemovesTheOldTypeAndTagsTheNewOne() {
        String text = "Jordan said Jordan.";
        EntityMention person = auto("m1", text, "Jordan", 0, EntityType.PERSON, "c1");
        Analysis engine = new Analysis("t", List.of(person),
                List.of(new EntityCluster("c1", "Jordan", EntityType.PERSON, List.of("m1"))), List.of(), List.of(),
                List.of());

        Analysis a = DictionaryTagger.apply(text, engine, List.of(never("Jordan", EntityType.PERSON),
                always("Jordan", EntityType.PLACE)));

        assertThat(tagged(text, a)).containsExactly("0:Jordan:PLACE:dictionary", "12:Jordan:PLACE:dictionary");
    }

    @Test
    void theLatestTypeWinsWhenATextIsAlwaysTwoTypes() {
        String text = "Jordan";
        Analysis a = DictionaryTagger.apply(text, Analysis.empty(), List.of(
                new DictionaryEntry("Jordan", "PLACE", DictionaryAction.ACCEPT, WHEN.plusSeconds(60)),
                new DictionaryEntry("Jordan", "PERSON", DictionaryAction.ACCEPT, WHEN)));

        assertThat(tagged(text, a)).containsExactly("0:Jordan:PLACE:dictionary");
    }

    @Test
    void textsWithPunctuationAndTypesLectorDoesNotKnow() {
        //             "#MeToo and U.S. officials; U.S.A."
        //              ^^^^^^     ^^^^             ^^^^ no: "U.S." is followed by a letter
        String text = "#MeToo and U.S. officials; U.S.A.";
        Analysis a = DictionaryTagger.apply(text, Analysis.empty(), List.of(always("#MeToo", EntityType.MISC),
                always("U.S.", EntityType.PLACE), new DictionaryEntry("officials", "ROLE",
                        DictionaryAction.ACCEPT, WHEN)));

        assertThat(tagged(text, a)).containsExactly("0:#MeToo:MISC:dictionary", "11:U.S.:PLACE:dictionary");
    }

    @Test
    void anEmptyDictionaryOrNothingFoundGivesTheSameAnalysisBack() {
        Analysis engine = Fixtures.analysis("p1");
        assertThat(DictionaryTagger.apply(Fixtures.TEXT, engine, List.of())).isSameAs(engine);
        assertThat(DictionaryTagger.apply(Fixtures.TEXT, engine, List.of(always("Berlin", EntityType.PLACE))))
                .isSameAs(engine);
    }

    @Test
    void oneFastPassOverALongTextWithManyMentionsAndEntries() {
        // A War-and-Peace-sized text: 3.2 million characters, 50,000 engine mentions, 500 entries.
        StringBuilder sb = new StringBuilder();
        List<EntityMention> mentions = new ArrayList<>();
        int i = 0;
        while (sb.length() < 3_200_000) {
            int at = sb.length();
            sb.append("Prince Andrew met Pierre at Bald Hills; the Kyiv word").append(i % 997).append(". ");
            if (mentions.size() < 50_000) {
                mentions.add(new EntityMention("m" + i, new Span(at + 7, at + 13), "Andrew", EntityType.PERSON, "",
                        MentionForm.NAME, null, Provenance.auto("t", 0.9)));
            }
            i++;
        }
        String text = sb.toString();
        List<DictionaryEntry> entries = new ArrayList<>();
        for (int e = 0; e < 498; e++) {
            entries.add(always("word" + e + " entry", EntityType.MISC));
        }
        entries.add(always("Kyiv", EntityType.PLACE));
        entries.add(never("Andrew", EntityType.PERSON));
        Analysis engine = new Analysis("t", mentions, List.of(), List.of(), List.of(), List.of());

        DictionaryTagger.apply(text, engine, entries); // warm-up
        long started = System.nanoTime();
        Analysis a = DictionaryTagger.apply(text, engine, entries);
        long ms = (System.nanoTime() - started) / 1_000_000;

        assertThat(a.entities()).hasSize(i).allSatisfy(m -> assertThat(m.text()).isEqualTo("Kyiv"));
        // Generous for a loaded two-core machine; entries x indexOf would take tens of seconds here.
        assertThat(ms).isLessThan(5_000);
    }
}

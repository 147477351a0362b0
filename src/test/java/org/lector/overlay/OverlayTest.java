package org.lector.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.testing.Fixtures.TEXT;
import static org.lector.testing.Fixtures.span;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lector.model.Analysis;
import org.lector.model.AnnotationKind;
import org.lector.model.DictionaryAction;
import org.lector.model.DictionaryEntry;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.ImportedEntity;
import org.lector.model.MentionForm;
import org.lector.model.Note;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.model.UserAction;
import org.lector.model.UserAnnotation;
import org.lector.model.UserEdit;
import org.lector.model.UserRecords;
import org.lector.testing.Fixtures;

/**
 * The overlay without a library: each row gives the reader's records, as the library would load them, and what the
 * reader then sees of the engine's analysis of {@link Fixtures#TEXT}, drawn as one line per layer:
 *
 * <pre>
 * names:  text TYPE [entity] (u = the reader's) ...
 * quote:  "...": the speaker's entity
 * fact:   status, source entity
 * </pre>
 */
class OverlayTest {

    private static final Analysis ENGINE = Fixtures.analysis("p1");
    private static final Instant WHEN = Instant.parse("2025-03-27T10:00:00Z");

    private static final Span FRENCH = span(TEXT, "French");
    private static final Span EMMANUEL_MACRON = span(TEXT, "Emmanuel Macron");
    private static final Span STARMER = span(TEXT, "Keir Starmer");
    private static final Span PARIS = span(TEXT, "Paris");
    private static final Span MACRON = Fixtures.lastSpan(TEXT, "Macron");
    private static final Span QUOTE = span(TEXT, "\"We will not abandon Ukraine,\"");
    private static final Span FACT = span(TEXT, "The summit pledged 2 billion euros.");
    private static final Span THURSDAY = span(TEXT, "Thursday");
    /** An entity as a file named it, which the engine names otherwise. */
    private static final ImportedEntity PRESIDENT = new ImportedEntity("7", "the French president",
            EntityType.PERSON);

    private static final String UNTOUCHED_NAMES = "French GROUP [French] | Emmanuel Macron PERSON [Emmanuel Macron] | "
            + "Keir Starmer PERSON [Keir Starmer] | Paris PLACE [Paris] | Macron PERSON [Macron]";

    static Stream<Arguments> cases() {
        return Stream.of(
                row("no records: the engine's analysis",
                        List.of(), List.of(),
                        UNTOUCHED_NAMES, "Macron", "unchecked, no source"),
                row("accept: the reader's copy in the engine's entity",
                        List.of(mention("u-1", PARIS, EntityType.PLACE, PARIS)),
                        List.of(edit(1, UserAction.ACCEPT, AnnotationKind.ENTITY, PARIS, "u-1")),
                        UNTOUCHED_NAMES.replace("Paris PLACE [Paris]", "Paris PLACE [Paris] u"), "Macron",
                        "unchecked, no source"),
                row("reject: the name and its entity go",
                        List.of(), List.of(edit(1, UserAction.REJECT, AnnotationKind.ENTITY, FRENCH, null)),
                        UNTOUCHED_NAMES.replace("French GROUP [French] | ", ""), "Macron", "unchecked, no source"),
                row("retype: the only name of an entity retypes the entity",
                        List.of(mention("u-1", PARIS, EntityType.ORGANIZATION, PARIS)),
                        List.of(edit(1, UserAction.RETYPE, AnnotationKind.ENTITY, PARIS, "u-1")),
                        UNTOUCHED_NAMES.replace("Paris PLACE [Paris]", "Paris ORGANIZATION [Paris] u"),
                        "Macron", "unchecked, no source"),
                row("respan: the entity is named after the new words",
                        List.of(mention("u-1", lastSpan("Emmanuel Macron", "Macron", EMMANUEL_MACRON),
                                EntityType.PERSON, EMMANUEL_MACRON)),
                        List.of(edit(1, UserAction.RESPAN, AnnotationKind.ENTITY, EMMANUEL_MACRON, "u-1")),
                        UNTOUCHED_NAMES.replace("Emmanuel Macron PERSON [Emmanuel Macron]", "Macron PERSON [Macron] u"),
                        "Macron", "unchecked, no source"),
                row("merge: the absorbed entity's quote follows it",
                        List.of(), List.of(merge(1, MACRON, EMMANUEL_MACRON)),
                        UNTOUCHED_NAMES.replace("Macron PERSON [Macron]", "Macron PERSON [Emmanuel Macron]"),
                        "Emmanuel Macron", "unchecked, no source"),
                row("link: an entity whose last name left is the one it joined",
                        List.of(), List.of(link(1, MACRON, STARMER)),
                        UNTOUCHED_NAMES.replace("Macron PERSON [Macron]", "Macron PERSON [Keir Starmer]"),
                        "Keir Starmer", "unchecked, no source"),
                row("split after a merge: the name is an entity of its own again; the quote stays with the merge",
                        List.of(), List.of(merge(1, MACRON, EMMANUEL_MACRON), split(2, MACRON)),
                        UNTOUCHED_NAMES.replace("Macron PERSON [Macron]", "Macron PERSON [Macron cs2]"),
                        "Emmanuel Macron", "unchecked, no source"),
                row("a split undone is a merge alone (the library drops the split's record)",
                        List.of(), List.of(merge(1, MACRON, EMMANUEL_MACRON)),
                        UNTOUCHED_NAMES.replace("Macron PERSON [Macron]", "Macron PERSON [Emmanuel Macron]"),
                        "Emmanuel Macron", "unchecked, no source"),
                row("split of an entity's only name changes nothing",
                        List.of(), List.of(split(1, PARIS)),
                        UNTOUCHED_NAMES, "Macron", "unchecked, no source"),
                row("retype after merge: the copy stays in the merged entity, which keeps its type on a tie",
                        List.of(mention("u-1", MACRON, EntityType.ORGANIZATION, MACRON)),
                        List.of(merge(1, MACRON, EMMANUEL_MACRON),
                                edit(2, UserAction.RETYPE, AnnotationKind.ENTITY, MACRON, "u-1")),
                        UNTOUCHED_NAMES.replace("Macron PERSON [Macron]", "Macron ORGANIZATION [Emmanuel Macron PERSON] u"),
                        "Emmanuel Macron", "unchecked, no source"),
                row("reject after link: the name goes, and the quote loses a speaker no name is left of",
                        List.of(), List.of(link(1, MACRON, STARMER),
                                edit(2, UserAction.REJECT, AnnotationKind.ENTITY, MACRON, null)),
                        UNTOUCHED_NAMES.replace(" | Macron PERSON [Macron]", ""), "no speaker",
                        "unchecked, no source"),
                row("a name the reader added joins the entity it was tagged into",
                        List.of(mention("u-1", THURSDAY, EntityType.PERSON, STARMER)), List.of(),
                        UNTOUCHED_NAMES.replace("Paris PLACE [Paris]", "Paris PLACE [Paris] | Thursday PERSON "
                                + "[Keir Starmer] u"), "Macron", "unchecked, no source"),
                row("a name the reader added alone is an entity of its own",
                        List.of(mention("u-1", THURSDAY, EntityType.DATE, null)), List.of(),
                        UNTOUCHED_NAMES.replace("Paris PLACE [Paris]", "Paris PLACE [Paris] | Thursday DATE "
                                + "[Thursday cu-1] u"), "Macron", "unchecked, no source"),
                row("a quote edited: the reader's copy, its speaker found by a mention's span",
                        List.of(quote("u-1", STARMER)),
                        List.of(edit(1, UserAction.EDIT, AnnotationKind.QUOTE, QUOTE, "u-1")),
                        UNTOUCHED_NAMES, "Keir Starmer (partial, u)", "unchecked, no source"),
                row("a quote rejected",
                        List.of(), List.of(edit(1, UserAction.REJECT, AnnotationKind.QUOTE, QUOTE, null)),
                        UNTOUCHED_NAMES, "", "unchecked, no source"),
                row("a fact's status set: the reader's copy",
                        List.of(fact("u-1", FactStatus.SUPPORTED, null)),
                        List.of(edit(1, UserAction.SET_STATUS, AnnotationKind.FACT, FACT, "u-1")),
                        UNTOUCHED_NAMES, "Macron", "supported, no source, u"),
                row("a fact edited with a source that is later merged away: the source follows the merge",
                        List.of(fact("u-1", FactStatus.UNCHECKED, MACRON)),
                        List.of(edit(1, UserAction.EDIT, AnnotationKind.FACT, FACT, "u-1"),
                                merge(2, MACRON, EMMANUEL_MACRON)),
                        UNTOUCHED_NAMES.replace("Macron PERSON [Macron]", "Macron PERSON [Emmanuel Macron]"),
                        "Emmanuel Macron", "unchecked, Emmanuel Macron, u"),
                row("imported names: one entity, named and typed as the file said",
                        List.of(imported("u-1", EMMANUEL_MACRON, EntityType.PERSON, PRESIDENT),
                                imported("u-2", MACRON, EntityType.PERSON, PRESIDENT)),
                        List.of(edit(1, UserAction.ACCEPT, AnnotationKind.ENTITY, EMMANUEL_MACRON, "u-1"),
                                edit(2, UserAction.ACCEPT, AnnotationKind.ENTITY, MACRON, "u-2")),
                        UNTOUCHED_NAMES.replace("Emmanuel Macron PERSON [Emmanuel Macron]",
                                "Emmanuel Macron PERSON [the French president ci7] u").replace(
                                "Macron PERSON [Macron]", "Macron PERSON [the French president ci7] u"),
                        "no speaker", "unchecked, no source"),
                row("an imported name the file gave no entity is in none",
                        List.of(imported("u-1", PARIS, EntityType.PLACE, ImportedEntity.NONE)),
                        List.of(edit(1, UserAction.ACCEPT, AnnotationKind.ENTITY, PARIS, "u-1")),
                        UNTOUCHED_NAMES.replace("Paris PLACE [Paris]", "Paris PLACE [none] u"), "Macron",
                        "unchecked, no source"),
                row("an imported entity the reader merges into is named from its names again",
                        List.of(imported("u-1", MACRON, EntityType.PERSON, PRESIDENT)),
                        List.of(edit(1, UserAction.ACCEPT, AnnotationKind.ENTITY, MACRON, "u-1"),
                                merge(2, EMMANUEL_MACRON, MACRON)),
                        UNTOUCHED_NAMES.replace("Emmanuel Macron PERSON [Emmanuel Macron]",
                                "Emmanuel Macron PERSON [Emmanuel Macron ci7]").replace(
                                "Macron PERSON [Macron]", "Macron PERSON [Emmanuel Macron ci7] u"),
                        "no speaker", "unchecked, no source"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theReaderSeesTheEnginesAnalysisWithTheirRecordsLaidOver(String name, UserRecords records, String names,
            String quote, String fact) {
        Analysis seen = Overlay.apply(ENGINE, records);

        assertThat(names(seen)).isEqualTo(names);
        assertThat(quotes(seen)).isEqualTo(quote);
        assertThat(facts(seen)).isEqualTo(fact);
        assertThat(seen.pipelineVersion()).isEqualTo(ENGINE.pipelineVersion());
        // Every mention is in a cluster that lists it, and every cluster lists only mentions that are shown.
        Map<String, String> clusterOf = seen.entities().stream()
                .collect(Collectors.toMap(EntityMention::id, m -> String.valueOf(m.clusterId())));
        for (EntityCluster c : seen.clusters()) {
            assertThat(c.mentionIds()).isNotEmpty().allSatisfy(id -> assertThat(clusterOf.get(id)).isEqualTo(c.id()));
        }
    }

    @Test
    void theSameRecordsGiveTheSameAnalysisAndTheEnginesIsLeftAsItWas() {
        UserRecords records = new UserRecords(List.of(mention("u-1", PARIS, EntityType.ORGANIZATION, PARIS)),
                List.of(edit(1, UserAction.RETYPE, AnnotationKind.ENTITY, PARIS, "u-1"),
                        merge(2, MACRON, EMMANUEL_MACRON)));
        Analysis before = Fixtures.analysis("p1");

        assertThat(Overlay.apply(ENGINE, records)).isEqualTo(Overlay.apply(ENGINE, records));
        assertThat(ENGINE).isEqualTo(before);
    }

    @Test
    void recordsOfSpansTheEngineNoLongerFindsAreKeptAndHideNothing() {
        // A new engine that finds no "French": the reader's rejection of it has nothing to hide, and the name the
        // reader accepted elsewhere stays even though this engine does not find it.
        Analysis p2 = without(Fixtures.analysis("p2"), "French", "Paris");
        UserRecords records = new UserRecords(List.of(mention("u-1", PARIS, EntityType.PLACE, PARIS)),
                List.of(edit(1, UserAction.REJECT, AnnotationKind.ENTITY, FRENCH, null),
                        edit(2, UserAction.ACCEPT, AnnotationKind.ENTITY, PARIS, "u-1")));

        assertThat(names(Overlay.apply(p2, records))).isEqualTo("Emmanuel Macron PERSON [Emmanuel Macron] | "
                + "Keir Starmer PERSON [Keir Starmer] | Paris PLACE [Paris cu-1] u | Macron PERSON [Macron]");
    }

    @Test
    void aNameOrQuoteTheReaderAddedWhereTheEngineFindsTheSameShowsOnceAsTheReaders() {
        // As after importing annotations the engine also finds: no record hides the engine's, yet nothing shows
        // twice; the reader's name, alone in its entity, takes the engine's one's place in its entity.
        UserRecords added = new UserRecords(List.of(mention("u-1", PARIS, EntityType.PLACE, null),
                new UserAnnotation.QuoteRecord(new Quote("u-2", QUOTE, QUOTE.of(TEXT), QuoteKind.DIRECT, null, "",
                        null, "", Provenance.user(WHEN)), null)), List.of());

        Analysis seen = Overlay.apply(ENGINE, added);

        assertThat(names(seen)).isEqualTo(UNTOUCHED_NAMES.replace("Paris PLACE [Paris]", "Paris PLACE [Paris] u"));
        assertThat(seen.entities()).filteredOn(m -> m.span().equals(PARIS)).singleElement()
                .satisfies(m -> assertThat(m.clusterId()).isEqualTo("c4"));
        assertThat(seen.clusters()).allSatisfy(c -> assertThat(c.mentionIds()).doesNotContain("m4"))
                .noneMatch(c -> c.id().equals("cu-1"));
        assertThat(seen.quotes()).extracting(Quote::id).containsExactly("u-2");
    }

    @Test
    void notesAreTheReadersInTextOrderTheWholeArticleFirst() {
        UserRecords records = new UserRecords(List.of(
                new UserAnnotation.NoteRecord(new Note("u-1", PARIS, "venue", WHEN, WHEN)),
                new UserAnnotation.NoteRecord(new Note("u-2", null, "read again", WHEN, WHEN))), List.of());

        assertThat(Overlay.apply(ENGINE, records).notes()).extracting(Note::text).containsExactly("read again",
                "venue");
    }

    @Test
    void aDictionaryNameTheReaderRejectedStaysRejectedWhileTheDictionaryTagsTheRest() {
        String text = "Thursday came. On Thursday it rained.\n";
        Span first = new Span(0, 8);
        Span second = new Span(text.indexOf("Thursday", 1), text.indexOf("Thursday", 1) + 8);
        List<DictionaryEntry> always = List.of(new DictionaryEntry("Thursday", "DATE", DictionaryAction.ACCEPT,
                WHEN));
        UserRecords rejected = new UserRecords(List.of(),
                List.of(edit(1, UserAction.REJECT, AnnotationKind.ENTITY, first, null)));
        Analysis engine = Analysis.empty();

        Analysis dictionary = DictionaryOverlay.apply(text, engine, always, rejected);
        Analysis seen = Overlay.apply(dictionary, rejected);

        assertThat(dictionary.entities()).extracting(EntityMention::span).containsExactly(first, second);
        assertThat(seen.entities()).extracting(m -> m.span() + " " + m.provenance().origin().id())
                .containsExactly(second + " dictionary");
    }

    @Test
    void aDictionaryEntryKeepsOutOfAnArticleWhereTheReaderDecidedOtherwise() {
        // The reader removed the engine's Macron here: "always Macron as a Person" does not put it back.
        List<DictionaryEntry> always = List.of(new DictionaryEntry("Macron", "PERSON", DictionaryAction.ACCEPT,
                WHEN));
        UserRecords rejected = new UserRecords(List.of(),
                List.of(edit(1, UserAction.REJECT, AnnotationKind.ENTITY, MACRON, null)));

        Analysis seen = Overlay.apply(DictionaryOverlay.apply(TEXT, ENGINE, always, rejected), rejected);

        assertThat(seen.entities()).extracting(EntityMention::span).doesNotContain(MACRON);
    }

    // ---- the rows' vocabulary ---------------------------------------------------------------------------------

    private static Arguments row(String name, List<UserAnnotation> annotations, List<UserEdit> edits, String names,
            String quote, String fact) {
        return Arguments.of(name, new UserRecords(annotations, edits), names, quote, fact);
    }

    private static UserEdit edit(long id, UserAction action, AnnotationKind kind, Span span, String replacement) {
        return new UserEdit(id, action, kind, span, replacement, null, UserEdit.ClusterChange.NONE);
    }

    private static UserEdit merge(long id, Span absorbed, Span kept) {
        return new UserEdit(id, UserAction.MERGE, AnnotationKind.CLUSTER, absorbed, null, kept,
                UserEdit.ClusterChange.NONE);
    }

    private static UserEdit link(long id, Span mention, Span into) {
        return new UserEdit(id, UserAction.EDIT, AnnotationKind.CLUSTER, mention, null, into,
                UserEdit.ClusterChange.LINK);
    }

    private static UserEdit split(long id, Span mention) {
        return new UserEdit(id, UserAction.EDIT, AnnotationKind.CLUSTER, mention, null, null,
                UserEdit.ClusterChange.SPLIT);
    }

    private static UserAnnotation mention(String id, Span span, EntityType type, Span clusterAnchor) {
        return new UserAnnotation.MentionRecord(new EntityMention(id, span, span.of(TEXT), type, "", MentionForm.NAME,
                null, Provenance.user(WHEN)), clusterAnchor);
    }

    /** A mention as an import writes it: the reader's, in the entity the file gave it. */
    private static UserAnnotation imported(String id, Span span, EntityType type, ImportedEntity entity) {
        return new UserAnnotation.MentionRecord(new EntityMention(id, span, span.of(TEXT), type, "", MentionForm.NAME,
                null, Provenance.user(WHEN)), null, entity);
    }

    private static UserAnnotation quote(String id, Span speakerAnchor) {
        return new UserAnnotation.QuoteRecord(new Quote(id, QUOTE, QUOTE.of(TEXT), QuoteKind.PARTIAL, null, "",
                null, "", Provenance.user(WHEN)), speakerAnchor);
    }

    private static UserAnnotation fact(String id, FactStatus status, Span sourceAnchor) {
        return new UserAnnotation.FactRecord(new Fact(id, FACT, FACT.of(TEXT), "The summit", "pledged",
                "2 billion euros", List.of(), null, null, "", 0.7, status, "", "", Provenance.user(WHEN)),
                sourceAnchor);
    }

    /** The span of {@code needle}'s last occurrence in {@code haystack}, which sits at {@code at} in the text. */
    private static Span lastSpan(String haystack, String needle, Span at) {
        int i = haystack.lastIndexOf(needle);
        return new Span(at.start() + i, at.start() + i + needle.length());
    }

    private static Analysis without(Analysis a, String... texts) {
        List<String> gone = List.of(texts);
        List<EntityMention> kept = a.entities().stream().filter(m -> !gone.contains(m.text())).toList();
        List<String> ids = kept.stream().map(EntityMention::id).toList();
        List<EntityCluster> clusters = new ArrayList<>();
        for (EntityCluster c : a.clusters()) {
            List<String> members = c.mentionIds().stream().filter(ids::contains).toList();
            if (!members.isEmpty()) {
                clusters.add(new EntityCluster(c.id(), c.name(), c.type(), members));
            }
        }
        return new Analysis(a.pipelineVersion(), kept, clusters, a.quotes(), a.facts(), a.notes());
    }

    // ---- drawing what the reader sees -------------------------------------------------------------------------

    /**
     * Each name: its text, type, entity (its name; its type too when it differs from the name's; its id when the
     * overlay made it) and a {@code u} when it is the reader's.
     */
    private static String names(Analysis a) {
        Map<String, EntityCluster> clusters = a.clusters().stream()
                .collect(Collectors.toMap(EntityCluster::id, Function.identity()));
        return a.entities().stream().map(m -> {
            EntityCluster c = clusters.get(m.clusterId());
            String entity = c == null ? "none" : c.name() + (c.type() != m.type() ? " " + c.type() : "")
                    + (madeHere(c) ? " " + c.id() : "");
            return m.text() + " " + m.type() + " [" + entity + "]"
                    + (m.provenance().origin() == Provenance.Origin.USER ? " u" : "");
        }).collect(Collectors.joining(" | "));
    }

    /** An entity the overlay made rather than the engine: a split's, a lone name's of the reader's, an import's. */
    private static boolean madeHere(EntityCluster c) {
        return c.id().startsWith("cs") || c.id().startsWith("cu-") || c.id().startsWith("ci");
    }

    private static String quotes(Analysis a) {
        Map<String, String> names = a.clusters().stream()
                .collect(Collectors.toMap(EntityCluster::id, EntityCluster::name));
        return a.quotes().stream().map(q -> (q.speakerId() == null ? "no speaker" : names.get(q.speakerId()))
                + (q.provenance().origin() == Provenance.Origin.USER ? " (" + q.kind().id() + ", u)" : ""))
                .collect(Collectors.joining(" | "));
    }

    private static String facts(Analysis a) {
        Map<String, String> names = a.clusters().stream()
                .collect(Collectors.toMap(EntityCluster::id, EntityCluster::name));
        return a.facts().stream().map(f -> f.status().id() + ", "
                + (f.sourceId() == null ? "no source" : names.get(f.sourceId()))
                + (f.provenance().origin() == Provenance.Origin.USER ? ", u" : ""))
                .collect(Collectors.joining(" | "));
    }
}

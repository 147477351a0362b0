package org.lector.ui.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Span;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.reader.ReaderViewModel;

/** The inspect card without a screen: which name it finds, what it says, what it sends, how it follows the name. */
class MentionCardViewModelTest {

    private static final String TEXT = "President Emmanuel Macron met Keir Starmer. Macron spoke; Starmer listened.\n";

    private final ReaderViewModel reader = new ReaderViewModel(BackgroundTasks.sameThread());
    private final List<String> sent = new ArrayList<>();
    private Analysis engine;
    private final MentionCardViewModel card = new MentionCardViewModel(reader, new MentionEdits() {
        @Override
        public void retype(Span mention, EntityType type) {
            sent.add("retype " + mention + " " + type);
        }

        @Override
        public void reject(Span mention) {
            sent.add("reject " + mention);
        }

        @Override
        public void respan(Span mention, Span to) {
            sent.add("respan " + mention + " " + to);
        }

        @Override
        public void link(Span mention, Span into) {
            sent.add("link " + mention + " " + into);
        }

        @Override
        public void merge(Span kept, Span absorbed) {
            sent.add("merge " + kept + " " + absorbed);
        }

        @Override
        public void split(Span mention) {
            sent.add("split " + mention);
        }

        @Override
        public void addNote(Span passage) {
            sent.add("note " + passage);
        }

        @Override
        public void undo() {
            sent.add("undo");
        }

        @Override
        public void redo() {
            sent.add("redo");
        }

        @Override
        public Analysis engineAnalysis() {
            return engine;
        }
    });

    private static Span span(String words, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = TEXT.indexOf(words, at + 1);
        }
        return new Span(at, at + words.length());
    }

    private static EntityMention name(String id, Span s, EntityType type, String cluster, Provenance p) {
        return new EntityMention(id, s, s.of(TEXT), type, "", MentionForm.NAME, cluster, p);
    }

    private static Analysis analysis(EntityMention... ms) {
        List<EntityCluster> clusters = new ArrayList<>();
        for (EntityMention m : ms) {
            if (m.clusterId() != null && clusters.stream().noneMatch(c -> c.id().equals(m.clusterId()))) {
                List<String> ids = List.of(ms).stream().filter(x -> m.clusterId().equals(x.clusterId()))
                        .map(EntityMention::id).toList();
                clusters.add(new EntityCluster(m.clusterId(), m.text(), m.type(), ids));
            }
        }
        return new Analysis("test", List.of(ms), clusters, List.of(), List.of(), List.of());
    }

    private static final Provenance AUTO = Provenance.auto("test", 0.9);

    private final EntityMention title = name("m1", span("President", 0), EntityType.TITLE, "c1", AUTO);
    private final EntityMention emmanuel = name("m2", span("Emmanuel Macron", 0), EntityType.PERSON, "c2", AUTO);
    private final EntityMention macron = name("m3", span("Macron", 0), EntityType.PERSON, "c2", AUTO);
    private final EntityMention starmer = name("m4", span("Keir Starmer", 0), EntityType.PERSON, "c3", AUTO);
    private final EntityMention macron2 = name("m5", span("Macron", 1), EntityType.PERSON, "c2", AUTO);
    private final EntityMention starmer2 = name("m6", span("Starmer", 1), EntityType.PERSON, "c3", AUTO);

    @BeforeEach
    void show() {
        reader.documentProperty().set(new Document("Summit", TEXT, "t.txt", DocumentFormat.TEXT, "UTF-8", "0",
                null));
        engine = analysis(title, emmanuel, macron, starmer, macron2, starmer2);
        reader.analysisProperty().set(engine);
    }

    @Test
    void aClickFindsTheShortestNameThereAndNoneOfAHiddenType() {
        int inMacron = span("Macron", 0).start() + 2;
        assertThat(card.highlightedAt(inMacron, false)).isEqualTo(macron);
        assertThat(card.highlightedAt(span("President", 0).start(), false)).isEqualTo(title);
        assertThat(card.highlightedAt(span(" met", 0).start() + 2, false)).isNull();

        reader.hiddenTypes().add(EntityType.PERSON);
        assertThat(card.highlightedAt(inMacron, false)).isNull();
    }

    @Test
    void atTheCaretTheEndOfANameCountsToo() {
        int end = span("Keir Starmer", 0).end();
        assertThat(card.highlightedAt(end, false)).isNull();
        assertThat(card.highlightedAt(end, true)).isEqualTo(starmer);
    }

    @Test
    void theCardSaysTheEntityWithItsSizeAndWhoMadeTheName() {
        card.open(macron2);

        MentionFacts facts = card.facts();
        assertThat(facts.cluster().id()).isEqualTo("c2");
        assertThat(facts.mentionCount()).isEqualTo("3 mentions");
        assertThat(facts.origin()).startsWith("Found by the engine");
        assertThat(card.canSplit()).isTrue();
        assertThat(card.entityName()).isEqualTo("\u201cEmmanuel Macron\u201d");
    }

    @Test
    void theReadersNameTheEngineAlsoFoundIsCheckedNotAdded() {
        EntityMention mine = name("u-1", span("Keir Starmer", 0), EntityType.ORGANIZATION, "c3",
                Provenance.user(Instant.EPOCH));
        reader.analysisProperty().set(analysis(title, emmanuel, macron, mine, macron2, starmer2));
        card.open(mine);
        assertThat(card.facts().origin()).startsWith("Checked by you");

        EntityMention added = name("u-2", span("spoke", 0), EntityType.MISC, null, Provenance.user(null));
        reader.analysisProperty().set(analysis(title, emmanuel, macron, mine, macron2, added, starmer2));
        card.open(added);
        assertThat(card.facts().origin()).isEqualTo("Added by you");
        assertThat(card.canSplit()).isFalse();
        assertThat(card.canMerge()).isFalse();
        assertThat(card.canLink()).isTrue();
    }

    @Test
    void theEntitiesToPickAreTheOthersMostMentionedFirstEachWithANameToPointAt() {
        card.open(starmer);

        assertThat(card.choices()).extracting(c -> c.cluster().id() + " x" + c.mentions() + " at " + c.anchor())
                .containsExactly("c2 x3 at " + span("Emmanuel Macron", 0), "c1 x1 at " + span("President", 0));
    }

    @Test
    void linkingSendsTheNameAndTheEntitysAnchorAndGoesBackToTheName() {
        card.open(macron2);
        card.pick(MentionCardViewModel.Mode.LINK);
        MentionCardViewModel.Choice starmers = card.choices().stream()
                .filter(c -> c.cluster().id().equals("c3")).findFirst().orElseThrow();

        card.choose(starmers);

        assertThat(sent).containsExactly("link " + macron2.span() + " " + starmer.span());
        assertThat(card.mode()).isEqualTo(MentionCardViewModel.Mode.MAIN);
    }

    @Test
    void boundaryStepsMoveTheCardAheadOfTheAnalysisWhichItFollowsOnceItsEditsCameBack() {
        card.open(macron);
        card.step(Boundaries::startLeft);
        card.step(Boundaries::startLeft);
        Span emmanuelMacron = span("Emmanuel Macron", 0);
        Span widened = new Span(0, emmanuelMacron.end());
        assertThat(card.span()).isEqualTo(widened);
        assertThat(sent).containsExactly("respan " + macron.span() + " " + emmanuelMacron,
                "respan " + emmanuelMacron + " " + widened);

        // The first step's analysis comes back: the card waits for the second's, keeping its own idea of the name.
        EntityMention first = name("u-1", emmanuelMacron, EntityType.PERSON, "c2", Provenance.user(null));
        reader.analysisProperty().set(analysis(starmer, first, macron2, starmer2));
        assertThat(card.follow()).isEqualTo(MentionCardViewModel.Follow.WAITING);
        assertThat(card.span()).isEqualTo(widened);
        // The second's comes back: the reader's name over "President Emmanuel Macron".
        EntityMention second = name("u-1", widened, EntityType.PERSON, "c2", Provenance.user(null));
        reader.analysisProperty().set(analysis(second, starmer, macron2, starmer2));
        assertThat(card.follow()).isEqualTo(MentionCardViewModel.Follow.FOUND);
        assertThat(card.mention()).isEqualTo(second);
    }

    @Test
    void aNameWhoseSpanChangedIsFollowedWhereItOverlapsMostAndOneThatWentClosesTheCard() {
        card.open(starmer);
        EntityMention shorter = name("u-1", span("Starmer", 0), EntityType.PERSON, "c3", Provenance.user(null));
        reader.analysisProperty().set(analysis(title, emmanuel, macron, shorter, macron2, starmer2));
        assertThat(card.follow()).isEqualTo(MentionCardViewModel.Follow.FOUND);
        assertThat(card.span()).isEqualTo(shorter.span());

        reader.analysisProperty().set(analysis(title, emmanuel, macron, macron2, starmer2));
        assertThat(card.follow()).isEqualTo(MentionCardViewModel.Follow.GONE);
    }

    @Test
    void retypingToTheSameTypeSendsNothingAndRejectSendsTheSpan() {
        card.open(starmer);
        card.retype(EntityType.PERSON);
        card.retype(EntityType.ORGANIZATION);
        card.reject();

        assertThat(sent).containsExactly("retype " + starmer.span() + " ORGANIZATION", "reject " + starmer.span());
    }

    @Test
    void theSelectionBecomesTheNameOnlyWhenItDiffers() {
        card.open(macron);
        assertThat(card.useSelection(macron.span())).isFalse();
        assertThat(card.useSelection(null)).isFalse();
        Span words = span("Emmanuel Macron", 0);
        assertThat(card.useSelection(words)).isTrue();
        assertThat(sent).containsExactly("respan " + macron.span() + " " + words);
    }
}

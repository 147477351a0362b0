package org.lector.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.model.Analysis;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.NamedEntity;
import org.lector.model.Provenance;
import org.lector.model.Span;

class DigestTest {

    private static final String TEXT = "Democratic presidential candidate Jane Holt spoke. The former Maryland governor "
            + "said Holt would win. Her rival Sam Ruiz and the Acme Party disagreed. He left.";

    private final List<EntityMention> mentions = new ArrayList<>();

    private EntityMention mention(String text, int from, EntityType type, MentionForm form, String cluster) {
        int start = TEXT.indexOf(text, from);
        EntityMention m = new EntityMention("m" + mentions.size(), new Span(start, start + text.length()), text, type,
                "", form, cluster, Provenance.auto("test", 0.9));
        mentions.add(m);
        return m;
    }

    @Test
    void anArticleContributesItsNamedPeopleAndOrganisationsWithTheirNamesAndRoles() {
        mention("Democratic", 0, EntityType.GROUP, MentionForm.NAME, null);
        mention("candidate", 0, EntityType.TITLE, MentionForm.NAME, null);
        EntityMention jane = mention("Jane Holt", 0, EntityType.PERSON, MentionForm.NAME, "c1");
        mention("Maryland", 0, EntityType.PLACE, MentionForm.NAME, null);
        EntityMention governor = mention("The former Maryland governor", 0, EntityType.PERSON, MentionForm.NOMINAL,
                "c1");
        EntityMention holt = mention("Holt", 60, EntityType.PERSON, MentionForm.NAME, "c1");
        EntityMention her = mention("Her", 0, EntityType.PERSON, MentionForm.PRONOUN, "c1");
        EntityMention sam = mention("Sam Ruiz", 0, EntityType.PERSON, MentionForm.NAME, "c2");
        EntityMention acme = mention("Acme Party", 0, EntityType.ORGANIZATION, MentionForm.NAME, "c3");
        EntityMention he = mention("He", 140, EntityType.PERSON, MentionForm.PRONOUN, "c4");
        List<EntityCluster> clusters = List.of(
                new EntityCluster("c1", "Jane Holt", EntityType.PERSON,
                        List.of(jane.id(), governor.id(), holt.id(), her.id())),
                new EntityCluster("c2", "Sam Ruiz", EntityType.PERSON, List.of(sam.id())),
                new EntityCluster("c3", "Acme Party", EntityType.ORGANIZATION, List.of(acme.id())),
                new EntityCluster("c4", "He", EntityType.PERSON, List.of(he.id())));
        mentions.sort(java.util.Comparator.comparing(EntityMention::span));

        Digest d = Digest.of(7, TEXT, new Analysis("test", mentions, clusters, List.of(), List.of(), List.of()));

        assertThat(d.entities()).extracting(NamedEntity::clusterId).containsExactly("c1", "c2", "c3");
        NamedEntity holtEntity = d.entities().get(0);
        assertThat(holtEntity.documentId()).isEqualTo(7);
        assertThat(holtEntity.variants()).containsExactly("Jane Holt", "Holt");
        assertThat(holtEntity.roles()).containsExactly("Democratic presidential candidate",
                "former Maryland governor");
        assertThat(holtEntity.mentions()).isEqualTo(4);
        assertThat(holtEntity.firstOffset()).isEqualTo(jane.span().start());
    }

    private static NamedEntity named(String cluster, String name, String... variants) {
        return new NamedEntity(3, cluster, EntityType.PERSON, name, List.of(variants), List.of(), 1, 0);
    }

    @Test
    void aNameGluedToAHeadlinesWordsIsCutToTheNameTheArticleGivesElsewhere() {
        List<NamedEntity> unglued = Digest.ungluedNames(List.of(
                named("c1", "Jane Holt Slams Acme Board", "Jane Holt Slams Acme Board", "Holt"),
                named("c2", "Ferry Strike Sam Ruiz", "Ferry Strike Sam Ruiz"),
                named("c3", "Sam Ruiz", "Sam Ruiz"),
                named("c4", "Lena Park of Harbour Watch", "Lena Park of Harbour Watch"),
                named("c5", "Tom Vale With Ada Moss", "Tom Vale With Ada Moss")));

        assertThat(unglued).extracting(NamedEntity::name).containsExactly("Jane Holt", "Sam Ruiz", "Sam Ruiz",
                "Lena Park", "Tom Vale");
        assertThat(unglued.get(0).variants()).as("what the article wrote is kept as written")
                .contains("Jane Holt Slams Acme Board");
    }

    @Test
    void aLongNameTheArticleGivesNoReasonToCutStaysWhole() {
        List<NamedEntity> kept = Digest.ungluedNames(List.of(
                named("c1", "Hillary Rodham Clinton", "Hillary Rodham Clinton", "Clinton"),
                named("c2", "Mary Ann Evans", "Mary Ann Evans", "Evans"),
                named("c3", "Martin Luther King", "Martin Luther King")));

        assertThat(kept).extracting(NamedEntity::name).containsExactly("Hillary Rodham Clinton", "Mary Ann Evans",
                "Martin Luther King");
    }
}

package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.model.EntityCluster;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;

/** Person names grouped into entities, on hand-made mentions (no models needed). */
class ClustererTest {

    private static final TextLayer NO_TEXT = new TextLayer(List.of(), List.of(), List.of());

    private static List<Mention> people(String... names) {
        List<Mention> out = new ArrayList<>();
        int at = 0;
        int token = 0;
        for (String name : names) {
            int words = name.split(" ").length;
            out.add(new Mention(at, at + name.length(), name, EntityType.PERSON, "PERSON", MentionForm.NAME, token,
                    token + words, "", 0.9));
            at += name.length() + 10;
            token += words + 3;
        }
        return out;
    }

    private static EntityCluster clusterOf(Clusterer.Result result, int mention) {
        String id = result.clusterOfMention()[mention];
        return result.clusters().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aSurnameJoinsTheFullNameWhichNamesTheEntity() {
        Clusterer.Result r = Clusterer.cluster(people("Emmanuel Macron", "Donald Trump", "Macron", "Trump"), NO_TEXT);
        assertThat(r.clusters()).extracting(EntityCluster::name).containsExactly("Emmanuel Macron", "Donald Trump");
        assertThat(clusterOf(r, 2).name()).isEqualTo("Emmanuel Macron");
        assertThat(clusterOf(r, 3).name()).isEqualTo("Donald Trump");
    }

    @Test
    void twoNamesRunTogetherByTheRecognizerDoNotPullInTheSecondPersonsMentions() {
        // "Natásha Pierre": the recognizer ran two people together. The Pierre the text has been calling "Pierre"
        // keeps his later mentions; before, the most recent entity holding the word took them.
        Clusterer.Result r = Clusterer.cluster(people("Pierre", "Natásha", "Pierre", "Natásha Pierre", "Pierre",
                "Natásha"), NO_TEXT);
        assertThat(clusterOf(r, 4)).isEqualTo(clusterOf(r, 0));
        assertThat(clusterOf(r, 5)).isEqualTo(clusterOf(r, 1));
        assertThat(clusterOf(r, 0).name()).isEqualTo("Pierre");
    }
}

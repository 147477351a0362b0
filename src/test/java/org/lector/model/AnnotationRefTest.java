package org.lector.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Whose an annotation is comes from its provenance, whatever its id looks like. */
class AnnotationRefTest {

    private static final Span SPAN = new Span(0, 5);

    private static EntityMention mention(String id, Provenance provenance) {
        return new EntityMention(id, SPAN, "Paris", EntityType.PLACE, "", MentionForm.NAME, null, provenance);
    }

    @Test
    void anEngineMentionIsTheEnginesEvenWithAnIdThatLooksLikeTheReaders() {
        assertThat(AnnotationRef.of(mention("u-7", Provenance.auto("p1", 0.9))).isUser()).isFalse();
    }

    @Test
    void theReadersMentionIsTheirsWhateverItsId() {
        assertThat(AnnotationRef.of(mention("T1", Provenance.user(Instant.EPOCH))).isUser()).isTrue();
    }

    @Test
    void aDictionaryMentionIsNotTheReadersRecordOfThisArticle() {
        assertThat(AnnotationRef.of(mention("dict-1", Provenance.dictionary(Instant.EPOCH))).isUser()).isFalse();
    }

    @Test
    void notesAreAlwaysTheReaders() {
        assertThat(AnnotationRef.of(new Note("n1", null, "check", Instant.EPOCH, Instant.EPOCH)).isUser()).isTrue();
    }
}

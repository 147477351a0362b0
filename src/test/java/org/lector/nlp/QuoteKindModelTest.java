package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quote-kind model's resource: shipped, one weight per feature, and a probability the features move. */
class QuoteKindModelTest {

    @Test
    void theShippedModelHasAWeightForEveryFeature() {
        assertThat(QuoteKindModel.available()).isTrue();
    }

    @Test
    void aWholeSentenceOpeningItsParagraphIsLikelierSpeechThanAOneWordTermAfterAnArticle() {
        double[] sentence = new double[QuoteKindModel.NAMES.size()];
        double[] term = new double[QuoteKindModel.NAMES.size()];
        set(sentence, "bias", "how_none", "via_continue", "words_7_15", "speech", "punct_inside", "opens",
                "starts_paragraph", "first_upper", "first_person", "verb_inside", "speaker_same_paragraph");
        set(term, "bias", "rule_scare", "how_none", "via_none", "words_1", "prev_article", "next_noun",
                "no_candidate");
        assertThat(QuoteKindModel.probability(sentence)).isGreaterThan(0.8);
        assertThat(QuoteKindModel.probability(term)).isLessThan(QuoteKindModel.probability(sentence));
    }

    private static void set(double[] x, String... names) {
        for (String n : names) {
            int i = QuoteKindModel.NAMES.indexOf(n);
            assertThat(i).as(n).isGreaterThanOrEqualTo(0);
            x[i] = 1;
        }
    }
}

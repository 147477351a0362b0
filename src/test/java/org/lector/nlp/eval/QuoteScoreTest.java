package org.lector.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The PolNeAR measures of score.py, on a text written for the test. */
class QuoteScoreTest {

    private static final String TEXT = "\"The harbour stays open,\" said Peter Vance. She said the plan was \"late.\" "
            + "The \"grand bargain\" failed.";

    private static int at(String s) {
        return TEXT.indexOf(s);
    }

    private static QuoteScore.Gold gold(String content, boolean marks, String speaker) {
        return new QuoteScore.Gold(List.of(new int[] {at(content), at(content) + content.length()}), marks, speaker);
    }

    @Test
    void countsQuotedPartsSpeakersAndScareQuotesAsTheScorerDoes() {
        List<QuoteScore.Gold> gold = List.of(
                gold("\"The harbour stays open,\"", true, "Peter Vance"),
                gold("the plan was \"late.\"", true, "She"));
        String first = "\"The harbour stays open,\"";
        String late = "\"late.\"";
        String bargain = "\"grand bargain\"";
        List<QuoteScore.Predicted> predicted = List.of(
                new QuoteScore.Predicted(at(first), at(first) + first.length(), false, "Mr. Vance"),
                new QuoteScore.Predicted(at(late), at(late) + late.length(), false, "Ann Lee"),
                new QuoteScore.Predicted(at(bargain), at(bargain) + bargain.length(), true, null));
        QuoteScore s = new QuoteScore();
        s.add(TEXT, gold, predicted);
        assertThat(s.goldQuotes()).isEqualTo(2);
        assertThat(s.quotedPartRecall()).isEqualTo(1.0); // both quoted parts covered
        assertThat(s.precision()).isEqualTo(1.0);
        // The partial quote covers "late." only, under half of its attribution's content: not found as a whole.
        assertThat(s.contentFound()).isEqualTo(1);
        assertThat(s.named()).isEqualTo(1); // "She" names nobody
        assertThat(s.namedSpeakerAccuracy()).isEqualTo(1.0); // "Mr. Vance" shares "vance" with "Peter Vance"
        assertThat(s.anySpeakerShare()).isEqualTo(1.0);
        assertThat(s.scare()).isEqualTo(1);
        assertThat(s.scareOnGold()).isZero();
        assertThat(s.quotedPartF1()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void goldSpeakerNamesSkipTitlesPronounsAndPossessives() {
        assertThat(QuoteScore.nameTokens("Sen. Ted Cruz, R-Texas,", true)).containsExactlyInAnyOrder("ted", "cruz",
                "r-texas");
        assertThat(QuoteScore.nameTokens("Brazile's colleague", true)).isEmpty();
        assertThat(QuoteScore.nameTokens("he", true)).isEmpty();
        assertThat(QuoteScore.nameTokens("the campaign", false)).containsExactlyInAnyOrder("the", "campaign");
    }
}

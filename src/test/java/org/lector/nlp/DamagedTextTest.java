package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;

/**
 * Repairs for damaged text and the clause split of facts, on hand-made tokens (the gazetteers come from the slim
 * models on the test classpath; no CoreNLP pipeline is loaded).
 */
class DamagedTextTest {

    /** Tokens of {@code text} split on spaces, with the given POS tags, one sentence. */
    private static List<TextLayer.Tok> tokens(String text, String... pos) {
        List<TextLayer.Tok> toks = new ArrayList<>();
        int at = 0;
        for (String word : text.split(" ")) {
            int start = text.indexOf(word, at);
            toks.add(new TextLayer.Tok(toks.size(), 0, start, start + word.length(), word, pos[toks.size()],
                    word.toLowerCase(), "O"));
            at = start + word.length();
        }
        return toks;
    }

    private static Mention name(List<TextLayer.Tok> toks, int token, EntityType type, String tag) {
        TextLayer.Tok t = toks.get(token);
        return new Mention(t.start(), t.end(), t.word(), type, tag, MentionForm.NAME, token, token + 1, "", 0.9);
    }

    @Test
    void aPlaceGluedToTheNextWordAfterANameIsJoinedWithIt() {
        String text = "talks in Saudi Arabiaover a truce";
        List<TextLayer.Tok> toks = tokens(text, "NNS", "IN", "NNP", "NNP", "DT", "NN");
        List<Mention> out = MentionFinder.gluedPlaces(text, List.of(name(toks, 2, EntityType.GROUP, "NATIONALITY")),
                toks);
        assertThat(out).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Saudi Arabia");
            assertThat(m.type()).isEqualTo(EntityType.PLACE);
            assertThat(m.end() - m.start()).isEqualTo("Saudi Arabia".length());
        });
    }

    @Test
    void aPlaceGluedToTheNextWordAloneIsFoundButOrdinaryNamesAreLeftAlone() {
        String text = "Turkeywill send troops to Andover and Hannover with Pakistanis";
        List<TextLayer.Tok> toks = tokens(text, "NNP", "VB", "NNS", "TO", "NNP", "CC", "NNP", "IN", "NNPS");
        List<Mention> out = MentionFinder.gluedPlaces(text, List.of(), toks);
        assertThat(out).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Turkey");
            assertThat(m.subtype()).isEqualTo("COUNTRY");
        });
    }

    @Test
    void aSentenceWithTwoActorsInTwoClausesMakesTwoClaims() {
        String text = "Kyiv has confirmed talks , while Moscow has set conditions .";
        List<TextLayer.Tok> toks = tokens(text, "NNP", "VBZ", "VBN", "NNS", ",", "IN", "NNP", "VBZ", "VBN", "NNS",
                ".");
        TextLayer.Sent s = new TextLayer.Sent(0, 0, text.length(), 0, toks.size());
        List<TextLayer.Sent> clauses = FactFinder.clauses(toks, s, 0);
        assertThat(clauses).extracting(c -> text.substring(c.start(), c.end()))
                .containsExactly("Kyiv has confirmed talks", "Moscow has set conditions .");
    }

    @Test
    void aClauseWithoutASubjectOfItsOwnStaysWithItsSentence() {
        String text = "He urged Moscow to stop , while accusing the Kremlin .";
        List<TextLayer.Tok> toks = tokens(text, "PRP", "VBD", "NNP", "TO", "VB", ",", "IN", "VBG", "DT", "NNP", ".");
        TextLayer.Sent s = new TextLayer.Sent(0, 0, text.length(), 0, toks.size());
        assertThat(FactFinder.clauses(toks, s, 0)).singleElement()
                .satisfies(c -> assertThat(c.end()).isEqualTo(text.length()));
    }
}

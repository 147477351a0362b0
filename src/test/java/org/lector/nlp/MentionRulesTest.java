package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;

/** Lector's span repairs over CoreNLP's names, on hand-made mentions (no models needed). */
class MentionRulesTest {

    private static Mention name(String text, String within, EntityType type, String subtype, int firstToken,
                                int endToken) {
        int start = within.indexOf(text);
        return new Mention(start, start + text.length(), text, type, subtype, MentionForm.NAME, firstToken, endToken,
                "", 0.9);
    }

    @Test
    void theNumeralOfAHeadingIsNotAName() {
        String text = "CHAPTER VIII\n\nPart IV: Moscow\n\nXII\n\nHenry VIII wrote to the King of Spain.\nIV.";
        assertThat(numbersAHeading(text, "VIII")).isTrue();
        assertThat(numbersAHeading(text, "IV:")).isTrue();
        assertThat(numbersAHeading(text, "XII")).isTrue();
        assertThat(numbersAHeading(text, "IV.")).isTrue();
        assertThat(numbersAHeading(text, "Henry VIII")).isFalse();
        assertThat(MentionFinder.numbersAHeading(text, text.length() - 3, text.length())).isTrue(); // "IV."
        String inProse = "Then VIII arrived, and CHAPTER XIV Books followed.\nMILD\n";
        assertThat(numbersAHeading(inProse, "VIII")).isFalse();
        assertThat(numbersAHeading(inProse, "XIV")).isFalse();
        assertThat(numbersAHeading(inProse, "MILD")).isFalse();
    }

    /** The first occurrence of {@code what} (a trailing "." or ":" is context, not part of the mention). */
    private static boolean numbersAHeading(String text, String what) {
        int start = text.indexOf(what);
        String name = what.replaceAll("[.:]$", "");
        return MentionFinder.numbersAHeading(text, start, start + name.length());
    }

    @Test
    void placeNameCutWhereFineTagsChangeIsJoined() {
        String text = "They flew to Mexico City on Monday.";
        List<Mention> ms = List.of(name("Mexico", text, EntityType.PLACE, "COUNTRY", 3, 4),
                name("City", text, EntityType.PLACE, "LOCATION", 4, 5));
        List<Mention> out = MentionFinder.joinSplitPlaces(text, ms);
        assertThat(out).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Mexico City");
            assertThat(m.subtype()).isEqualTo("LOCATION");
            assertThat(m.endToken()).isEqualTo(5);
        });
    }

    @Test
    void placesSeparatedByACommaStayApart() {
        String text = "in Paris, France today";
        List<Mention> ms = List.of(name("Paris", text, EntityType.PLACE, "CITY", 1, 2),
                name("France", text, EntityType.PLACE, "COUNTRY", 3, 4));
        assertThat(MentionFinder.joinSplitPlaces(text, ms)).hasSize(2);
    }

    @Test
    void placeAndOrganizationSideBySideStayApart() {
        String text = "the US Senate voted";
        List<Mention> ms = List.of(name("US", text, EntityType.PLACE, "COUNTRY", 1, 2),
                name("Senate", text, EntityType.ORGANIZATION, "ORGANIZATION", 2, 3));
        assertThat(MentionFinder.joinSplitPlaces(text, ms)).hasSize(2);
    }

    @Test
    void initialismAtSentenceEndGetsItsLastPeriodBack() {
        String text = "She moved to the U.S. Then she left.";
        Mention us = new Mention(17, 20, "U.S", EntityType.PLACE, "COUNTRY", MentionForm.NAME, 4, 5, "", 0.9);
        assertThat(MentionFinder.completeAbbreviations(text, List.of(us))).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("U.S.").isEqualTo(text.substring(m.start(), m.end())));
    }

    @Test
    void ordinaryNameBeforeFullStopKeepsItsSpan() {
        String text = "She moved to Paris.";
        Mention paris = name("Paris", text, EntityType.PLACE, "CITY", 3, 4);
        assertThat(MentionFinder.completeAbbreviations(text, List.of(paris))).containsExactly(paris);
    }

    /** Tokens of {@code words} separated by single spaces, with their part-of-speech tags. */
    private static List<TextLayer.Tok> tokens(String[] words, String[] tags) {
        List<TextLayer.Tok> out = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            out.add(new TextLayer.Tok(i, 0, at, at + words[i].length(), words[i], tags[i], words[i].toLowerCase(), "O"));
            at += words[i].length() + 1;
        }
        return out;
    }

    @Test
    void theTitleBeforeNoNameIsAPersonButAToolsNameIsNot() {
        String person = "the president arrived late";
        List<TextLayer.Tok> toks = tokens(person.split(" "), new String[] {"DT", "NN", "VBD", "RB"});
        List<Mention> out = MentionFinder.addNominals(person,
                List.of(name("president", person, EntityType.TITLE, "TITLE", 1, 2)), toks);
        assertThat(out).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("the president");
            assertThat(m.type()).isEqualTo(EntityType.PERSON);
            assertThat(m.form()).isEqualTo(MentionForm.NOMINAL);
        });
        for (String thing : new String[] {"tanker", "scanner", "loader"}) {
            String text = "the " + thing + " arrived late";
            List<Mention> alone = MentionFinder.addNominals(text,
                    List.of(name(thing, text, EntityType.TITLE, "TITLE", 1, 2)), tokens(text.split(" "),
                            new String[] {"DT", "NN", "VBD", "RB"}));
            assertThat(alone).as(text).noneMatch(m -> m.type() == EntityType.PERSON);
        }
    }
}

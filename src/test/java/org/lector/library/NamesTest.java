package org.lector.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void titlesPossessivesMiddleNamesAndCaseDoNotChangeWhoAPersonIs() {
        assertThat(Names.personKey("Emmanuel Macron")).isEqualTo("emmanuel macron");
        assertThat(Names.personKey("President Emmanuel Macron")).isEqualTo("emmanuel macron");
        assertThat(Names.personKey("President Macron")).isEqualTo("macron");
        assertThat(Names.personKey("Macron’s")).isEqualTo("macron");
        assertThat(Names.personKey("Hillary Rodham Clinton")).isEqualTo("hillary clinton");
        assertThat(Names.personKey("Donald J. Trump")).isEqualTo("donald trump");
        assertThat(Names.personKey("Martin Luther King Jr.")).isEqualTo("martin king");
        assertThat(Names.personKey("Mr. O’Malley")).isEqualTo("o'malley");
        assertThat(Names.personKey("Zelenskyy")).isEqualTo("zelenskyy");
    }

    @Test
    void accentsAreFoldedSoAnAccentlessSpellingIsTheSamePerson() {
        assertThat(Names.personKey("François Hollande")).isEqualTo(Names.personKey("Francois Hollande"));
    }

    @Test
    void aTitleAloneIsNobody() {
        assertThat(Names.personKey("President")).isEmpty();
        assertThat(Names.personKey("  ")).isEmpty();
    }

    @Test
    void organisationsLoseTheirArticleAndLegalForm() {
        assertThat(Names.organisationKey("The White House")).isEqualTo("white house");
        assertThat(Names.organisationKey("White House")).isEqualTo("white house");
        assertThat(Names.organisationKey("Apple Inc.")).isEqualTo("apple");
        assertThat(Names.organisationKey("U.S. Senate")).isEqualTo("us senate");
        assertThat(Names.acronym("federal bureau of investigation")).isEqualTo("fbi");
        assertThat(Names.acronym("nato")).isEmpty();
    }
}

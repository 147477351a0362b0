package org.lector.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an entity is called: its fullest name, unless that name is a slip written once among hundreds. */
class EntityNamesTest {

    @Test
    void anArticleNamesAPersonInFullOnceAndThatIsTheName() {
        assertThat(EntityNames.choose(List.of("Emmanuel Macron", "Macron", "Macron's", "Macron", "Macron"), null))
                .isEqualTo("Emmanuel Macron");
    }

    @Test
    void aNameWrittenOnceAmongHundredsDoesNotNameTheEntity() {
        List<String> names = new ArrayList<>(Collections.nCopies(300, "God"));
        names.add("Karatáev God");
        assertThat(EntityNames.choose(names, null)).isEqualTo("God");
        names.addAll(Collections.nCopies(10, "Almighty God"));
        assertThat(EntityNames.choose(names, null)).isEqualTo("Almighty God");
    }

    @Test
    void theCurrentNameStaysWhileItIsOneOfTheFullest() {
        List<String> names = List.of("Nick Rostóv", "Natásha Rostóva", "Rostóv");
        assertThat(EntityNames.choose(names, "Nick Rostóv")).isEqualTo("Nick Rostóv");
        assertThat(EntityNames.choose(names, null)).isEqualTo("Natásha Rostóva");
        assertThat(EntityNames.choose(List.of(), "the president")).isEqualTo("the president");
    }

    @Test
    void possessivesAndCaseDoNotMakeAnotherName() {
        assertThat(EntityNames.choose(List.of("NATO", "Nato's", "NATO’s"), null)).isEqualTo("NATO");
        assertThat(EntityNames.stripPossessive("Macron’s ")).isEqualTo("Macron");
        assertThat(EntityNames.stripPossessive("the Joneses'")).isEqualTo("the Joneses");
    }

    @Test
    void aNameBrokenOverTwoLinesIsOneName() {
        List<String> names = new ArrayList<>(Collections.nCopies(128, "Andrew"));
        names.add("Andrew\nBolkónski");
        names.add("Andrew Bolkónski");
        names.addAll(Collections.nCopies(11, "Bolkónski"));
        assertThat(EntityNames.choose(names, null)).isEqualTo("Andrew Bolkónski");
        assertThat(EntityNames.clean(" Anna Mikháylovna\n Drubetskáya's")).isEqualTo("Anna Mikháylovna Drubetskáya");
    }

    @Test
    void anEditorsBracketsAreNotPartOfTheName() {
        assertThat(EntityNames.clean("Chris] Christie")).isEqualTo("Chris Christie");
        assertThat(EntityNames.clean("[Hillary] Clinton's")).isEqualTo("Hillary Clinton");
        assertThat(EntityNames.choose(List.of("Chris] Christie", "Christie"), null)).isEqualTo("Chris Christie");
    }

    @Test
    void wordsAreCountedAcrossInitials() {
        assertThat(EntityNames.words("J. K. Rowling")).isEqualTo(3);
        assertThat(EntityNames.words("  ")).isZero();
    }
}

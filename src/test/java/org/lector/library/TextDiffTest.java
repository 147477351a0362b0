package org.lector.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void equalTextsHaveNoChanges() {
        assertThat(TextDiff.between("Same text.", "Same text.")).isEmpty();
    }

    @Test
    void aChangedNumberIsOneChangedPassageWithItsOffsetsInBothTexts() {
        String older = "Russia sent 3,000 troops on Thursday, officials said.";
        String newer = "Russia sent 5,000 troops on Friday, officials said.";

        List<TextChange> changes = TextDiff.between(older, newer);

        assertThat(changes).hasSize(2);
        TextChange first = changes.get(0);
        assertThat(first.kind()).isEqualTo(TextChange.Kind.CHANGED);
        assertThat(first.before()).isEqualTo("3");
        assertThat(first.after()).isEqualTo("5");
        assertThat(newer.substring(first.start(), first.end())).isEqualTo("5");
        assertThat(older.substring(first.oldStart(), first.oldEnd())).isEqualTo("3");
        assertThat(changes.get(1).before()).isEqualTo("Thursday");
        assertThat(changes.get(1).after()).isEqualTo("Friday");
    }

    @Test
    void wordsChangedSideBySideAreOnePassage() {
        List<TextChange> changes = TextDiff.between("The old grey cat sat.", "The young black dog sat.");

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo("old grey cat");
            assertThat(c.after()).isEqualTo("young black dog");
        });
    }

    @Test
    void insertionsAndDeletionsAreNamedSoAndPlacedInTheNewerText() {
        String older = "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.";
        String newer = "First paragraph.\n\nThird paragraph.\n\nA correction was added.";

        List<TextChange> changes = TextDiff.between(older, newer);

        assertThat(changes).extracting(TextChange::kind)
                .containsExactly(TextChange.Kind.DELETED, TextChange.Kind.INSERTED);
        TextChange deleted = changes.get(0);
        assertThat(deleted.start()).isEqualTo(deleted.end());
        assertThat(deleted.before()).contains("Second paragraph.");
        TextChange inserted = changes.get(1);
        assertThat(newer.substring(inserted.start(), inserted.end())).isEqualTo(inserted.after());
        assertThat(inserted.after()).contains("A correction was added.");
    }

    @Test
    void applyingTheChangesToTheOlderTextGivesTheNewerOne() {
        String older = "Alpha beta gamma. Delta epsilon! Zeta, eta theta; iota kappa lambda mu.";
        String newer = "Alpha gamma. Delta epsilon? Zeta, ETA theta; iota kappa lambda mu nu. Xi.";

        List<TextChange> changes = TextDiff.between(older, newer);

        StringBuilder rebuilt = new StringBuilder();
        int at = 0;
        for (TextChange c : changes) {
            rebuilt.append(older, at, c.oldStart()).append(c.after());
            at = c.oldEnd();
        }
        rebuilt.append(older.substring(at));
        assertThat(rebuilt.toString()).isEqualTo(newer);
        for (TextChange c : changes) {
            assertThat(newer.substring(c.start(), c.end())).isEqualTo(c.after());
            assertThat(older.substring(c.oldStart(), c.oldEnd())).isEqualTo(c.before());
        }
    }

    @Test
    void aChangeInsideAWordReplacesTheWholeWord() {
        assertThat(TextDiff.between("The cat sat.", "The car sat.")).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo("cat");
            assertThat(c.after()).isEqualTo("car");
        });
    }
}

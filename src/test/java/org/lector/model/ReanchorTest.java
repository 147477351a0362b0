package org.lector.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReanchorTest {

    private static final String LEDE = "Leaders met in Paris on Thursday to discuss the war.\n\n";
    private static final String MIDDLE = "The minister said the talks had failed completely after midnight.\n\n";
    private static final String END = "Markets fell sharply in Asia on the news.\n";

    private static Span spanOf(String text, String needle) {
        int i = text.indexOf(needle);
        assertThat(i).as("fixture contains %s", needle).isGreaterThanOrEqualTo(0);
        return new Span(i, i + needle.length());
    }

    private static Reanchor.Result move(String oldText, String newText, Span old) {
        return new Reanchor(oldText, newText).locate(AnchorSelector.of(oldText, old), old);
    }

    @Test
    void unchangedTextKeepsThePosition() {
        String text = LEDE + MIDDLE + END;
        Span old = spanOf(text, "the talks");
        Reanchor.Result r = move(text, text, old);
        assertThat(r.method()).isEqualTo(Reanchor.Method.POSITION);
        assertThat(r.span()).isEqualTo(old);
    }

    @Test
    void insertionBeforeShiftsTheAnnotation() {
        // old:  LEDE MIDDLE END           "the talks" at 73
        //             ^ insert "BREAKING. " (10 chars) at 0
        // new:  BREAKING. LEDE MIDDLE END  "the talks" at 83
        String oldText = LEDE + MIDDLE + END;
        String newText = "BREAKING. " + oldText;
        Reanchor.Result r = move(oldText, newText, spanOf(oldText, "the talks"));
        assertThat(r.method()).isEqualTo(Reanchor.Method.POSITION);
        assertThat(r.span()).isEqualTo(spanOf(newText, "the talks"));
    }

    @Test
    void deletionBeforeShiftsTheAnnotation() {
        // old:  [LEDE--------------------][MIDDLE ... "the talks" ...][END]
        // new:                            [MIDDLE ... "the talks" ...][END]   the whole lede is gone
        String oldText = LEDE + MIDDLE + END;
        String newText = MIDDLE + END;
        Reanchor.Result r = move(oldText, newText, spanOf(oldText, "the talks"));
        assertThat(r.span()).isEqualTo(spanOf(newText, "the talks"));
        assertThat(r.isOrphan()).isFalse();
    }

    @Test
    void exactQuoteSearchFindsTheMovedPassageWithoutTheOldText() {
        // old:  LEDE MIDDLE END ; new: END LEDE MIDDLE (paragraphs reordered; no single edit region explains it)
        String oldText = LEDE + MIDDLE + END;
        String newText = END + "\n" + LEDE + MIDDLE;
        Span old = spanOf(oldText, "Paris");
        Reanchor.Result r = Reanchor.locate(newText, AnchorSelector.of(oldText, old), old);
        assertThat(r.method()).isEqualTo(Reanchor.Method.EXACT_QUOTE);
        assertThat(r.span()).isEqualTo(spanOf(newText, "Paris"));
    }

    @Test
    void duplicatedParagraphPicksTheCopyWhoseContextMatches() {
        // old:  A "\n\n" B "\n\n" C            annotation: the last words of B, suffix runs into C
        // new:  A "\n\n" B "\n\n" B "\n\n" C   B pasted twice; copy 1 sits at the old position but is followed
        //                ^copy 1     ^copy 2   by B, copy 2 is followed by C as before: copy 2 is the passage
        String a = "Alpha paragraph opens the story here.";
        String b = "Bravo paragraph quotes the minister on the budget.";
        String c = "Charlie paragraph closes it with markets.";
        String oldText = a + "\n\n" + b + "\n\n" + c;
        String newText = a + "\n\n" + b + "\n\n" + b + "\n\n" + c;
        Span old = spanOf(oldText, "on the budget");
        Reanchor.Result r = Reanchor.locate(newText, AnchorSelector.of(oldText, old), old);
        int copy2 = newText.lastIndexOf("on the budget");
        assertThat(r.span()).isEqualTo(new Span(copy2, copy2 + "on the budget".length()));
        assertThat(r.method()).isEqualTo(Reanchor.Method.EXACT_QUOTE);
    }

    @Test
    void smallEditInsideThePassageIsFoundByFuzzyMatch() {
        // old:  ... said [the talks had failed completely] after midnight.
        // new:  ... said [the talks had failed entirely  ] after midnight.    one word changed inside
        String oldText = LEDE + MIDDLE + END;
        String newText = oldText.replace("failed completely", "failed entirely");
        Reanchor.Result r = move(oldText, newText, spanOf(oldText, "the talks had failed completely"));
        assertThat(r.method()).isEqualTo(Reanchor.Method.FUZZY);
        assertThat(r.span().of(newText)).isEqualTo("the talks had failed entirely");
    }

    @Test
    void editInsideThePassageNeverMovesItOntoALookalikeElsewhere() {
        // old:  LEDE MIDDLE END X                 MIDDLE holds "the talks had failed completely"
        // new:  LEDE MIDDLE' END X                MIDDLE' rewrote the passage, and X (another paragraph with
        //                        ^^^ lookalike    other context) contains the very same words
        String lookalike = "Analysts in Berlin wrote that the talks had failed completely, citing sources.\n";
        String oldText = LEDE + MIDDLE + END + lookalike;
        String newText = LEDE + "The minister said negotiators walked out in anger after midnight.\n\n" + END
                + lookalike;
        Span old = spanOf(oldText, "the talks had failed completely");
        Reanchor.Result r = move(oldText, newText, old);
        assertThat(r.isOrphan()).as("result %s", r).isTrue();
        Reanchor.Result withoutOld = Reanchor.locate(newText, AnchorSelector.of(oldText, old), old);
        assertThat(withoutOld.isOrphan()).as("result %s", withoutOld).isTrue();
    }

    @Test
    void passageThatIsGoneBecomesAnOrphan() {
        // old:  LEDE MIDDLE END ; new: LEDE END    the annotated paragraph was deleted
        String oldText = LEDE + MIDDLE + END;
        String newText = LEDE + END;
        Reanchor.Result r = move(oldText, newText, spanOf(oldText, "the talks had failed"));
        assertThat(r.isOrphan()).isTrue();
        assertThat(r.span()).isNull();
    }

    @Test
    void shortWordWithChangedSurroundingsIsNotMatchedToAnotherOccurrence() {
        // old:  "... he said ..." with prefix/suffix from MIDDLE ; new: MIDDLE rewritten, "he" still appears
        //       elsewhere ("the", "he") with unrelated context: orphan, not the first "he" found
        String oldText = LEDE + "Then he said no.\n\n" + END;
        String newText = LEDE + "Officials declined to comment.\n\n" + END + "He left; the end.";
        Span old = spanOf(oldText, "he said");
        old = new Span(old.start(), old.start() + 2);
        Reanchor.Result r = move(oldText, newText, old);
        assertThat(r.isOrphan()).as("result %s", r).isTrue();
    }

    @Test
    void insertionRightBeforeThePassageStillFindsIt() {
        // old:  ... said [the talks] had ...
        // new:  ... said, according to aides, [the talks] had ...   prefix changed, suffix intact
        String oldText = LEDE + MIDDLE + END;
        String newText = oldText.replace("said the talks", "said, according to aides, the talks");
        Reanchor.Result r = move(oldText, newText, spanOf(oldText, "the talks"));
        assertThat(r.span()).isEqualTo(spanOf(newText, "the talks"));
    }
}

package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotation marks told apart from apostrophes and markup, without CoreNLP. */
class QuoteMarksTest {

    private static List<String> quoted(String text) {
        return QuoteMarks.find(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void pairsStraightAndCurlyDoubleQuotes() {
        assertThat(quoted("He said \"yes\" and “no” today.")).containsExactly("\"yes\"", "“no”");
    }

    @Test
    void singleQuotesInHeadlinesButNotApostrophes() {
        assertThat(quoted("Paris receives 'coalition of the willing' to talk\n\nUkraine's allies' wont go"))
                .containsExactly("'coalition of the willing'");
    }

    @Test
    void unclosedQuoteRunsToParagraphEndAndSaysItIsOpen() {
        List<QuoteMarks.Marks> marks = QuoteMarks.find("\"First paragraph of speech\n\n\"Second one.\"");
        assertThat(marks).extracting(QuoteMarks.Marks::open).containsExactly(true, false);
        assertThat(quoted("\"First paragraph of speech\n\n\"Second one.\""))
                .containsExactly("\"First paragraph of speech", "\"Second one.\"");
    }

    @Test
    void quotesInsideQuotesBelongToTheOuterQuote() {
        assertThat(quoted("\"He called it 'madness' then,\" she said.")).hasSize(1);
    }

    @Test
    void markupPastedIntoTheTextIsNoQuote() {
        assertThat(quoted("<blockquote class=\"twitter-tweet\" data-lang=\"en\">The mayor said \"no\".</blockquote>"))
                .containsExactly("\"no\"");
        assertThat(quoted("An embed with lang=\"en\" and then \"real words\" here.")).containsExactly("\"real words\"");
    }

    @Test
    void anInchMarkAfterADigitOpensNoQuote() {
        assertThat(quoted("The new mayor is 6'2\" tall and said \"we start today\" at noon."))
                .containsExactly("\"we start today\"");
    }

    @Test
    void twoApostrophesMakeADoubleQuote() {
        assertThat(quoted("''We will see,'' the mayor said. It's ''fine.''"))
                .containsExactly("''We will see,''", "''fine.''");
    }

    @Test
    void curlyMarksTypedTheWrongWayRoundStillPair() {
        assertThat(quoted("She wrote ”the end” yesterday.")).containsExactly("”the end”");
        assertThat(quoted("She wrote “the end“ yesterday.")).containsExactly("“the end“");
    }

    @Test
    void aLongLineEndsItsParagraphButAWrappedLineDoesNot() {
        String longLine = "The mayor spoke at length about the budget and said \"we will cut the deficit this year "
                + "and next year too";
        assertThat(quoted(longLine + "\nThe council said nothing.")).containsExactly(
                "\"we will cut the deficit this year and next year too");
        String wrapped = "The mayor spoke at length about the budget and said \"we will cut\n"
                + "the deficit,\" and sat down.";
        assertThat(quoted(wrapped)).containsExactly("\"we will cut\nthe deficit,\"");
    }

    @Test
    void aQuotationRunsOnOverALineBreakToTheMarkThatClosesIt() {
        String text = "In an interview on Tuesday the chief executive of the company told the local paper that "
                + "\"everyone told us we had no chance.\nBut we took a swing and won.\"\nOfficials said the award "
                + "was fair and based on the price, with one analyst at a bank saying \"fuel decided it.\"";
        assertThat(quoted(text)).containsExactly("\"everyone told us we had no chance.\nBut we took a swing and won.\"",
                "\"fuel decided it.\"");
        assertThat(QuoteMarks.find(text)).extracting(QuoteMarks.Marks::open).containsExactly(false, false);
    }

    @Test
    void aStrayMarkThatCanOnlyCloseOpensNothing() {
        assertThat(quoted("The screen measures 5\" across, and \"it is bright,\" she said."))
                .containsExactly("\"it is bright,\"");
    }

    @Test
    void aParagraphThatReopensTheQuoteLeavesTheFirstOpen() {
        assertThat(quoted("\"We are ready.\n\n\"We always were,\" he said.")).containsExactly("\"We are ready.",
                "\"We always were,\"");
    }
}

package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotation marks told apart from apostrophes, without CoreNLP. */
class QuoteMarksTest {

    private static List<String> quoted(String text) {
        return QuoteFinder.marks(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
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
    void unclosedQuoteRunsToParagraphEnd() {
        assertThat(quoted("\"First paragraph of speech\n\n\"Second one.\""))
                .containsExactly("\"First paragraph of speech", "\"Second one.\"");
    }

    @Test
    void quotesInsideQuotesBelongToTheOuterQuote() {
        assertThat(quoted("\"He called it 'madness' then,\" she said.")).hasSize(1);
    }
}

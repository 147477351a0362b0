package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lector.model.Analysis;
import org.lector.model.EntityType;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;

/**
 * The ways news reports who said what (issue 15, points 1 to 3), each on short articles written for this test: the
 * speaker found, named by its entity's fullest name, and the quotation's kind.
 */
class QuotePatternsTest {

    @RegisterExtension
    static final SentenceEngine engine = new SentenceEngine();

    private static Analysis analyse(String text) {
        return engine.analyse(text);
    }

    private static Quote quote(Analysis a, String part) {
        Optional<Quote> q = a.quotes().stream().filter(x -> x.text().contains(part)).findFirst();
        assertThat(q).as("a quote holding '" + part + "' in " + a.quotes()).isPresent();
        return q.get();
    }

    @Test
    void quoteThenNameAppositionAndVerb() {
        Analysis a = analyse("\"We will not raise rates this year,\" Jane Holt, chief economist at Northfield Bank, "
                + "said on Monday.");
        assertThat(quote(a, "raise rates").speakerName()).isEqualTo("Jane Holt");
        assertThat(quote(a, "raise rates").cueText()).isEqualTo("said");
        assertThat(quote(a, "raise rates").kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void verbBeforeNameAndTheSpeakersFullestName() {
        Analysis a = analyse("Jane Holt spoke to farmers in the morning.\n\n\"The subsidy plan is finished,\" said "
                + "Holt, who has run the bank since 2019.");
        assertThat(quote(a, "subsidy plan").speakerName()).isEqualTo("Jane Holt");
    }

    @Test
    void accordingTo() {
        Analysis a = analyse("The harbour will close in May, according to Peter Vance, the port director. According "
                + "to Vance, the repairs are \"long overdue and badly planned.\"\n\n\"Nobody asked us,\" according "
                + "to Maria Costa, a fisherman's wife.");
        assertThat(quote(a, "long overdue").speakerName()).isEqualTo("Peter Vance");
        assertThat(quote(a, "Nobody asked us").speakerName()).isEqualTo("Maria Costa");
    }

    @Test
    void speakerAndColon() {
        Analysis a = analyse("Mayor Lena Ortiz told reporters: \"We are not leaving this town.\"\n\nThe council met "
                + "later. Ortiz: \"The vote was fair.\"");
        assertThat(quote(a, "not leaving").speakerName()).isEqualTo("Lena Ortiz");
        assertThat(quote(a, "vote was fair").speakerName()).isEqualTo("Lena Ortiz");
    }

    @Test
    void organisationsAndDescribedSpeakers() {
        Analysis a = analyse("\"Nothing was hidden from the inspectors,\" the White House said in a statement.\n\n"
                + "\"The figures do not add up,\" the newspaper wrote on Sunday.\n\n"
                + "\"We expect a vote next week,\" a campaign spokeswoman said.");
        assertThat(quote(a, "Nothing was hidden").speakerName()).isEqualTo("White House");
        assertThat(quote(a, "figures do not").speakerName()).isEqualTo("the newspaper");
        assertThat(quote(a, "expect a vote").speakerName()).isEqualTo("a campaign spokeswoman");
    }

    @Test
    void aReportedClauseEndsWithAQuotationThatEndsItsSentence() {
        Analysis a = analyse("Mayor Lena Ortiz said in an interview \"everyone told us we had no chance.\nBut we took "
                + "a big swing at the council and in the end we won the vote anyway.\"\nCouncil officials said the count had been fair and clean, with the clerk "
                + "Peter Vance saying \"the ballots were counted twice.\"");
        Quote first = quote(a, "no chance");
        assertThat(first.speakerName()).isEqualTo("Lena Ortiz");
        assertThat(first.text()).endsWith("anyway.\"").doesNotContain("Council officials");
        assertThat(quote(a, "counted twice").speakerName()).isEqualTo("Peter Vance");
    }

    @Test
    void aNamedOutletThatSpeaksIsAnOrganisationNotAPerson() {
        Analysis a = analyse("Mayor Lena Ortiz closed the harbour on Monday.\n\n\"The closure was never put to "
                + "a vote,\" The Sentinel reported.\n\n\"Nobody saw the figures,\" the Ledger wrote.");
        assertThat(quote(a, "never put to").speakerName()).isEqualTo("The Sentinel");
        assertThat(quote(a, "Nobody saw").speakerName()).isEqualTo("the Ledger");
        assertThat(a.clusters()).filteredOn(c -> c.name().equals("The Sentinel") || c.name().equals("the Ledger"))
                .extracting(c -> c.type()).containsExactly(EntityType.ORGANIZATION, EntityType.ORGANIZATION);
    }

    @Test
    void pronounsGoToTheNearestPersonOfTheirGender() {
        Analysis a = analyse("Senator Maria Lopez met Governor Tom Briggs in the capital on Friday. \"This bill will "
                + "pass before the summer,\" she said. \"Not with my signature,\" he replied.");
        assertThat(quote(a, "bill will pass").speakerName()).isEqualTo("Maria Lopez");
        assertThat(quote(a, "my signature").speakerName()).isEqualTo("Tom Briggs");
    }

    @Test
    void aParagraphThatIsOnlyAQuoteContinuesTheSpeakerBefore() {
        Analysis a = analyse("\"We will fight for every vote,\" said Maria Lopez at the rally.\n\n"
                + "\"And we will win them back, one town at a time.\"");
        assertThat(quote(a, "win them back").speakerName()).isEqualTo("Maria Lopez");
        assertThat(quote(a, "win them back").kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void aQuotationOverSeveralParagraphsIsOneSpeakers() {
        Analysis a = analyse("Tom Briggs read his statement slowly.\n\n\"The first part of this plan was written "
                + "by people who never visited the valley.\n\n\"The second part was written by people who did, and "
                + "that is the part we keep,\" Briggs said.");
        assertThat(quote(a, "never visited").speakerName()).isEqualTo("Tom Briggs");
        assertThat(quote(a, "part we keep").speakerName()).isEqualTo("Tom Briggs");
    }

    @Test
    void anInterruptedQuoteKeepsItsSpeaker() {
        Analysis a = analyse("\"The budget is balanced,\" Maria Lopez said. \"We expect the same from the other "
                + "states.\"");
        assertThat(quote(a, "same from the other").speakerName()).isEqualTo("Maria Lopez");
    }

    @Test
    void cueVerbsBeyondSaid() {
        Analysis a = analyse("\"Do not sign it,\" Tom Briggs implored. Maria Lopez tweeted: \"Proud of our team "
                + "tonight.\" She insisted the plan was \"reckless\" and \"untrue.\" Briggs conceded that the state "
                + "was \"lost for now.\" \"The numbers are wrong,\" Lopez warned.");
        assertThat(quote(a, "Do not sign").speakerName()).isEqualTo("Tom Briggs");
        assertThat(quote(a, "Proud of our team").speakerName()).isEqualTo("Maria Lopez");
        Quote partial = quote(a, "reckless");
        assertThat(partial.kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(partial.speakerName()).isEqualTo("Maria Lopez");
        // A partial quote spans the reported clause it sits in: both quoted words and what is said of them.
        assertThat(partial.text()).isEqualTo("the plan was \"reckless\" and \"untrue.\"");
        assertThat(quote(a, "lost for now").speakerName()).isEqualTo("Tom Briggs");
        assertThat(quote(a, "numbers are wrong").cueText()).isEqualTo("warned");
    }

    @Test
    void titlesAndScareQuotesAreNobodysSpeech() {
        Analysis a = analyse("Maria Lopez appeared on \"Morning Desk Live\" on Sunday. The so-called \"grand "
                + "bargain\" collapsed a day later.");
        // A title names a work: it is a name (MISC, subtype WORK) over the words between the marks, not a quote
        assertThat(a.quotes()).noneMatch(q -> q.text().contains("Morning Desk Live"));
        assertThat(a.entities()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Morning Desk Live");
            assertThat(m.type()).isEqualTo(EntityType.MISC);
            assertThat(m.subtype()).isEqualTo("WORK");
        });
        assertThat(quote(a, "grand bargain").kind()).isEqualTo(QuoteKind.SCARE);
        assertThat(quote(a, "grand bargain").speakerId()).isNull();
    }

    @Test
    void markupPastedIntoTheArticleIsNoQuote() {
        Analysis a = analyse("<blockquote class=\"twitter-tweet\" data-lang=\"en\">Vote today.</blockquote>\n\n"
                + "Maria Lopez posted the message in the morning.");
        List<String> quoted = a.quotes().stream().map(Quote::text).toList();
        assertThat(quoted).noneMatch(t -> t.contains("twitter-tweet") || t.equals("\"en\""));
    }

    @Test
    void aReportedClauseStartsAfterThatAndAfterTheOneAddressed() {
        Analysis a = analyse("Tom Briggs was telling farmers at a packed barn outside the county fairground that "
                + "\"the water rules will change.\"\n\nMaria Lopez assured me the vote would be \"quick and fair\" "
                + "in the spring.");
        assertThat(quote(a, "water rules").text()).isEqualTo("\"the water rules will change.\"");
        assertThat(quote(a, "water rules").speakerName()).isEqualTo("Tom Briggs");
        assertThat(quote(a, "quick and fair").text()).isEqualTo("the vote would be \"quick and fair\" in the spring");
        assertThat(quote(a, "quick and fair").speakerName()).isEqualTo("Maria Lopez");
    }

    @Test
    void aQuotationReportedWithoutItsSpeakerIsStillNoScareQuote() {
        Analysis a = analyse("The minister was said to be \"deeply unhappy\" with the budget.");
        Quote q = quote(a, "deeply unhappy");
        assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    }

    @Test
    void aCueVerbAfterAModalTellsOfSpeechToComeAndReportsNoQuotation() {
        Analysis a = analyse("Maria Lopez spoke to the council on Monday.\n\nWhile the water tests will continue, "
                + "inspectors will drop the old forms to \"simplify\" the checks.");
        Quote q = quote(a, "simplify");
        assertThat(q.kind()).isEqualTo(QuoteKind.SCARE);
        assertThat(q.speakerId()).isNull();
        assertThat(q.cueText()).isEmpty();
    }

    @Test
    void aNicknameInsideANameIsNoQuote() {
        Analysis a = analyse("State Sen. Thomas \"Tommy\" Reyes opened the new library on Friday, and the crowd "
                + "cheered him.");
        assertThat(a.quotes()).as("quotes in " + a.quotes()).isEmpty();
    }

    @Test
    void aHeadingInQuotationMarksIsNoQuote() {
        Analysis a = analyse("The mine closed in March after forty years.\n\n'The Last Shift Home.'\n\nMiners "
                + "gathered at the gate on the final morning.");
        assertThat(a.quotes()).as("quotes in " + a.quotes()).isEmpty();
    }

    @Test
    void whatSomebodyCallsSomebodyIsTheirWordsNotAScareQuote() {
        assertPierceSays("He painted the tax plan as a \"gimmick\" and left early.", "gimmick");
    }

    @Test
    void aTitleFollowedByWhatItIsIsANameNotAQuote() {
        Analysis a = analyse("Critics praised \"Harbour Lights,\" a novel about a fishing town, when it came out. "
                + "Maria Lopez read from it on Sunday.");
        assertThat(a.quotes()).noneMatch(q -> q.text().contains("Harbour Lights"));
        assertThat(a.entities()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Harbour Lights");
            assertThat(m.subtype()).isEqualTo("WORK");
        });
    }

    @Test
    void wordsSomebodySaysAreTheirsEvenWhenCalledTheWords() {
        assertPierceSays("Pierce said the words \"fair share\" twice in his speech.", "fair share");
    }

    /** After a sentence that introduces Alan Pierce, {@code sentence} quotes {@code part} as his partial quote. */
    private static void assertPierceSays(String sentence, String part) {
        Quote q = quote(analyse("Governor Alan Pierce spoke in Dayton on Tuesday. " + sentence), part);
        assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(q.speakerName()).isEqualTo("Alan Pierce");
    }

    @Test
    void aHeadlineOpeningWithANameAndAColonQuotesThatPerson() {
        Analysis a = analyse("Holt: Harbour Plan Is 'Long Overdue'\n\nThe harbour will close in May, the port said on Monday.");
        assertThat(quote(a, "Long Overdue").kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(quote(a, "Long Overdue").speakerName()).isEqualTo("Holt");
    }

    @Test
    void aShortTermInTheWritersOwnSentenceStaysAScareQuote() {
        Analysis a = analyse("The council approved the \"green corridor\" plan on Tuesday. Work starts in June.\n\n"
                + "The mayor wrote to the minister on Friday. Residents near the dock fear what the \"temporary\" "
                + "closure will mean.");
        assertThat(quote(a, "green corridor").kind()).isEqualTo(QuoteKind.SCARE);
        assertThat(quote(a, "temporary").kind()).isEqualTo(QuoteKind.SCARE);
        assertThat(quote(a, "temporary").speakerId()).isNull();
    }
}

package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lector.model.Analysis;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;

/**
 * Dates read in their document (issue 15, point 4), each rule on sentences written for this test: references back
 * to the date the text named last, months before the article's date, quarters, decades and offsets.
 */
class DateAnchorsTest {

    private static final LocalDate MARCH_2012 = LocalDate.of(2012, 3, 14);
    @RegisterExtension
    static final SentenceEngine engine = new SentenceEngine();

    private static List<EntityMention> dates(String text, LocalDate date) {
        Analysis a = engine.analyse(text, date);
        return a.entities().stream().filter(e -> e.type() == EntityType.DATE).toList();
    }

    private static String value(List<EntityMention> dates, String text) {
        Optional<EntityMention> d = dates.stream().filter(e -> e.text().equals(text)).findFirst();
        assertThat(d).as("a date '" + text + "' in " + dates.stream().map(EntityMention::text).toList()).isPresent();
        return d.get().value() == null ? null : d.get().value().value();
    }

    @Test
    void thePreviousYearIsTheYearBeforeTheOneNamedLast() {
        List<EntityMention> d = dates("Orchard Mills sold 40 tractors in 2010, up from 31 the previous year.",
                MARCH_2012);
        assertThat(value(d, "2010")).isEqualTo("2010");
        assertThat(value(d, "the previous year")).isEqualTo("2009");
    }

    @Test
    void theYearBeforeTakesItsWordAfterIt() {
        List<EntityMention> d = dates("Harbor Freight Lines spent $5 million on fuel last year, $2 million more than "
                + "the year before.", MARCH_2012);
        assertThat(value(d, "last year")).isEqualTo("2011");
        assertThat(d.stream().filter(e -> e.text().startsWith("the year")).findFirst().orElseThrow().value().value())
                .isEqualTo("2010");
    }

    @Test
    void aReferenceBackNeedsNoArticleDate() {
        List<EntityMention> d = dates("Orchard Mills sold 40 tractors in 2010, up from 31 the previous year.", null);
        assertThat(value(d, "the previous year")).isEqualTo("2009");
    }

    @Test
    void theSamePeriodLastYearIsTheMonthNamedBeforeAYearEarlier() {
        List<EntityMention> d = dates("Ticket sales at the Ridgeway theatre rose 12% in February compared with the "
                + "same period last year.", MARCH_2012);
        assertThat(value(d, "February")).isEqualTo("2012-02");
        assertThat(value(d, "the same period last year")).isEqualTo("2011-02");
    }

    @Test
    void theEntireYearIsTheYearTheTextSpeaksOf() {
        List<EntityMention> d = dates("The rowing club lost $3 million in the fourth quarter of 2010 and $9 million "
                + "for the entire year.", MARCH_2012);
        assertThat(value(d, "the fourth quarter of 2010")).isEqualTo("2010-Q4");
        assertThat(value(d, "the entire year")).isEqualTo("2010");
    }

    @Test
    void theLastYearIsTheYearBeforeTheArticle() {
        List<EntityMention> d = dates("The paper mill reported a profit for the last year of $2 million.",
                MARCH_2012);
        assertThat(value(d, "the last year")).isEqualTo("2011");
    }

    @Test
    void theFinalQuarterOfAYearIsItsFourth() {
        List<EntityMention> d = dates("For the final quarter of 2010, the paper mill made a profit.", MARCH_2012);
        assertThat(value(d, "the final quarter of 2010")).isEqualTo("2010-Q4");
    }

    @Test
    void aMonthAfterAVerbInThePastLiesBeforeTheArticle() {
        LocalDate august = LocalDate.of(2011, 8, 10);
        assertThat(value(dates("The council approved plans in November, under which two schools should close.",
                august), "November")).isEqualTo("2010-11");
        assertThat(value(dates("The school has been empty since November.", august), "November"))
                .isEqualTo("2010-11");
        assertThat(value(dates("The school will close in November.", august), "November")).isEqualTo("2011-11");
        assertThat(value(dates("The vote on the school is to be held on November 20.", august), "November 20"))
                .isEqualTo("2011-11-20");
    }

    @Test
    void aMonthsNameInLowerCaseIsNoDate() {
        assertThat(dates("Thousands joined the protest march through the old town.", MARCH_2012)).isEmpty();
    }

    @Test
    void decadesInTwoDigitsAreFound() {
        List<EntityMention> d = dates("The diner on Elm Street still plays songs from the 60s and 70s.", MARCH_2012);
        assertThat(value(d, "60s")).isEqualTo("196");
        assertThat(value(d, "70s")).isEqualTo("197");
        assertThat(value(dates("The diner opened in the 1950s.", MARCH_2012), "the 1950s")).isEqualTo("195");
        assertThat(dates("The owner of the diner is in her 60s.", MARCH_2012)).isEmpty();
    }

    @Test
    void thatTimeIsTheDateNamedBefore() {
        List<EntityMention> d = dates("The bridge must be repaired by July 4. If it is not ready by that time, the "
                + "county fair will move.", LocalDate.of(2011, 5, 2));
        assertThat(value(d, "that time")).isEqualTo("2011-07-04");
    }

    @Test
    void aDateGluedToAnOffsetIsCutInTwo() {
        List<EntityMention> d = dates("The new ferry will arrive on June 9, two days later than planned.",
                LocalDate.of(2011, 5, 2));
        assertThat(value(d, "June 9")).isEqualTo("2011-06-09");
    }
}

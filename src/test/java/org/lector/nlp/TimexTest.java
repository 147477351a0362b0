package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lector.model.EntityType;
import org.lector.model.EntityValue;
import org.lector.model.MentionForm;

/** SUTime's normalized values turned into TIMEX3 values, and amounts into numbers with units (no models needed). */
class TimexTest {

    private static Mention date(String text, String subtype, String normalized) {
        return new Mention(0, text.length(), text, EntityType.DATE, subtype, MentionForm.NAME, 0, 1, normalized, 0.9);
    }

    @Test
    void keepsTimexValuesAsTheyAre() {
        assertThat(Timex.of(date("12 October 2016", "DATE", "2016-10-12"))).isEqualTo("2016-10-12");
        assertThat(Timex.of(date("October 2016", "DATE", "2016-10"))).isEqualTo("2016-10");
        assertThat(Timex.of(date("Thursday", "DATE", "XXXX-WXX-4"))).isEqualTo("XXXX-WXX-4");
        assertThat(Timex.of(date("30 days", "DURATION", "P30D"))).isEqualTo("P30D");
        assertThat(Timex.of(date("now", "DATE", "PRESENT_REF"))).isEqualTo("PRESENT_REF");
        assertThat(Timex.of(date("the third quarter", "DATE", "2016-Q3"))).isEqualTo("2016-Q3");
        assertThat(Timex.of(date("at noon", "TIME", "2016-10-12T12:00"))).isEqualTo("2016-10-12T12:00");
    }

    @Test
    void cleansWhatSuTimeAddsOrCannotResolve() {
        assertThat(Timex.of(date("June 1st", "DATE", "2009-06-01T16:15+0000"))).isEqualTo("2009-06-01");
        assertThat(Timex.of(date("2011", "DATE", "2009/2011"))).isEqualTo("2011");
        assertThat(Timex.of(date("the last week of March", "DATE", "PREV_IMMEDIATE P1W INTERSECT XXXX-03")))
                .isNull();
        assertThat(Timex.of(date("soon", "DATE", ""))).isNull();
    }

    @Test
    void amountsHaveANumberAndAUnit() {
        Mention money = new Mention(0, 15, "2 billion euros", EntityType.MONEY, "MONEY", MentionForm.NAME, 0, 3,
                "€2.0E9", 0.9);
        assertThat(Quantities.entityValue(money, java.util.List.of())).isEqualTo(new EntityValue("2000000000", "EUR"));
        Mention percent = new Mention(0, 10, "25 percent", EntityType.QUANTITY, "PERCENT", MentionForm.NAME, 0, 2,
                "%25.0", 0.9);
        assertThat(Quantities.entityValue(percent, java.util.List.of())).isEqualTo(new EntityValue("25", "percent"));
        Mention third = new Mention(0, 5, "third", EntityType.QUANTITY, "ORDINAL", MentionForm.NAME, 0, 1, "3.0", 0.9);
        assertThat(Quantities.entityValue(third, java.util.List.of())).isEqualTo(new EntityValue("3", "ordinal"));
    }
}

package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lector.model.Fact;

/** Where a fact's parts end, on sentences written for this test. */
class FactSpansTest {

    @RegisterExtension
    static final SentenceEngine engine = new SentenceEngine();

    private static Fact only(String text) {
        List<Fact> facts = engine.analyse(text).facts();
        assertThat(facts).as("facts of: " + text).hasSize(1);
        return facts.get(0);
    }

    @Test
    void aReportingClauseClosingTheSentenceIsTheSourceNotTheObject() {
        Fact f = only("The Port Authority voted on Friday to shut the east wharf after divers found cracked pilings, "
                + "the mayor said.");
        assertThat(f.subject()).isEqualTo("Port Authority");
        assertThat(f.object()).isEqualTo("on Friday to shut the east wharf after divers found cracked pilings");
        assertThat(f.sourceName()).contains("mayor");
        assertThat(f.text()).endsWith("the mayor said.");
    }

    @Test
    void anObjectCutAtTheWordLimitEndsOnAWordThatClosesAPhrase() {
        Fact f = only("The Port Authority voted on Friday to shut the east wharf and the west jetty after divers "
                + "found pilings in the old harbor.");
        assertThat(f.object()).isEqualTo("on Friday to shut the east wharf and the west jetty after divers found "
                + "pilings");
    }

    @Test
    void aCommaBeforeMoreOfTheClaimIsNoReportingClause() {
        Fact f = only("The Port Authority closed 3 docks, a move the union opposed.");
        assertThat(f.object()).isEqualTo("3 docks, a move the union opposed");
        assertThat(f.sourceName()).isEmpty();
    }
}

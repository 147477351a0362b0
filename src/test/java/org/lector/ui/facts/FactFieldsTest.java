package org.lector.ui.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lector.model.Quantity;
import org.lector.model.Span;
import org.lector.model.TimeExpression;

class FactFieldsTest {

    static final String TEXT = "Macron met Starmer on Thursday. \"We will pay,\" he said. The summit pledged "
            + "2 billion euros.\nA new paragraph without a stop";

    private static Span span(String needle) {
        int i = TEXT.indexOf(needle);
        return new Span(i, i + needle.length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            met Star                   | Macron met Starmer on Thursday.
            Macron                     | Macron met Starmer on Thursday.
            Thursday.                  | Macron met Starmer on Thursday.
            Thursday.\u0020            | Macron met Starmer on Thursday.
            will pay                   | "We will pay," he said.
            pledged 2                  | The summit pledged 2 billion euros.
            paragraph                  | A new paragraph without a stop
            """)
    void selectionSnapsToTheSentencesItTouches(String selected, String sentence) {
        assertThat(FactFields.sentences(TEXT, span(selected)).of(TEXT)).isEqualTo(sentence);
    }

    @Test
    void selectionAcrossTwoSentencesTakesBoth() {
        Span across = new Span(TEXT.indexOf("Thursday"), TEXT.indexOf("he said"));
        assertThat(FactFields.sentences(TEXT, across).of(TEXT))
                .isEqualTo("Macron met Starmer on Thursday. \"We will pay,\" he said.");
    }

    @Test
    void quantitiesAreParsedWithScaleAndUnitAndUnchangedOnesKept() {
        Quantity kept = new Quantity("two thousand troops", new BigDecimal("2000"), "troops");
        List<Quantity> qs = FactFields.quantities("2 billion euros; 3,000 troops;12.5 %; two thousand troops",
                List.of(kept));
        assertThat(qs).extracting(q -> q.value().toPlainString() + "|" + q.unit())
                .containsExactly("2000000000|euros", "3000|troops", "12.5|%", "2000|troops");
        assertThat(qs.get(3)).isSameAs(kept);
        assertThatThrownBy(() -> FactFields.quantities("many troops", List.of()))
                .hasMessageContaining("many troops");
    }

    @Test
    void timeKeepsItsValueWhenUnchangedAndReadsIsoDates() {
        TimeExpression thursday = new TimeExpression("Thursday", "2025-03-27");
        assertThat(FactFields.time("Thursday", thursday)).isSameAs(thursday);
        assertThat(FactFields.time("2025-03-28", thursday)).isEqualTo(new TimeExpression("2025-03-28", "2025-03-28"));
        assertThat(FactFields.time("last week", null)).isEqualTo(new TimeExpression("last week", ""));
        assertThat(FactFields.time("  ", thursday)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            https://example.org/a?b=c   | NONE
            HTTP://example.org          | NONE
            ''                          | NONE
            ftp://example.org/file      | http
            javascript:alert(1)         | http
            https://                    | not a web address
            https:///path               | site
            https://exa mple.org        | not a web address
            example.org                 | http
            """)
    void onlyWebAddressesAreTakenAsEvidenceLinks(String url, String problem) {
        if (problem == null) {
            assertThat(FactFields.urlProblem(url)).isNull();
        } else {
            assertThat(FactFields.urlProblem(url)).contains(problem);
        }
    }
}

package org.lector.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerLiteralsTest {

    @Test
    void anOptionalCharacterIsTwoEntriesAndAPeriodMakesAnExactString() {
        assertEquals(List.of("Calif\tSTATE_OR_PROVINCE\tLOCATION\t1",
                        "( \"Calif.\" )\tSTATE_OR_PROVINCE\tLOCATION\t1"),
                GazetteerLiterals.rewrite(List.of("Calif\\.?\tSTATE_OR_PROVINCE\tLOCATION\t1"), false));
    }

    @Test
    void everyWordOfAnEntryIsExpandedAndCombined() {
        assertEquals(List.of(List.of("Lt", "Gen"), List.of("Lt", "Gen."), List.of("Lt.", "Gen"),
                List.of("Lt.", "Gen.")), GazetteerLiterals.matches("Lt\\.? Gen\\.?", false));
        assertEquals(List.of(List.of("Gen", "Of", "The", "Army"), List.of("Gen", "Of", "the", "Army"),
                        List.of("Gen", "of", "The", "Army"), List.of("Gen", "of", "the", "Army")),
                GazetteerLiterals.matches("Gen [Oo]f [Tt]he Army", false));
    }

    @Test
    void caselessFilesFoldClassesThatDifferOnlyInCase() {
        assertEquals(List.of("gen of the army\tTITLE\tMISC\t1"),
                GazetteerLiterals.rewrite(List.of("gen [Oo]f [Tt]he army\tTITLE\tMISC\t1"), true));
    }

    @Test
    void alternativesGroupsRangesAndEscapesAreEnumerated() {
        assertEquals(List.of(List.of("mormon/lds")), GazetteerLiterals.matches("mormon\\/lds", true));
        assertEquals(List.of(List.of("rigdonite"), List.of("rigdonites")),
                GazetteerLiterals.matches("rigdonite|rigdonites", false));
        assertEquals(List.of(List.of("ab"), List.of("ac"), List.of("d")),
                GazetteerLiterals.matches("(?:a(b|c))|d", false));
        assertEquals(List.of(List.of("x1"), List.of("x2"), List.of("x3"), List.of("x-")),
                GazetteerLiterals.matches("x[1-3-]", false));
    }

    @Test
    void unboundedPatternsAndWhatItCannotEnumerateStayAsTheyAre() {
        for (String pattern : new String[] {"secretary of .*", "[A-Z][a-zA-Z]+ activist", "\\w+", "a{2}", "^x$",
                "[^a]", "(?=a)a", "fraud over aud $293 million"}) {
            assertNull(GazetteerLiterals.matches(pattern, false), pattern);
            String line = pattern + "\tTITLE\tMISC\t1";
            assertEquals(List.of(line), GazetteerLiterals.rewrite(List.of(line), false), pattern);
        }
        String tokensRegex = "( /foo/ [{tag:NN}] )\tTITLE\tMISC\t1";
        assertEquals(List.of(tokensRegex), GazetteerLiterals.rewrite(List.of(tokensRegex), false));
    }

    @Test
    void aWordThatOnlyAnEmptyMatchCouldFillIsNotDropped() {
        // "(of)?" cannot match an empty token: the entry is "x of y", never "x y".
        assertEquals(List.of(List.of("x", "of", "y")), GazetteerLiterals.matches("x (of)? y", false));
    }

    @Test
    void tooManyMatchesKeepThePattern() {
        assertNull(GazetteerLiterals.matches("[a-z][a-z]", false));
    }

    @Test
    void quotesAndBackslashesAreEscapedInExactStrings() {
        assertEquals(List.of("( \"a\\\"b.\" )\tMISC\tO\t1"),
                GazetteerLiterals.rewrite(List.of("a\"b\\.\tMISC\tO\t1"), false));
    }

    @Test
    void theShippedGazetteersAreLookedUpExceptAFewUnboundedPatterns() throws IOException {
        // Each entry left a pattern is tried at every token of every sentence: 1,200 of them took three quarters
        // of tier 1's time. The build must have rewritten them.
        for (String resource : new String[] {CoreNlpPipeline.CASELESS_GAZETTEER, CoreNlpPipeline.CASED_GAZETTEER,
                CoreNlpPipeline.PLACES_GAZETTEER}) {
            int entries = 0;
            int patterns = 0;
            InputStream in = getClass().getClassLoader().getResourceAsStream(resource);
            assertTrue(in != null, resource + " on the class path");
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    entries++;
                    if (GazetteerLiterals.isPattern(line.split("\t", 2)[0])) {
                        patterns++;
                    }
                }
            }
            assertTrue(entries > 0, resource);
            assertTrue(patterns <= 20, resource + ": " + patterns + " entries are still patterns");
        }
        assertFalse(GazetteerLiterals.isPattern("( \"Calif.\" )"));
        assertTrue(GazetteerLiterals.isPattern("( /Calif\\.?/ )"));
    }
}

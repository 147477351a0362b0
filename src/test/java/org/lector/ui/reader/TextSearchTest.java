package org.lector.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.model.Span;

class TextSearchTest {

    @Test
    void findsEveryOccurrenceIgnoringCase() {
        String text = "Macron met Zelensky. MACRON said; macronism is not Macron.";
        List<Span> hits = TextSearch.findAll(text, "macron");
        assertThat(hits).extracting(s -> s.of(text)).containsExactly("Macron", "MACRON", "macron", "Macron");
    }

    @Test
    void offsetsStayTrueAfterCharactersWhoseLowerCaseIsLonger() {
        // "İ" lower-cases to two chars; a search over a lower-cased copy would shift every later offset.
        String text = "İstanbul and Kyiv; then Kyiv again";
        List<Span> hits = TextSearch.findAll(text, "kyiv");
        assertThat(hits).extracting(s -> s.of(text)).containsExactly("Kyiv", "Kyiv");
        assertThat(hits.get(0).start()).isEqualTo(text.indexOf("Kyiv"));
    }

    @Test
    void matchesAccentedLettersCaseInsensitively() {
        String text = "Élysée Palace, élysée palace";
        assertThat(TextSearch.findAll(text, "ÉLYSÉE")).hasSize(2);
    }

    @Test
    void ignoresAccentsLikeABrowserFind() {
        String text = "“Natásha!” said Pierre. The Élysée Palace.";
        List<Span> hits = TextSearch.findAll(text, "natasha");
        assertThat(hits).extracting(s -> s.of(text)).containsExactly("Natásha");
        assertThat(TextSearch.findAll(text, "elysee")).extracting(s -> s.of(text)).containsExactly("Élysée");
        assertThat(TextSearch.findAll(text, "Natásha")).hasSize(1);
    }

    @Test
    void decomposedAccentsMapBackToWholeCharacters() {
        // "Zoe\u0308" is "Zoë" written as e + combining diaeresis: the hit must cover the mark too.
        String text = "Zoe\u0308 and Zoë";
        List<Span> hits = TextSearch.findAll(text, "zoe");
        assertThat(hits).extracting(s -> s.of(text)).containsExactly("Zoe\u0308", "Zoë");
    }

    @Test
    void treatsQueryLiterallyNotAsRegex() {
        String text = "a.b a*b (a) [x]";
        assertThat(TextSearch.findAll(text, "a.b")).hasSize(1);
        assertThat(TextSearch.findAll(text, "(a)")).hasSize(1);
        assertThat(TextSearch.findAll(text, "[x]")).hasSize(1);
    }

    @Test
    void emptyQueryFindsNothing() {
        assertThat(TextSearch.findAll("text", "")).isEmpty();
        assertThat(TextSearch.findAll("text", null)).isEmpty();
    }
}

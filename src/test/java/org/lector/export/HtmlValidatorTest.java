package org.lector.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Note;
import org.lector.model.Provenance;
import org.lector.model.Span;

/**
 * The HTML export checked by the Nu Html Checker, the engine of the W3C validator, run in-process from its Maven
 * artifact (its schemas are inside the jar; nothing is fetched). No errors and no warnings are allowed.
 */
class HtmlValidatorTest {

    private static EmbeddedValidator validator;

    @BeforeAll
    static void setUp() {
        validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setNoLangDetect(true);
    }

    private static List<String> problems(String html) throws Exception {
        String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        List<String> out = new ArrayList<>();
        for (JsonNode m : new ObjectMapper().readTree(report).path("messages")) {
            out.add(m.path("type").asText() + " " + m.path("subType").asText("") + ": " + m.path("message").asText()
                    + " [" + m.path("extract").asText() + "]");
        }
        return out;
    }

    @Test
    void theSampleExportIsValidHtml() throws Exception {
        assertThat(problems(HtmlExporter.export(ExportFixtures.sample(), ExportProgress.NONE))).isEmpty();
    }

    @Test
    void anArticleWrittenToAttackItsReaderExportsAsValidHtml() throws Exception {
        assertThat(problems(HtmlExporter.export(ExportEscapingTest.hostile(), ExportProgress.NONE))).isEmpty();
    }

    @Test
    void controlsNonCharactersEmojiAndRightToLeftTextExportAsValidHtml() throws Exception {
        String text = "\u05e9\u05dc\u05d5\u05dd Del\u007f C1\u0085\u0090 non\ufffe\ufdd0 \uD83D\uDE00 Angela Merkel "
                + "\u0645\u0631\u062d\u0628\u0627 NUL\u0000 VT\u000b end.";
        int at = text.indexOf("Angela");
        Analysis a = new Analysis("t", List.of(new EntityMention("m1", new Span(at, at + 13), "Angela Merkel",
                EntityType.PERSON, "\u0085<x>", MentionForm.NAME, null, Provenance.auto("t", 1))), List.of(),
                List.of(), List.of(), List.of(new Note("n1", new Span(0, 4), "note\u0085\ufffe", Instant.EPOCH,
                        Instant.EPOCH, List.of("tag\u0080"))));
        Document d = new Document("Title\u0080\ufffe", text, "/news/a\u0085.txt", DocumentFormat.TEXT, "UTF-8", "00",
                null);
        assertThat(problems(HtmlExporter.export(new ExportInput(d, a, List.of(), d.date(), Instant.EPOCH),
                ExportProgress.NONE))).isEmpty();
    }
}

package org.lector.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lector.model.Analysis;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.MentionForm;
import org.lector.model.Note;
import org.lector.model.Provenance;
import org.lector.model.Quantity;
import org.lector.model.Span;
import org.lector.model.TimeExpression;
import org.lector.testing.Fixtures;

class AnalysisJsonTest {

    @Test
    void analysisSurvivesAWriteReadRoundTrip() {
        Analysis a = Fixtures.analysis("p1");
        assertThat(AnalysisJson.read(AnalysisJson.write(a))).isEqualTo(a);
    }

    @Test
    void quantitiesKeepTheirScaleAndOptionalPartsStayOptional() {
        Instant t = Instant.parse("2025-03-27T10:15:30Z");
        Fact f = new Fact("f1", new Span(0, 10), "0123456789", "", "", "",
                List.of(new Quantity("3.10 m", new BigDecimal("3.10"), "m")),
                new TimeExpression("Thursday", "2025-03-27"),
                null, "", 0.5, FactStatus.FALSE, "no", "https://example.org", Provenance.user(t));
        Analysis a = new Analysis("p", List.of(), List.of(), List.of(), List.of(f),
                List.of(new Note("u-1", null, "whole", t, t), new Note("u-2", new Span(1, 2), "span", t, t)));
        Analysis back = AnalysisJson.read(AnalysisJson.write(a));
        assertThat(back).isEqualTo(a);
        assertThat(back.facts().get(0).quantities().get(0).value().scale()).isEqualTo(2);
    }

    @Test
    void anEntityIsWrittenWithItsFieldsInTheirStoredOrder() {
        EntityMention m = new EntityMention("m1", new Span(0, 6), "Macron", EntityType.PERSON, "PERSON",
                MentionForm.NAME, "c1", Provenance.auto("e", 0.9));
        String json = AnalysisJson.write(new Analysis("p", List.of(m), List.of(), List.of(), List.of(), List.of()));
        assertThat(json).contains("{\"id\":\"m1\",\"start\":0,\"end\":6,\"text\":\"Macron\",\"type\":\"PERSON\","
                + "\"subtype\":\"PERSON\",\"form\":\"name\",\"cluster\":\"c1\","
                + "\"prov\":{\"origin\":\"auto\",\"engine\":\"e\",\"confidence\":0.9}}");
    }

    @Test
    void enumsAreStoredByTheirStableIds() {
        String json = AnalysisJson.write(Fixtures.analysis("p1"));
        assertThat(json).contains("\"type\":\"GROUP\"", "\"kind\":\"direct\"", "\"status\":\"unchecked\"",
                "\"origin\":\"auto\"", "\"form\":\"name\"");
    }

    @Test
    void theUtf8FormIsTheTextFormEncoded() {
        // Curly quotes, an accent and a control character: characters of the Basic Multilingual Plane.
        String text = "\u201cZo\u00eb\u201d\t";
        EntityMention m = new EntityMention("m1", new Span(0, text.length()), text, EntityType.PERSON, "PERSON",
                MentionForm.NAME, null, Provenance.auto("e", 0.9));
        for (Analysis a : List.of(Fixtures.analysis("p1"),
                new Analysis("p", List.of(m), List.of(), List.of(), List.of(), List.of()))) {
            assertThat(new String(AnalysisJson.writeUtf8(a), StandardCharsets.UTF_8)).isEqualTo(AnalysisJson.write(a));
        }
    }

    @Test
    void surrogatesPairedOrAloneAreReadBackAsThemselves() {
        for (String text : List.of("x\uD83D\uDE00y", "a\uD800b", "a\uDC00", "\uD83D")) {
            EntityMention m = new EntityMention("m1", new Span(0, text.length()), text, EntityType.PERSON, "PERSON",
                    MentionForm.NAME, null, Provenance.auto("e", 0.9));
            Analysis a = new Analysis("p", List.of(m), List.of(), List.of(), List.of(), List.of());
            assertThat(AnalysisJson.read(new String(AnalysisJson.writeUtf8(a), StandardCharsets.UTF_8)))
                    .as(text).isEqualTo(a);
        }
    }
}

package org.lector.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Span;

/**
 * The Web Annotation export as a conforming client reads it: expanded by Titanium (a JSON-LD 1.1 processor that
 * passes the W3C test suite) against the W3C annotation context, with undefined terms an error, as jsonld.js's safe
 * mode makes them. Nothing is fetched: the context is a test resource.
 */
class JsonLdProcessorTest {

    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    /** Serves the W3C context from the test resources and refuses every other URL. */
    static final DocumentLoader OFFLINE = (url, options) -> {
        if (!ANNO_CONTEXT.equals(url.toString())) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "offline test: " + url);
        }
        try (InputStream in = JsonLdProcessorTest.class.getResourceAsStream("/export/w3c/anno.jsonld")) {
            return JsonDocument.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    static JsonArray expand(String jsonld) throws JsonLdError {
        JsonLdOptions options = new JsonLdOptions(OFFLINE);
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        return JsonLd.expand(JsonDocument.of(new StringReader(jsonld))).options(options).get();
    }

    @Test
    void everyTermOfTheExportIsDefinedSoAProcessorDropsNothing() throws JsonLdError {
        String jsonld = WebAnnotationExporter.export(ExportFixtures.sample(), ExportProgress.NONE);

        JsonArray expanded = expand(jsonld);

        assertThat(expanded).hasSize(1);
        JsonObject collection = expanded.getJsonObject(0);
        assertThat(collection.getJsonArray("@type").getString(0))
                .isEqualTo("http://www.w3.org/ns/activitystreams#OrderedCollection");
        List<JsonObject> items = items(collection);
        Analysis a = ExportFixtures.sample().analysis();
        assertThat(items).hasSize(a.entities().size() + a.quotes().size() + a.facts().size() + a.notes().size());
        // Lector's own fields survive expansion, nested ones included
        JsonObject doc = collection.getJsonArray(WebAnnotationExporter.VOCAB + "document").getJsonObject(0);
        assertThat(doc.keySet()).contains(WebAnnotationExporter.VOCAB + "sha256", WebAnnotationExporter.VOCAB + "title");
    }

    @Test
    void everyTargetKeepsItsDocumentAsAnAbsoluteIri() throws JsonLdError {
        Document d = new Document("t", "Angela Merkel spoke.", "/home/reader/news/a b.txt", DocumentFormat.TEXT,
                "UTF-8", "00", null);
        String jsonld = WebAnnotationExporter.export(new ExportInput(d, oneMention(d.text(), 0, 13), List.of(),
                d.date(), Instant.EPOCH), ExportProgress.NONE);

        JsonObject annotation = items(expand(jsonld).getJsonObject(0)).get(0);
        JsonObject target = annotation.getJsonArray(OA + "hasTarget").getJsonObject(0);
        String source = target.getJsonArray(OA + "hasSource").getJsonObject(0).getString("@id");

        assertThat(source).isEqualTo("file:///home/reader/news/a%20b.txt");
    }

    @Test
    void aTextPositionSelectorCountsCharactersSoAClientFindsTheNameAfterAnEmoji() throws JsonLdError {
        String text = "\uD83D\uDE00\uD83C\uDDEB\uD83C\uDDF7 Angela Merkel spoke.";
        int start = text.indexOf("Angela");
        Document d = new Document("t", text, "https://example.org/a", DocumentFormat.TEXT, "UTF-8", "00", null);
        String jsonld = WebAnnotationExporter.export(new ExportInput(d, oneMention(text, start, start + 13),
                List.of(), d.date(), Instant.EPOCH), ExportProgress.NONE);

        JsonObject target = items(expand(jsonld).getJsonObject(0)).get(0).getJsonArray(OA + "hasTarget")
                .getJsonObject(0);
        int from = -1;
        int to = -1;
        for (JsonValue v : target.getJsonArray(OA + "hasSelector")) {
            JsonObject s = v.asJsonObject();
            if (s.getJsonArray("@type").getString(0).equals(OA + "TextPositionSelector")) {
                from = Integer.parseInt(s.getJsonArray(OA + "start").getJsonObject(0).get("@value").toString());
                to = Integer.parseInt(s.getJsonArray(OA + "end").getJsonObject(0).get("@value").toString());
            }
        }
        // what a conforming client does: count characters (code points), not UTF-16 units
        int[] cps = text.codePoints().toArray();
        assertThat(new String(cps, from, to - from)).isEqualTo("Angela Merkel");
    }

    private static Analysis oneMention(String text, int start, int end) {
        return new Analysis("t", List.of(new EntityMention("m1", new Span(start, end), text.substring(start, end),
                EntityType.PERSON, "", MentionForm.NAME, null, Provenance.auto("t", 1))), List.of(), List.of(),
                List.of(), List.of());
    }

    private static List<JsonObject> items(JsonObject collection) {
        JsonObject page = collection.getJsonArray("http://www.w3.org/ns/activitystreams#first").getJsonObject(0);
        JsonArray list = page.getJsonArray("http://www.w3.org/ns/activitystreams#items").getJsonObject(0)
                .getJsonArray("@list");
        List<JsonObject> out = new ArrayList<>();
        list.forEach(v -> out.add(v.asJsonObject()));
        return out;
    }
}

package org.lector.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lector.model.AnchorSelector;

/**
 * What every reader of an annotation file keeps while it reads one file against one text: the text and its code
 * point table (files count characters), the time given to what carries none, and the quote selectors and orphans it
 * collects for {@link ImportedAnalysis}.
 */
abstract class ImportReading {

    final String text;
    final CodePoints cp;
    final Instant importedAt;
    final Map<String, AnchorSelector> selectors = new HashMap<>();
    final List<ImportOrphan> orphans = new ArrayList<>();

    ImportReading(String text, Instant importedAt) {
        this.text = text;
        this.cp = new CodePoints(text);
        this.importedAt = importedAt;
    }

    /** {@code json} as a tree; one sentence when it is not JSON. */
    static JsonNode parseJson(String json) throws ImportException {
        try {
            return WebAnnotationExporter.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ImportException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}

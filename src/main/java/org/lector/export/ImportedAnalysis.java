package org.lector.export;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lector.model.AnchorSelector;
import org.lector.model.Analysis;

/**
 * What an importer read back, before it is checked against the article: the annotations with the spans the file
 * gave, the quote selector of each (what {@link ImportAnchoring} checks the article against, and re-anchors by),
 * and how the file identifies its document.
 *
 * @param source    the document's source as the file names it, or empty
 * @param sha256    the document's text hash, or empty when the format does not carry it (brat, Hypothesis)
 * @param analysis  the annotations, as model records
 * @param rejected  the engine's annotations the reader had rejected, to be hidden again; often empty
 * @param selectors the quote selector of each annotation with a passage, by {@link #key}
 * @param orphans   annotations the file holds that name no passage the reader could read (a damaged line, a
 *                  target with neither quote nor position); they are reported, never placed
 */
public record ImportedAnalysis(String source, String sha256, Analysis analysis, Analysis rejected,
        Map<String, AnchorSelector> selectors, List<ImportOrphan> orphans) {

    public ImportedAnalysis {
        source = source == null ? "" : source;
        sha256 = sha256 == null ? "" : sha256;
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(rejected, "rejected");
        selectors = Map.copyOf(selectors);
        orphans = List.copyOf(orphans);
    }

    /** The key of an annotation's selector: its kind ({@code entity}, {@code cue}, {@code rejected}, ...) and id. */
    public static String key(String kind, String id) {
        return kind + ":" + id;
    }

    /** The selector of the annotation of {@code kind} with {@code id}, or null when the file gave none. */
    public AnchorSelector selector(String kind, String id) {
        return selectors.get(key(kind, id));
    }
}

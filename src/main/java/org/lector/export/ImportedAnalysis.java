package org.lector.export;

import java.util.Objects;
import org.lector.model.Analysis;

/**
 * What an importer read back: the annotations, and how the file identifies its document.
 *
 * @param source   the document's source as the file names it, or empty
 * @param sha256   the document's text hash, or empty when the format does not carry it (brat)
 * @param analysis the annotations, as model records
 */
public record ImportedAnalysis(String source, String sha256, Analysis analysis) {

    public ImportedAnalysis {
        source = source == null ? "" : source;
        sha256 = sha256 == null ? "" : sha256;
        Objects.requireNonNull(analysis, "analysis");
    }
}

package org.lector.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lector.model.DocumentMetadata;

/**
 * The article's metadata as JSON fields of a document object, the same in the analysis JSON, {@code lector
 * extract} and the Web Annotation export: {@code author}, {@code siteName}, {@code canonicalUrl}, {@code published},
 * {@code modified} (ISO 8601 as the file gives them) and {@code language}; each null when the file does not say.
 */
public final class MetadataJson {

    private MetadataJson() {
    }

    public static void put(ObjectNode document, DocumentMetadata m) {
        document.put("author", m.author());
        document.put("siteName", m.siteName());
        document.put("canonicalUrl", m.canonicalUrl());
        document.put("published", m.published());
        document.put("modified", m.modified());
        document.put("language", m.language());
    }
}

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
        put(document, m, "");
    }

    /** The same fields, each key after {@code prefix} (the Web Annotation export's {@code lector:}). */
    public static void put(ObjectNode document, DocumentMetadata m, String prefix) {
        document.put(prefix + "author", m.author());
        document.put(prefix + "siteName", m.siteName());
        document.put(prefix + "canonicalUrl", m.canonicalUrl());
        document.put(prefix + "published", m.published());
        document.put(prefix + "modified", m.modified());
        document.put(prefix + "language", m.language());
    }
}

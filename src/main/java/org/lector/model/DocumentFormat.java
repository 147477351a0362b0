package org.lector.model;


/** The format a document was read from. {@link #id()} is the stable string stored and exported. */
public enum DocumentFormat implements StableId {
    TEXT("text"),
    HTML("html"),
    MARKDOWN("markdown"),
    PDF("pdf"),
    EPUB("epub"),
    DOCX("docx");

    private final String id;

    DocumentFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static DocumentFormat fromId(String id) {
        return StableId.fromId(DocumentFormat.class, id);
    }
}

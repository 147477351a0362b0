package org.lector.model;

/** What damage a {@link Repair} mends. {@link #id()} is the stable string of the analysis JSON. */
public enum RepairKind implements StableId {
    /** Two words run together: "existingFrench", "thecomplexity". */
    GLUED("glued", "Glued words"),
    /** An apostrophe lost from a possessive or a contraction: "Ukraines", "wont". */
    APOSTROPHE("apostrophe", "Missing apostrophes"),
    /** A word still cut by a hyphen where a line once ended: "negoti-\nations". */
    HYPHENATION("hyphenation", "Line-end hyphens"),
    /** UTF-8 read as Latin-1 or Windows-1252: "PÃ¡vlovna" for "Pávlovna". */
    MOJIBAKE("mojibake", "Garbled accents");

    private final String id;
    private final String label;

    RepairKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** The kind in words, for the review bar ("Glued words"). */
    public String label() {
        return label;
    }

    public static RepairKind fromId(String id) {
        return StableId.fromId(RepairKind.class, id);
    }
}

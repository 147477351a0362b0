package org.lector.export;

import org.lector.model.StableId;
import java.util.List;

/** The export formats; {@link #id()} is what {@code --format} takes and what settings store. */
public enum ExportFormat implements StableId {
    MARKDOWN("md", "Markdown (Obsidian)", "md"),
    HTML("html", "HTML (self-contained)", "html"),
    JSONLD("jsonld", "W3C Web Annotation JSON-LD", "jsonld"),
    BRAT("brat", "brat standoff (.txt + .ann)", "ann"),
    CONLL("conll", "CoNLL-2003 BIO", "conll"),
    CSV("csv", "CSV of facts", "csv");

    private final String id;
    private final String label;
    private final String extension;

    ExportFormat(String id, String label, String extension) {
        this.id = id;
        this.label = label;
        this.extension = extension;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The extension of the main file. */
    public String extension() {
        return extension;
    }

    public static ExportFormat fromId(String id) {
        return StableId.fromId(ExportFormat.class, id, "export format");
    }

    /** Renders {@code input} in this format (JSON-LD as it is written: {@link ExportFile#streamed}). */
    public List<ExportFile> export(ExportInput input, ExportProgress progress) {
        return switch (this) {
            case MARKDOWN -> List.of(new ExportFile("md", MarkdownExporter.export(input, progress)));
            case HTML -> List.of(new ExportFile("html", HtmlExporter.export(input, progress)));
            case JSONLD -> List.of(ExportFile.streamed("jsonld",
                    out -> WebAnnotationExporter.export(input, progress, out)));
            case BRAT -> BratExporter.export(input, progress);
            case CONLL -> List.of(new ExportFile("conll", ConllExporter.export(input, progress)));
            case CSV -> List.of(new ExportFile("csv", FactsCsvExporter.export(input, progress)));
        };
    }
}

package org.lector.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.Span;

/**
 * Everything an exporter reads: the document, its effective analysis (engine output with the reader's edits), what
 * the reader rejected of the engine's output, the engine's tokens (for CoNLL; empty means "tokenize with
 * {@link SimpleTokenizer}"), the article's date and the export time, which is passed in rather than read from the
 * clock so that output is reproducible.
 *
 * @param document   the document
 * @param analysis   what to export
 * @param rejected   the engine's annotations the reader took away (rejected, or moved to another span): the formats
 *                   that import carry them, so an import into a library whose engine finds them again hides them
 *                   again; empty when unknown
 * @param tokens     token spans in text order, or empty
 * @param date       the article's own date as the reading of it found it (metadata, else dateline), or null
 * @param exportedAt when the export is made
 */
public record ExportInput(Document document, Analysis analysis, Analysis rejected, List<Span> tokens,
        LocalDate date, Instant exportedAt) {

    public ExportInput {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(rejected, "rejected");
        Objects.requireNonNull(exportedAt, "exportedAt");
        tokens = List.copyOf(tokens);
    }

    /** An export of {@code analysis} with no rejections known (the window's export, a fresh analysis). */
    public ExportInput(Document document, Analysis analysis, List<Span> tokens, LocalDate date, Instant exportedAt) {
        this(document, analysis, Analysis.empty(), tokens, date, exportedAt);
    }

    /** The tokens, from the engine when given, else from {@link SimpleTokenizer}. */
    public List<Span> tokensOrSimple() {
        return tokens.isEmpty() ? SimpleTokenizer.tokenize(document.text()) : tokens;
    }
}

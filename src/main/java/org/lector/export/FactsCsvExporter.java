package org.lector.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lector.model.Fact;
import org.lector.model.Quantity;

/**
 * The facts as CSV (RFC 4180: comma, double quotes, CRLF), one row per fact, with a header. Quantities are joined
 * as {@code text=value unit} with {@code ; }. A cell that a spreadsheet would run as a formula (starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, tab or CR, and not a plain number) is prefixed with {@code '}, the
 * usual guard against CSV injection: article text is untrusted.
 */
public final class FactsCsvExporter {

    static final String[] HEADER = {"id", "start", "end", "text", "status", "evidence", "evidence_url", "subject",
        "predicate", "object", "quantities", "time_text", "time_value", "source", "source_name", "score",
        "provenance"};

    private FactsCsvExporter() {
    }

    public static String export(ExportInput in, ExportProgress progress) {
        StringBuilder b = new StringBuilder();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
        try (CSVPrinter p = new CSVPrinter(b, format)) {
            for (Fact f : in.analysis().facts()) {
                p.printRecord(f.id(), f.span().start(), f.span().end(), cell(f.text()), f.status().id(),
                        cell(f.evidence()), cell(f.evidenceUrl()), cell(f.subject()), cell(f.predicate()),
                        cell(f.object()),
                        cell(f.quantities().stream().map(FactsCsvExporter::quantity).collect(Collectors.joining("; "))),
                        f.time() == null ? "" : cell(f.time().text()), f.time() == null ? "" : cell(f.time().value()),
                        f.sourceId() == null ? "" : f.sourceId(), cell(f.sourceName()), f.score(),
                        f.provenance().origin().id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.progress(1);
        return b.toString();
    }

    private static String quantity(Quantity q) {
        return q.text() + "=" + q.value().toPlainString() + (q.unit().isEmpty() ? "" : " " + q.unit());
    }

    static String cell(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return risky && !s.matches("[+-]?\\d[\\d,.]*%?") ? "'" + s : s;
    }
}

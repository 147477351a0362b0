/**
 * Exporters and importers: Markdown, self-contained HTML, W3C Web Annotation JSON-LD, brat standoff, CoNLL-2003
 * BIO and CSV of facts, plus readers that bring brat and JSON-LD back as model records.
 *
 * <p>Depends only on {@code model} (and Jackson and Commons CSV). Every exporter is a pure function of an
 * {@link org.lector.export.ExportInput}: the same input gives byte-identical output, which is what the golden
 * files and the round-trip tests rely on. Offsets in every format are half-open {@code [start, end)} UTF-16
 * indices into the document's normalized text, except brat, whose offsets are Unicode code points as brat counts
 * them.
 */
package org.lector.export;

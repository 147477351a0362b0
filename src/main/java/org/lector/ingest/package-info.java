/**
 * Reading article files into {@link org.lector.model.Document}s.
 *
 * <p>{@link org.lector.ingest.DocumentLoader} is the entry point: it checks the file (exists, is a regular file,
 * readable, not empty, not over {@link org.lector.ingest.DocumentLoader#MAX_BYTES}, a format Lector reads), reads
 * its bytes with progress and cancellation, and hands them to one reader per format:
 * {@link org.lector.ingest.PlainTextReader}, {@link org.lector.ingest.HtmlReader} (a saved news page; boilerplate
 * removed with jsoup), {@link org.lector.ingest.MarkdownReader} (commonmark), {@link org.lector.ingest.PdfReader}
 * (PDFBox, with Lector's own reading order), {@link org.lector.ingest.EpubReader} and
 * {@link org.lector.ingest.DocxReader} (the zip's XML read with jsoup). Every reader decodes with
 * {@link org.lector.ingest.CharsetDetector} (strict: never mojibake, never a silent U+FFFD) and normalizes once with
 * {@link org.lector.ingest.TextNormalizer}; that normalized text is what every offset in Lector refers to.
 *
 * <p>{@link org.lector.ingest.RepairFinder} suggests mends of damaged text (glued words, lost apostrophes, line-end
 * hyphens, mojibake), with SCOWL's word list ({@code assets/dictionaries/english-words.txt}); it never changes a
 * text.
 *
 * <p>Failures are {@link org.lector.ingest.IngestException}s whose message is one sentence meant for the user.
 * Depends only on {@code org.lector.model}, the JDK, jsoup, commonmark, juniversalchardet, PDFBox and SLF4J.
 */
package org.lector.ingest;

/**
 * Reading article files into {@link org.lector.model.Document}s.
 *
 * <p>{@link org.lector.ingest.DocumentLoader} is the entry point: it checks the file (exists, is a regular file,
 * readable, not empty, not over {@link org.lector.ingest.DocumentLoader#MAX_BYTES}, a format Lector reads), reads
 * its bytes with progress and cancellation, and hands them to one reader per format:
 * {@link org.lector.ingest.PlainTextReader}, {@link org.lector.ingest.HtmlReader} (a saved news page; boilerplate
 * removed with jsoup) and {@link org.lector.ingest.MarkdownReader} (commonmark). Every reader decodes with
 * {@link org.lector.ingest.CharsetDetector} (strict: never mojibake, never a silent U+FFFD) and normalizes once with
 * {@link org.lector.ingest.TextNormalizer}; that normalized text is what every offset in Lector refers to.
 *
 * <p>Failures are {@link org.lector.ingest.IngestException}s whose message is one sentence meant for the user.
 * Depends only on {@code org.lector.model}, the JDK, jsoup, commonmark, juniversalchardet and SLF4J.
 */
package org.lector.ingest;

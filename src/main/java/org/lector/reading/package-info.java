/**
 * Reading an article: the product's central flow, below the window and the command line. {@link
 * org.lector.reading.Reading} turns a document and a library into an {@link org.lector.reading.Article}, what the
 * reader sees of it (the engine's analysis, from the library's cache or the {@link org.lector.reading.Engine}, with
 * the reader's dictionary and records laid over it by {@code org.lector.overlay}), its orphans and its date; the
 * window, {@code analyze}, {@code export} and {@code import} all read articles through it, so they agree.
 * {@link org.lector.reading.ProgressiveAnalysis} runs the engine over a long text part by part, the part the reader
 * looks at first.
 */
package org.lector.reading;

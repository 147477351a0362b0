package org.lector.export;

import java.nio.file.Path;

/**
 * How large an annotation file Lector imports onto an article: what an export of that article could be, with room
 * to spare, and never more than the heap holds (decision 0017). An article of {@code n} characters has at most one
 * annotation per {@link #CHARS_PER_ANNOTATION} characters (at least {@link #FLOOR_ANNOTATIONS}, at most
 * {@link #MAX_ANNOTATIONS}), each at most {@link #BYTES_PER_ANNOTATION} on average; no file is ever larger than
 * {@link #MAX_BYTES}, which is checked before a byte is read. A file over its article's limit, or one that holds
 * more annotations than its article could have, is refused before anything is stored.
 *
 * @param maxAnnotations the most annotations (and the most of each other list: entities, their mentions, the
 *                       reader's rejections) the file may hold
 * @param maxBytes       the largest the file may be
 */
public record ImportLimits(int maxAnnotations, long maxBytes) {

    /** Every file: larger is refused at once, whatever its article (about twice War and Peace's 133 MB export). */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    /** Every article: more annotations than this do not fit the heap the launcher gives Lector beside the rest. */
    public static final int MAX_ANNOTATIONS = 250_000;
    /** The densest real analysis has one annotation per 19 characters (a news report); a file may have one per 5. */
    public static final int CHARS_PER_ANNOTATION = 5;
    /** Exports average 1.1 to 1.5 KB per annotation; long notes and quotes need room. */
    public static final int BYTES_PER_ANNOTATION = 4096;
    /** A short article may carry this many annotations whatever its length (its reader's notes, say). */
    public static final int FLOOR_ANNOTATIONS = 10_000;

    /** The limits of a file imported onto an article of {@code articleChars} characters (UTF-16 units). */
    public static ImportLimits forArticle(int articleChars) {
        int annotations = Math.min(MAX_ANNOTATIONS, Math.max(FLOOR_ANNOTATIONS, articleChars / CHARS_PER_ANNOTATION));
        return new ImportLimits(annotations, Math.min(MAX_BYTES, (long) annotations * BYTES_PER_ANNOTATION));
    }

    /** Refuses {@code file} of {@code size} bytes when it is larger than an export of {@code article} can be. */
    public void checkSize(Path file, long size, String article) throws ImportException {
        if (size > maxBytes) {
            throw new ImportException(file + " is " + ImportFile.megabytes(size) + ", more than any export of "
                    + article + " can be (up to " + ImportFile.megabytes(maxBytes) + "); nothing was imported");
        }
    }

    /** Refuses a file once it holds more than {@link #maxAnnotations} of {@code what}. */
    void checkCount(int count, String what, int articleChars) throws ImportException {
        if (count > maxAnnotations) {
            throw new ImportException(String.format(java.util.Locale.ROOT, "the file holds more than %,d %s, more "
                    + "than an article of %,d characters can have; nothing was imported", maxAnnotations, what,
                    articleChars));
        }
    }
}

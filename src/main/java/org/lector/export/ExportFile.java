package org.lector.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of an export: brat gives two ({@code .txt} and {@code .ann}), every other format one. Its text is made
 * when it is written: JSON-LD is written to its file as it is made ({@link #streamed}), since a novel's is larger
 * than the heap holds as one string; {@link #content()} makes the whole text, for previews and small files.
 */
public final class ExportFile {

    /** Writes a file's text. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer out) throws IOException;
    }

    private final String extension;
    private final Body body;

    /**
     * @param extension the file name extension, without the dot
     * @param content   the file's text, written as UTF-8
     */
    public ExportFile(String extension, String content) {
        this(extension, (Body) out -> out.write(Objects.requireNonNull(content, "content")));
        Objects.requireNonNull(content, "content");
    }

    private ExportFile(String extension, Body body) {
        this.extension = Objects.requireNonNull(extension, "extension");
        this.body = body;
    }

    /** A file whose text {@code body} writes straight to where it goes, never held whole. */
    public static ExportFile streamed(String extension, Body body) {
        return new ExportFile(extension, Objects.requireNonNull(body, "body"));
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The whole text (made anew each call). */
    public String content() {
        StringWriter out = new StringWriter();
        try {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The first {@code max} characters of the text, or all of it when shorter: what a preview shows. The text is
     * made only that far, so a novel's JSON-LD is never held whole for it.
     */
    public String head(int max) {
        StringBuilder kept = new StringBuilder();
        Writer upTo = new Writer() {
            @Override
            public void write(char[] chars, int off, int len) throws IOException {
                kept.append(chars, off, Math.min(len, max - kept.length()));
                if (kept.length() >= max) {
                    throw new Enough();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        try {
            body.writeTo(upTo);
        } catch (Enough e) {
            // as much as was asked for
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kept.toString();
    }

    /** Stops a body once a {@link #head} has its characters. */
    private static final class Enough extends IOException {
        Enough() {
            super("enough", null);
        }
    }

    /** Writes the text to {@code out}. */
    public void writeTo(Writer out) throws IOException {
        body.writeTo(out);
        out.flush();
    }

    /** Writes the text to {@code file} as UTF-8, replacing it. */
    public void writeTo(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeTo(out);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExportFile f && f.extension.equals(extension) && f.content().equals(content());
    }

    @Override
    public int hashCode() {
        return Objects.hash(extension, content());
    }

    @Override
    public String toString() {
        return "ExportFile[" + extension + "]";
    }
}

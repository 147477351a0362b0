package org.lector.export;

import java.util.Objects;

/**
 * One file of an export: brat gives two ({@code .txt} and {@code .ann}), every other format one.
 *
 * @param extension the file name extension, without the dot
 * @param content   the file's text, written as UTF-8
 */
public record ExportFile(String extension, String content) {

    public ExportFile {
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(content, "content");
    }
}

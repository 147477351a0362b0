package org.lector.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file to import (a brat {@code .ann} or {@code .txt}, a JSON-LD or Hypothesis file) with the checks an
 * article gets: it must exist, be a file, be no larger than {@link #MAX_BYTES} (checked before a byte is read, so a
 * huge file costs nothing), hold no binary data, and be UTF-8. Each failure is one sentence naming the file.
 */
public final class ImportFile {

    /** The largest file imported: 50 MiB, the limit for articles ({@code DocumentLoader.MAX_BYTES}). */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private ImportFile() {
    }

    /**
     * The file's text, without a byte order mark.
     *
     * @param what what the file is, for messages ("brat .ann", "annotation")
     */
    public static String read(Path file, String what) throws ImportException {
        if (!Files.exists(file)) {
            throw new ImportException("the " + what + " file " + file + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new ImportException(file + " is a folder, not a " + what + " file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ImportException(file + " is " + String.format(java.util.Locale.ROOT, "%.1f",
                        size / (1024.0 * 1024)) + " MB; Lector imports files of up to " + MAX_BYTES / (1024 * 1024)
                        + " MB, as it opens articles of up to that size");
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Read at most one byte past the limit: a file that grew since it was measured is still refused.
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw new ImportException(file + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
        } catch (AccessDeniedException e) {
            throw new ImportException("Lector may not read " + file, e);
        } catch (IOException e) {
            throw new ImportException("could not read " + file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new ImportException(file + " is not a text file (it holds binary data), so it cannot be a "
                        + what + " file");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(file + " is not UTF-8 text, so it cannot be a " + what + " file", e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}

package org.lector.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a file to import (a brat {@code .ann} or {@code .txt}, a JSON-LD or Hypothesis file) with the checks an
 * article gets: it must exist, be a file, be no larger than its limit (checked before a byte is read, so a huge
 * file costs nothing), hold no binary data, and be UTF-8. Each failure is one sentence naming the file. Small
 * formats are {@link #read} whole; JSON-LD, which a novel's export makes large, is {@link #open}ed as a stream.
 */
public final class ImportFile {

    /** The largest file read whole: 50 MiB, the limit for articles ({@code DocumentLoader.MAX_BYTES}). */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final int SNIFF = 8192;

    private ImportFile() {
    }

    /**
     * The file's text, without a byte order mark.
     *
     * @param what what the file is, for messages ("brat .ann", "annotation")
     */
    public static String read(Path file, String what) throws ImportException {
        check(file, what, MAX_BYTES);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Read at most one byte past the limit: a file that grew since it was measured is still refused.
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(file + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        refuseBinary(file, what, bytes, bytes.length);
        String text;
        try {
            text = decoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw notUtf8(file, what, e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Checks that {@code file} exists, is a file of at most {@code maxBytes} and does not start as binary data,
     * reading at most its first 8 KiB; returns its size.
     */
    public static long check(Path file, String what, long maxBytes) throws ImportException {
        if (!Files.exists(file)) {
            throw new ImportException("the " + what + " file " + file + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new ImportException(file + " is a folder, not a " + what + " file");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ImportException(file + " is " + megabytes(size) + "; Lector imports files of up to "
                        + megabytes(maxBytes) + (maxBytes == MAX_BYTES ? ", as it opens articles of up to that size"
                                : ", far more than an export of the longest article it reads"));
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] head = in.readNBytes(SNIFF);
                refuseBinary(file, what, head, head.length);
            }
            return size;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * The file as characters, strictly UTF-8 (a malformed byte fails the read with a
     * {@link CharacterCodingException}, which {@link #notUtf8} words), without its byte order mark. Call
     * {@link #check} first.
     */
    static Reader open(Path file) throws ImportException {
        try {
            Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder()), 1 << 16);
            r.mark(1);
            if (r.read() != '\uFEFF') {
                r.reset();
            }
            return r;
        } catch (CharacterCodingException e) {
            throw notUtf8(file, "annotation", e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    static ImportException notUtf8(Path file, String what, CharacterCodingException e) {
        return new ImportException(file + " is not UTF-8 text, so it cannot be a " + what + " file", e);
    }

    static ImportException unreadable(Path file, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new ImportException("Lector may not read " + file, e);
        }
        return new ImportException("could not read " + file + ": " + e.getMessage(), e);
    }

    /** A size as people read it: "132.8 MB" (MiB, as the article limit is given). */
    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024);
        return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb)) + " MB";
    }

    private static java.nio.charset.CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static void refuseBinary(Path file, String what, byte[] bytes, int length) throws ImportException {
        for (int i = 0; i < Math.min(length, SNIFF); i++) {
            if (bytes[i] == 0) {
                throw new ImportException(file + " is not a text file (it holds binary data), so it cannot be a "
                        + what + " file");
            }
        }
    }
}

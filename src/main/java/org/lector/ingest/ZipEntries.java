package org.lector.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * The entries of a zip container (EPUB, DOCX) that a reader wants, read from memory with limits, so a zip bomb
 * (a few kilobytes that unpack to gigabytes) is refused rather than filling the heap.
 */
final class ZipEntries {

    /**
     * All wanted entries together may unpack to this much: several times the XML of a long book or report, and
     * still held in memory beside the language models without trouble.
     */
    static final long MAX_UNPACKED = 64L * 1024 * 1024;

    /** More entries than this is no document. */
    static final int MAX_ENTRIES = 20_000;

    private final Map<String, byte[]> entries;

    private ZipEntries(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    /**
     * Reads the entries whose names {@code wanted} accepts.
     *
     * @param kind what the file should be ("an EPUB book"), for the message when it is not
     */
    static ZipEntries read(byte[] bytes, String fileName, String kind, Predicate<String> wanted)
            throws IngestException {
        Map<String, byte[]> entries = new HashMap<>();
        long unpacked = 0;
        int count = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++count > MAX_ENTRIES) {
                    throw tooBig(fileName);
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new IngestException(IngestException.Reason.CANCELLED, fileName,
                            "Opening " + Ingest.quoted(fileName) + " was cancelled.");
                }
                if (e.isDirectory() || !wanted.test(e.getName())) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED) {
                        throw tooBig(fileName);
                    }
                    out.write(buffer, 0, n);
                }
                entries.put(e.getName(), out.toByteArray());
            }
        } catch (ZipException e) {
            throw damaged(fileName, kind, e);
        } catch (IOException e) {
            throw damaged(fileName, kind, e);
        }
        if (count == 0) {
            throw damaged(fileName, kind, null);
        }
        return new ZipEntries(entries);
    }

    /** The entry's bytes, or null when the container has no such entry (or it was not wanted). */
    byte[] get(String name) {
        return entries.get(name);
    }

    /** The entry parsed as XML (namespace prefixes stay in the tag names: {@code w:p}), or null when absent. */
    org.jsoup.nodes.Document xml(String name) {
        byte[] b = entries.get(name);
        if (b == null) {
            return null;
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(b), null, "", Parser.xmlParser());
        } catch (IOException e) {
            // Reading from memory does not fail.
            throw new IllegalStateException(e);
        }
    }

    static IngestException damaged(String fileName, String kind, Exception cause) {
        return new IngestException(IngestException.Reason.DAMAGED, fileName,
                Ingest.quoted(fileName) + " is not " + kind + " Lector can read: the file is damaged or of another kind.",
                cause);
    }

    private static IngestException tooBig(String fileName) {
        return new IngestException(IngestException.Reason.TOO_LARGE, fileName,
                Ingest.quoted(fileName) + " unpacks to more than " + (MAX_UNPACKED >> 20)
                        + " MB, far more than Lector opens.");
    }
}

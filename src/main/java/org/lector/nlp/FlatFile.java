package org.lector.nlp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A file of a few flat sections (tables of ints, floats and characters) that is memory-mapped and read in place:
 * the frame of Lector's fast model files (docs/decisions/0015-flat-model-format.md).
 *
 * <p>Layout, little-endian: the magic {@code LFLT}, a kind (what the file holds) and a version, the number of
 * sections, then each section's offset and length; each section starts on an 8-byte boundary.
 */
final class FlatFile {

    private static final int MAGIC = 0x544c464c; // "LFLT" read little-endian
    static final ByteOrder ORDER = ByteOrder.LITTLE_ENDIAN;

    private final ByteBuffer file;
    private final int sections;

    private FlatFile(ByteBuffer file, int sections) {
        this.file = file;
        this.sections = sections;
    }

    /**
     * Reads the frame of {@code file}.
     *
     * @throws IllegalArgumentException when it is not a flat file of this kind and version (a model built by
     *                                  another Lector)
     */
    static FlatFile open(ByteBuffer file, String kind, int version) {
        ByteBuffer b = file.duplicate().order(ORDER);
        if (b.capacity() < 16 || b.getInt(0) != MAGIC || b.getInt(4) != kindCode(kind) || b.getInt(8) != version) {
            throw new IllegalArgumentException("not a Lector " + kind + " file of version " + version);
        }
        return new FlatFile(b, b.getInt(12));
    }

    /** Section {@code i}, positioned at 0, little-endian. */
    ByteBuffer section(int i) {
        if (i < 0 || i >= sections) {
            throw new IndexOutOfBoundsException("section " + i + " of " + sections);
        }
        int offset = file.getInt(16 + 8 * i);
        int length = file.getInt(20 + 8 * i);
        return file.slice(offset, length).order(ORDER);
    }

    private static int kindCode(String kind) {
        return kind.hashCode();
    }

    /** Writes {@code sections} (each read from position 0 to its limit) as a flat file of {@code kind}. */
    static void write(Path target, String kind, int version, List<ByteBuffer> sections) throws IOException {
        int headerLength = align(16 + 8 * sections.size());
        ByteBuffer header = ByteBuffer.allocate(headerLength).order(ORDER);
        header.putInt(MAGIC).putInt(kindCode(kind)).putInt(version).putInt(sections.size());
        List<ByteBuffer> body = new ArrayList<>();
        long offset = headerLength;
        for (ByteBuffer s : sections) {
            ByteBuffer data = s.duplicate().position(0);
            if (offset + data.limit() > Integer.MAX_VALUE) {
                throw new IOException("flat file over 2 GB: " + target);
            }
            header.putInt((int) offset).putInt(data.limit());
            body.add(data);
            int padding = align(data.limit()) - data.limit();
            body.add(ByteBuffer.allocate(padding));
            offset += data.limit() + padding;
        }
        header.position(0);
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(out, header);
            for (ByteBuffer b : body) {
                writeFully(out, b);
            }
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            out.write(b);
        }
    }

    static int align(int n) {
        return (n + 7) & ~7;
    }
}

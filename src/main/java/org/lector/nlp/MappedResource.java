package org.lector.nlp;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A class path resource as a read-only buffer, memory-mapped where it can be: a file in a folder on the class path
 * (as the tests have it), or an entry stored uncompressed in a jar (as the models jar ships). Anything else is read
 * into a direct buffer, which works as well and costs one read.
 */
final class MappedResource {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL = 0x06054b50;
    private static final int STORED = 0;

    private MappedResource() {
    }

    static ByteBuffer map(String resource) throws IOException {
        URL url = MappedResource.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new FileNotFoundException("model file not on the class path: " + resource);
        }
        return map(url);
    }

    /** The resource at {@code url} (a {@code file:} or {@code jar:file:} URL, else anything a URL can open). */
    static ByteBuffer map(URL url) throws IOException {
        try {
            if (url.getProtocol().equals("file")) {
                return mapRange(Path.of(url.toURI()), 0, -1);
            }
            if (url.getProtocol().equals("jar")) {
                String spec = url.getFile();
                int sep = spec.indexOf("!/");
                if (sep > 0 && spec.startsWith("file:")) {
                    Path jar = Path.of(new URI(spec.substring(0, sep)));
                    Optional<long[]> range = storedRange(jar, spec.substring(sep + 2));
                    if (range.isPresent()) {
                        return mapRange(jar, range.get()[0], range.get()[1]);
                    }
                }
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // An unusual class path entry: read the resource instead of mapping it.
        }
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
        }
    }

    private static ByteBuffer mapRange(Path file, long offset, long length) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = length < 0 ? ch.size() : length;
            return ch.map(FileChannel.MapMode.READ_ONLY, offset, size);
        }
    }

    /**
     * Where the data of {@code entry} lies in the zip file {@code jar} (offset, length), when it is stored without
     * compression; empty when it is compressed, absent, or the archive is one this reader does not follow (zip64).
     */
    static Optional<long[]> storedRange(Path jar, String entry) throws IOException {
        try (FileChannel ch = FileChannel.open(jar, StandardOpenOption.READ)) {
            long size = ch.size();
            int tailLength = (int) Math.min(size, 22 + 0xffff);
            ByteBuffer tail = read(ch, size - tailLength, tailLength);
            int end = -1;
            for (int i = tailLength - 22; i >= 0; i--) {
                if (tail.getInt(i) == END_OF_CENTRAL) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                return Optional.empty();
            }
            long cdLength = Integer.toUnsignedLong(tail.getInt(end + 12));
            long cdOffset = Integer.toUnsignedLong(tail.getInt(end + 16));
            if (cdOffset == 0xffffffffL || cdOffset + cdLength > size) {
                return Optional.empty();
            }
            ByteBuffer cd = read(ch, cdOffset, (int) cdLength);
            byte[] wanted = entry.getBytes(StandardCharsets.UTF_8);
            int p = 0;
            while (p + 46 <= cd.limit() && cd.getInt(p) == CENTRAL_HEADER) {
                int method = Short.toUnsignedInt(cd.getShort(p + 10));
                long length = Integer.toUnsignedLong(cd.getInt(p + 24));
                int nameLength = Short.toUnsignedInt(cd.getShort(p + 28));
                int extraLength = Short.toUnsignedInt(cd.getShort(p + 30));
                int commentLength = Short.toUnsignedInt(cd.getShort(p + 32));
                long local = Integer.toUnsignedLong(cd.getInt(p + 42));
                if (nameLength == wanted.length && cd.slice(p + 46, nameLength).equals(ByteBuffer.wrap(wanted))) {
                    if (method != STORED || local == 0xffffffffL || length == 0xffffffffL) {
                        return Optional.empty();
                    }
                    ByteBuffer header = read(ch, local, 30);
                    if (header.getInt(0) != LOCAL_HEADER) {
                        return Optional.empty();
                    }
                    long data = local + 30 + Short.toUnsignedInt(header.getShort(26))
                            + Short.toUnsignedInt(header.getShort(28));
                    return Optional.of(new long[] {data, length});
                }
                p += 46 + nameLength + extraLength + commentLength;
            }
            return Optional.empty();
        }
    }

    private static ByteBuffer read(FileChannel ch, long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, position + b.position()) < 0) {
                throw new IOException("zip file shorter than its directory says");
            }
        }
        return b.flip();
    }
}

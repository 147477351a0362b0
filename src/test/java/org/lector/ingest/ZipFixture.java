package org.lector.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small zip containers (EPUB, DOCX) in memory for the readers' tests. */
final class ZipFixture {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    ZipFixture put(String name, String content) {
        entries.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    ZipFixture put(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    /** The zip; an entry named {@code mimetype} is stored uncompressed, first, as EPUB requires. */
    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = entries.get("mimetype");
            if (mimetype != null) {
                ZipEntry e = new ZipEntry("mimetype");
                e.setMethod(ZipEntry.STORED);
                e.setSize(mimetype.length);
                CRC32 crc = new CRC32();
                crc.update(mimetype);
                e.setCrc(crc.getValue());
                zip.putNextEntry(e);
                zip.write(mimetype);
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                if (e.getKey().equals("mimetype")) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

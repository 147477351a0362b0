package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedResourceTest {

    private static final byte[] STORED = "stored, so mapped in place".repeat(100).getBytes(StandardCharsets.UTF_8);
    private static final byte[] DEFLATED = "deflated, so read".repeat(100).getBytes(StandardCharsets.UTF_8);

    @Test
    void anEntryStoredInAJarIsMappedInPlace(@TempDir Path dir) throws IOException {
        Path jar = jar(dir);
        long[] range = MappedResource.storedRange(jar, "models/stored.bin").orElseThrow();
        byte[] file = Files.readAllBytes(jar);
        assertThat(range[1]).isEqualTo(STORED.length);
        assertThat(Arrays.copyOfRange(file, (int) range[0], (int) (range[0] + range[1]))).isEqualTo(STORED);
        ByteBuffer b = MappedResource.map(new URL("jar:" + jar.toUri() + "!/models/stored.bin"));
        assertThat(bytes(b)).isEqualTo(STORED);
    }

    @Test
    void aCompressedEntryIsReadInstead(@TempDir Path dir) throws IOException {
        Path jar = jar(dir);
        assertThat(MappedResource.storedRange(jar, "models/deflated.bin")).isEmpty();
        ByteBuffer b = MappedResource.map(new URL("jar:" + jar.toUri() + "!/models/deflated.bin"));
        assertThat(bytes(b)).isEqualTo(DEFLATED);
    }

    @Test
    void anEntryNotInTheJarHasNoRange(@TempDir Path dir) throws IOException {
        assertThat(MappedResource.storedRange(jar(dir), "models/none.bin")).isEmpty();
    }

    @Test
    void aFileInAFolderOnTheClassPathIsMapped() throws IOException {
        // The tests have the built models folder on the class path, as the pom sets it.
        String resource = FlatCrf.DIR + "english.muc.7class.distsim.crf.flat";
        ByteBuffer b = MappedResource.map(resource);
        assertThat(b).isInstanceOf(MappedByteBuffer.class);
        assertThat(b.capacity()).isEqualTo(
                Files.size(Path.of(getClass().getClassLoader().getResource(resource).getPath())));
    }

    private static Path jar(Path dir) throws IOException {
        Path jar = dir.resolve("models.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("models/deflated.bin"));
            zip.write(DEFLATED);
            ZipEntry stored = new ZipEntry("models/stored.bin");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(STORED.length);
            CRC32 crc = new CRC32();
            crc.update(STORED);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(STORED);
        }
        return jar;
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }
}

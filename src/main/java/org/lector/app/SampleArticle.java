package org.lector.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * The sample article Lector opens when given nothing. It ships inside the jar and is copied to the data
 * directory, so it opens like any other file and shows a real path.
 */
public final class SampleArticle {

    static final String RESOURCE = "/org/lector/assets/samples/paris-summit.txt";

    private SampleArticle() {
    }

    /** The sample's path under {@code dataDir}, written (or refreshed) from the bundled copy. */
    public static Path install(Path dataDir) {
        try (InputStream in = SampleArticle.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample article is missing from the build");
            }
            byte[] bytes = in.readAllBytes();
            Path target = dataDir.resolve("samples").resolve("paris-summit.txt");
            if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), "sample", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("the sample article could not be copied to " + dataDir, e);
        }
    }
}

package org.lector.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpus beside the checkout (../shared/corpus), as surefire passes it in {@code lector.corpus}. */
public final class Corpus {

    private Corpus() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("lector.corpus", "../shared/corpus"));
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("the shared corpus is not at " + root.toAbsolutePath()
                    + "; clone the project with ../shared beside it");
        }
        return root;
    }

    public static Path file(String relative) {
        Path p = root().resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("corpus file missing: " + p);
        }
        return p;
    }
}

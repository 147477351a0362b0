package org.lector.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Finds the shared corpus: system property {@code lector.corpus} (set by surefire), else {@code ../shared/corpus}. */
final class TestCorpus {

    private TestCorpus() {
    }

    static Path root() {
        String configured = System.getProperty("lector.corpus");
        return Path.of(configured != null && !configured.isBlank() ? configured : "../shared/corpus");
    }

    /** A corpus file; the calling test is skipped, with the reason, when the corpus is not there. */
    static Path file(String relative) {
        Path path = root().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(path),
                () -> "SKIPPED: corpus file " + path.toAbsolutePath() + " not found; set -Dlector.corpus");
        return path;
    }
}

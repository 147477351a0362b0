package org.lector.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --dir DIR}, where a benchmark puts its throwaway libraries and texts, mixed into each benchmark that
 * writes files ({@code @Mixin WorkDirOption workDir;}) so the option reads and defaults the same in all of them.
 */
public final class WorkDirOption {

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where the throwaway libraries and texts go (default: the system temp folder).")
    Path dir;

    /** The folder given with {@code --dir}, else the system temp folder. */
    Path folder() {
        return dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"));
    }
}

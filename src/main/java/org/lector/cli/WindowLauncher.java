package org.lector.cli;

import java.nio.file.Path;
import org.lector.model.Document;

/**
 * Opens the reading window. The command line knows nothing of the UI; the application wiring supplies this.
 */
@FunctionalInterface
public interface WindowLauncher {

    /**
     * Opens the window and returns when it is closed.
     *
     * @param path     the article's path, or {@code null} for the sample article
     * @param document the article already read from {@code path}, or {@code null}
     * @return the process exit code
     */
    int open(Path path, Document document);

    /**
     * Opens the window with the library at {@code library}: the {@code --db} value, else the default library.
     * The window opens the library itself, off the FX thread, so that a fault (locked, corrupt, ...) is shown
     * in a dialog even when Lector was started from a desktop menu, where nobody reads stderr.
     *
     * @param library the library file; never {@code null}
     */
    default int open(Path path, Document document, Path library) {
        return open(path, document);
    }
}

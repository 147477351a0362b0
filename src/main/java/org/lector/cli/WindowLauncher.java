package org.lector.cli;

import java.nio.file.Path;
import org.lector.model.Document;

/**
 * Opens the reading window. The command line knows nothing of the UI; the application wiring supplies this.
 */
@FunctionalInterface
public interface WindowLauncher {

    /**
     * Opens the window and returns when it is closed. The window opens the library itself, off the FX thread, so
     * that a fault (locked, corrupt, ...) is shown in a dialog even when Lector was started from a desktop menu,
     * where nobody reads stderr.
     *
     * @param path     the article's path, or {@code null} for a web page or the sample article
     * @param document the article already read from {@code path}, or {@code null}
     * @param url      a web page for the window to fetch and show (with its progress, and any failure in the
     *                 window), or {@code null}; {@code path} is then {@code null}
     * @param library  the {@code --db} library, or {@code null} for the one the window used last (else the
     *                 default library)
     * @return the process exit code
     */
    int open(Path path, Document document, String url, Path library);
}

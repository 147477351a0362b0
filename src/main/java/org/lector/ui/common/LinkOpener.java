package org.lector.ui.common;

import java.awt.Desktop;
import java.net.URI;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens web links in the user's browser through {@link Desktop} where the platform offers it (Lector is not a
 * JavaFX {@code Application}, so it has no HostServices). Where it does not, the address goes to the clipboard
 * and the reader is told so.
 */
public final class LinkOpener {

    private static final Logger LOG = LoggerFactory.getLogger(LinkOpener.class);

    private final BackgroundTasks tasks;
    private final Consumer<String> status;

    public LinkOpener(BackgroundTasks tasks, Consumer<String> status) {
        this.tasks = tasks;
        this.status = status;
    }

    /** Opens {@code url}, an http or https address; called on the FX thread. */
    public void open(String url) {
        URI uri = URI.create(url.strip());
        // Desktop is AWT: kept off the FX thread, where it could wait on the toolkit.
        tasks.submit(progress -> canBrowse() ? browse(uri) : Boolean.FALSE, opened -> {
            if (opened) {
                status.accept("Opened " + uri.getHost() + " in your browser.");
            } else {
                ClipboardContent content = new ClipboardContent();
                content.putString(uri.toString());
                Clipboard.getSystemClipboard().setContent(content);
                status.accept("This system offers no way to open a browser; the link is copied, paste it into one.");
            }
        }, error -> {
            LOG.warn("could not open {}", uri, error);
            status.accept("The browser could not be opened; the link is " + uri + ".");
        });
    }

    private static boolean canBrowse() {
        try {
            return !java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Boolean browse(URI uri) throws Exception {
        Desktop.getDesktop().browse(uri);
        return Boolean.TRUE;
    }
}

package org.lector.app;

import org.lector.cli.LectorCommand;
import org.lector.ingest.DocumentLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Lector's entry point. Not a JavaFX {@code Application}, so the jar runs with JavaFX on the class path; the
 * command line decides whether a window opens at all.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // JavaFX warns through java.util.logging on stderr; route it to Lector's log file instead.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        // A failure on any other thread (the window's, a worker's) goes to the log, never as a trace on stderr.
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) ->
                LoggerFactory.getLogger(Main.class).error("uncaught on thread {}", thread.getName(), failure));
        int exit;
        try {
            AppPaths paths = AppPaths.fromEnvironment();
            exit = LectorCommand.commandLine(new DesktopLauncher(paths, System.err), new DocumentLoader())
                    .execute(args);
        } catch (Throwable failure) {
            // The commands report their own failures; this is the last line of defence (an error thrown past
            // picocli, such as running out of memory outside any one file's work).
            LoggerFactory.getLogger(Main.class).error("lector failed", failure);
            System.err.println("lector: unexpected error (" + failure.getClass().getSimpleName()
                    + "); the details are in the log.");
            exit = 1;
        }
        System.exit(exit);
    }
}

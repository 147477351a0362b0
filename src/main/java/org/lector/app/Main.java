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
        // The window's toolkit starts while the command line is built and the article read (decision 0027). Logging
        // is set up first: JavaFX logs as it starts, and a line logged on another thread while SLF4J is being set up
        // is replayed with a warning on stderr.
        LoggerFactory.getILoggerFactory();
        FxToolkit toolkit = FxToolkit.startEarly(args);
        // The commands report their own failures; runProcess catches what is thrown past them.
        int exit = LectorCommand.runProcess(err -> new DesktopLauncher(AppPaths.fromEnvironment(), err, toolkit),
                new DocumentLoader(), args);
        System.exit(exit);
    }
}

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
        // JavaFX warns through java.util.logging on stderr: never there. Until the bridge below is in, its lines go
        // nowhere.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        // A failure on any other thread (the window's, a worker's) goes to the log, never as a trace on stderr.
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) ->
                LoggerFactory.getLogger(Main.class).error("uncaught on thread {}", thread.getName(), failure));
        // The window's toolkit starts while logging is set up, the command line built and the article read
        // (decisions 0027, 0031). The bridge that gives JavaFX's lines to SLF4J comes only once SLF4J is set up: a
        // line logged on another thread while SLF4J is being set up is replayed with a warning on stderr.
        FxToolkit toolkit = FxToolkit.startEarly(args);
        LoggerFactory.getILoggerFactory();
        SLF4JBridgeHandler.install();
        // The commands report their own failures; runProcess catches what is thrown past them.
        int exit = LectorCommand.runProcess(err -> new DesktopLauncher(AppPaths.fromEnvironment(), err, toolkit),
                new DocumentLoader(), args);
        System.exit(exit);
    }
}

package org.lector.app;

import org.lector.cli.LectorCommand;
import org.lector.ingest.DocumentLoader;
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
        AppPaths paths = AppPaths.fromEnvironment();
        int exit = LectorCommand.commandLine(new DesktopLauncher(paths, System.err), new DocumentLoader())
                .execute(args);
        System.exit(exit);
    }
}

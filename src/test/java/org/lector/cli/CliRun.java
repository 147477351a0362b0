package org.lector.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.lector.ingest.DocumentLoader;
import picocli.CommandLine;

/**
 * Runs {@code lector} commands in the test's JVM, as a user would type them, without a window or an engine: what they
 * print on stdout and stderr is kept for the test to read.
 */
final class CliRun {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** The exit code of {@code lector ARGS...}. */
    int run(String... args) {
        CommandLine cl = LectorCommand.commandLine((file, document, url, library) -> 0, new DocumentLoader());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }
}

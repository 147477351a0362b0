package org.lector.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.lector.model.DisplayNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the commands tell the user that something failed: one sentence on stderr that names the file, with its
 * control characters escaped, never a stack trace (that goes to the log). And a check that what was written to
 * stdout really arrived: a {@link PrintWriter} swallows write errors, so a full disk ({@code > /dev/full}) would
 * otherwise end in exit code 0 with nothing written.
 */
final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    /** Exit code for output that could not be written, as for any other failure that is not the input's. */
    static final int EXIT_OUTPUT = 1;

    private Failures() {
    }

    /** Output that could not be written: the command stops with {@link #EXIT_OUTPUT}. */
    static final class OutputFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputFailure(String message) {
            super(message, null, false, false);
        }
    }

    /** {@code file} in the quotation marks of every message, escaped. */
    static String quoted(Path file) {
        return "\u201C" + DisplayNames.escape(file.toString()) + "\u201D";
    }

    /** Prints {@code sentence} for {@code command} and returns exit code 2 (bad input). */
    static int fail(PrintWriter err, String command, String sentence) {
        err.println("lector " + command + ": " + sentence);
        err.flush();
        return LectorCommand.EXIT_BAD_INPUT;
    }

    /**
     * Reports a file whose analysis failed with {@code failure} in one sentence, logs the details, and returns
     * exit code 2: the failure is the file's, and the next file is still done.
     */
    static int failed(PrintWriter err, String command, Path file, Throwable failure) {
        String shown = quoted(file);
        if (failure instanceof OutOfMemoryError) {
            // The analysis is abandoned, so what it allocated is garbage again: the next file has the heap back.
            LOG.error("{} {}: out of memory", command, file, failure);
            return fail(err, command, shown + " needs more memory than Lector may use (" + heap()
                    + "); it was not analysed.");
        }
        if (failure instanceof StackOverflowError) {
            LOG.error("{} {}: stack overflow", command, file, failure);
            return fail(err, command, shown + " is nested too deeply to analyse; it was not analysed.");
        }
        LOG.error("{} of {} failed", command, file, failure);
        return fail(err, command, shown + ": the analysis failed; the details are in the log.");
    }

    /** Throws {@link OutputFailure} when anything written to {@code out} so far was lost. */
    static void checkWritten(PrintWriter out, String command) {
        if (out.checkError()) {
            throw new OutputFailure("lector " + command + ": the output could not be written (a full disk or a"
                    + " closed pipe); it is incomplete.");
        }
    }

    private static String heap() {
        return String.format(Locale.ROOT, "a heap of %d MB", Runtime.getRuntime().maxMemory() >> 20);
    }
}

package org.lector.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.lector.store.Library;
import org.lector.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --db PATH}, the library file, mixed into the top command with {@link ScopeType#INHERIT} so that every
 * subcommand accepts it too ({@code lector --db X analyze FILE} and {@code lector analyze --db X FILE} alike),
 * including subcommands added later, without declaring it themselves.
 *
 * <p>Picocli binds the inherited copies to this one field, so a subcommand reads the value through
 * {@link #given(CommandSpec)} on its own spec. Library faults become one line on stderr and
 * {@link #EXIT_LIBRARY}; see {@link #report}.
 */
public final class LibraryOption {

    /** Exit code for a library that cannot be opened or written (corrupt, read-only, locked, newer, disk full). */
    public static final int EXIT_LIBRARY = 3;

    /** The line every command's help ends with, so the exit codes read the same everywhere. */
    static final String EXIT_CODES = "Exit codes: 0 done, 1 unexpected error or output that could not be written,"
            + " 2 bad input (a file could not be read or analysed; the others are still processed), 3 the library"
            + " could not be opened or written, 130 stopped with Ctrl+C.";

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The library file (SQLite). Without --db the window and import use the library the window"
                    + " used last, else $XDG_DATA_HOME/lector/library.db (else under ~/.local/share); analyze and"
                    + " export analyse afresh and store nothing.")
    Path db;

    /** The {@code --db} value given on the command line to this command or any parent, or {@code null}. */
    static Path given(CommandSpec spec) {
        OptionSpec option = spec.findOption("--db");
        return option == null ? null : option.getValue();
    }

    /**
     * Opens the library at {@code db} and prints, on {@code err}, the sentence it has when opening recovered from
     * a damaged journal (a copy of which it kept): the user must hear that recent changes were lost.
     */
    static Library open(Path db, PrintWriter err) {
        Library library = Library.open(db);
        library.notice().ifPresent(notice -> {
            err.println("lector: " + notice);
            err.flush();
        });
        return library;
    }

    /**
     * Prints a library fault as one line and returns {@link #EXIT_LIBRARY}, or returns -1 when {@code failure}
     * is not a library fault. Looks through the {@link CompletionException} wrappers of the store's futures.
     */
    static int report(Throwable failure, PrintWriter err) {
        StoreException store = storeFault(failure);
        if (store == null) {
            return -1;
        }
        // The store's messages are whole sentences naming the file; a stack trace would only bury them.
        err.println("lector: " + store.getMessage());
        err.flush();
        return EXIT_LIBRARY;
    }

    /** The {@link StoreException} behind {@code failure}, or {@code null}. */
    static StoreException storeFault(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof CommandLine.ExecutionException) {
            if (t.getCause() == null) {
                break;
            }
            t = t.getCause();
        }
        return t instanceof StoreException s ? s : null;
    }
}

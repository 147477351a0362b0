package org.lector.cli;

import java.util.Set;

/**
 * What the command line's arguments say about the window before the command line is built: the application starts
 * the window's toolkit early when they may open it (decision 0027). No logger and no picocli here, so asking costs
 * nothing at launch.
 */
public final class WindowArguments {

    /** The subcommands' names, as {@link LectorCommand#commandLine} adds them (a test holds the two together). */
    static final Set<String> SUBCOMMANDS = Set.of("analyze", "export", "import", "eval", "salvage", "extract",
            "people", "claims", "versions", "bench");
    /** The options that print and exit, whatever else is given. */
    private static final Set<String> PRINT_AND_EXIT = Set.of("-h", "--help", "-V", "--version");

    private WindowArguments() {
    }

    /**
     * Whether {@code args} may open the window, as far as can be told without building the command line (picocli's
     * reflection over every subcommand): no subcommand, no help or version, no argument file. Arguments it lets
     * through that picocli then refuses are refused as before; it only decides whether the toolkit starts early.
     */
    public static boolean mayOpenWindow(String... args) {
        for (String arg : args) {
            if (SUBCOMMANDS.contains(arg) || PRINT_AND_EXIT.contains(arg) || arg.startsWith("@")) {
                return false;
            }
        }
        return true;
    }
}

package org.lector.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lector.ingest.DocumentLoader;
import org.lector.ingest.IngestException;
import org.lector.model.Document;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lector [FILE]}: opens the reading window on FILE, or on the sample article when none is given. The file
 * is read here first, so a file Lector cannot open is reported on stderr with exit code 2 and no window.
 */
@Command(name = "lector", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Read news closely: the people, places, organisations, quotes and claims of an article.",
        footer = {"", "Opens plain text (any common charset), HTML and Markdown articles.",
                "Exit codes: 0 done, 1 the window could not be opened, 2 the file could not be read."})
public final class LectorCommand implements Callable<Integer> {

    /** Exit code for a file that cannot be read. */
    public static final int EXIT_BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The article to open.")
    private Path file;

    private final WindowLauncher launcher;
    private final DocumentLoader loader;

    public LectorCommand(WindowLauncher launcher, DocumentLoader loader) {
        this.launcher = launcher;
        this.loader = loader;
    }

    @Override
    public Integer call() {
        Document document = null;
        if (file != null) {
            try {
                document = loader.load(file);
            } catch (IngestException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("lector: " + e.getMessage());
                err.flush();
                return EXIT_BAD_INPUT;
            }
        }
        return launcher.open(file, document);
    }

    /** The command line with Lector's conventions: clear messages, no stack traces for bad arguments. */
    public static CommandLine commandLine(WindowLauncher launcher, DocumentLoader loader) {
        CommandLine cl = new CommandLine(new LectorCommand(launcher, loader));
        cl.addSubcommand(new AnalyzeCommand(loader));
        cl.addSubcommand(new EvalCommand());
        // Named bench-nlp for now; the integrator nests it under the store's bench command as "bench nlp".
        cl.addSubcommand("bench-nlp", new NlpBenchCommand(loader));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            commandLine.getErr().println("lector: unexpected error: " + message);
            return 1;
        });
        return cl;
    }
}

package org.lector.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.lector.ingest.DocumentLoader;
import org.lector.ingest.IngestException;
import org.lector.model.DisplayNames;
import org.lector.ingest.WebPageLoader;
import org.lector.model.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lector [FILE|URL]}: opens the reading window on FILE, on the web page at URL, or on the sample article when
 * none is given. A file is read here first, so a file Lector cannot open is reported on stderr with exit code 2 and
 * no window. A web page is fetched by the window, which shows the fetch's progress and, should it fail, why; only an
 * address that is not one (no host, not http or https) is refused here.
 */
@Command(name = "lector", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Read news closely: the people, places, organisations, quotes and claims of an article.",
        footer = {"", "Opens plain text (any common charset), HTML, Markdown, PDF, EPUB and Word articles,"
                        + " and web pages (http:// or https:// addresses).",
                "Exit codes: 0 done, 1 the window could not be opened, 2 the file could not be read,"
                        + " 3 the library could not be opened or written (subcommands).",
                "--db applies to every subcommand too: lector --db X analyze FILE = lector analyze --db X FILE."})
public final class LectorCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(LectorCommand.class);

    /** Exit code for a file that cannot be read. */
    public static final int EXIT_BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LibraryOption library;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|URL",
            description = "The article to open: a file, or the address of a web page.")
    private String file;

    private final WindowLauncher launcher;
    private final DocumentLoader loader;

    public LectorCommand(WindowLauncher launcher, DocumentLoader loader) {
        this.launcher = launcher;
        this.loader = loader;
    }

    @Override
    public Integer call() {
        Document document = null;
        Path path = null;
        String url = null;
        try {
            if (file != null && WebPageLoader.isWebAddress(file)) {
                url = WebPageLoader.check(file);
            } else if (file != null) {
                // The source is the key the library files the article under; analyze --db uses the absolute path
                // too, so the window and the command line find the same document whatever the working directory.
                path = Path.of(file).toAbsolutePath().normalize();
                document = loader.load(path);
            }
        } catch (IngestException e) {
            return badInput(e.getMessage());
        } catch (InvalidPathException e) {
            return badInput("\u201c" + file + "\u201d is not a file name this system accepts.");
        }
        return launcher.open(path, document, url, LibraryOption.given(spec));
    }

    private int badInput(String sentence) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("lector: " + sentence);
        err.flush();
        return EXIT_BAD_INPUT;
    }

    /**
     * A path from the command line. In a locale whose encoding cannot name a file (LANG=C with a non-ASCII name)
     * Java cannot make a path of it at all; that is the user's to fix, so it is said in one sentence.
     */
    static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("the file name \u201C" + DisplayNames.escape(value)
                    + "\u201D cannot be used: it has characters the system's file-name encoding ("
                    + System.getProperty("sun.jnu.encoding", "?") + ") cannot represent; run Lector in a UTF-8"
                    + " locale (LANG=C.UTF-8) or rename the file");
        }
    }

    /** The command line with Lector's conventions: clear messages, no stack traces for bad arguments. */
    /**
     * Runs Lector's command line as the process does, on its stdout and stderr ({@code launcher} is given stderr
     * for what a window that cannot open has to say), and is the last line of defence: a failure thrown past
     * picocli (running out of memory outside any one file's work, say) is one sentence on stderr, its details in
     * the log, and exit code 1.
     */
    public static int runProcess(Function<PrintStream, WindowLauncher> launcher, DocumentLoader loader,
            String... args) {
        try {
            CommandLine cl = forArguments(launcher.apply(System.err), loader, args);
            cl.setOut(stdout());
            return cl.execute(args);
        } catch (Throwable failure) {
            LOG.error("lector failed", failure);
            System.err.println("lector: unexpected error (" + failure.getClass().getSimpleName()
                    + "); the details are in the log.");
            return 1;
        }
    }

    /**
     * Standard output written straight to its file descriptor. Through {@code System.out} (picocli's default) a
     * write error is swallowed by the {@link PrintStream}, so {@code analyze > /dev/full} ended with exit code 0 and
     * nothing written; this way {@link Failures#checkWritten} sees it.
     */
    private static PrintWriter stdout() {
        String encoding = System.getProperty("sun.stdout.encoding");
        Charset charset = encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                charset)), true);
    }

    public static CommandLine commandLine(WindowLauncher launcher, DocumentLoader loader) {
        return commandLine(launcher, loader, new AnalyzeCommand(loader));
    }

    /**
     * The command line for {@code args}: for arguments that open the window and that the window's command alone
     * accepts, that command without its subcommands, so the launch does not build every subcommand by reflection
     * (about half a second of the main thread on the window's way, issue 16); else the whole command line, whose
     * refusals and usage name the subcommands as always.
     */
    static CommandLine forArguments(WindowLauncher launcher, DocumentLoader loader, String... args) {
        if (WindowArguments.mayOpenWindow(args)) {
            CommandLine window = conventions(new CommandLine(new LectorCommand(launcher, loader)));
            try {
                CommandLine.ParseResult parsed = window.parseArgs(args);
                if (!parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested()) {
                    return window;
                }
            } catch (CommandLine.ParameterException refused) {
                // Said by the whole command line below, with its usage.
            }
        }
        return commandLine(launcher, loader);
    }

    /** As above with a given {@code analyze} command, so tests can stand in for the engine. */
    static CommandLine commandLine(WindowLauncher launcher, DocumentLoader loader, AnalyzeCommand analyze) {
        return commandLine(launcher, loader, analyze, new ExportCommand(loader));
    }

    /** As above with given {@code analyze} and {@code export} commands, so tests can stand in for the engine. */
    static CommandLine commandLine(WindowLauncher launcher, DocumentLoader loader, AnalyzeCommand analyze,
            ExportCommand export) {
        CommandLine cl = new CommandLine(new LectorCommand(launcher, loader));
        cl.addSubcommand(analyze);
        cl.addSubcommand(export);
        cl.addSubcommand(new ImportCommand(loader));
        cl.addSubcommand(new EvalCommand());
        cl.addSubcommand(new SalvageCommand());
        cl.addSubcommand(new ExtractCommand(loader, new WebPageLoader()));
        cl.addSubcommand(new PeopleCommand());
        cl.addSubcommand(new ClaimsCommand());
        cl.addSubcommand(new VersionsCommand(loader));
        CommandLine bench = new CommandLine(new BenchCommand());
        bench.addSubcommand("nlp", new NlpBenchCommand(loader));
        bench.addSubcommand("library", new LibraryBenchCommand());
        bench.addSubcommand("hostile", new HostileBenchCommand());
        cl.addSubcommand("bench", bench);
        // After the subcommands: a converter reaches the commands added before it.
        return conventions(cl);
    }

    /** Lector's conventions on {@code cl} and the subcommands it has: clear messages, no stack traces. */
    private static CommandLine conventions(CommandLine cl) {
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(Path.class, LectorCommand::path);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            int library = LibraryOption.report(ex, commandLine.getErr());
            if (library >= 0) {
                return library;
            }
            if (ex instanceof Failures.OutputFailure) {
                commandLine.getErr().println(ex.getMessage());
                commandLine.getErr().flush();
                return Failures.EXIT_OUTPUT;
            }
            LOG.error("unexpected error", ex);
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            commandLine.getErr().println("lector: unexpected error: " + DisplayNames.escape(message)
                    + "; the details are in the log.");
            return 1;
        });
        return cl;
    }
}

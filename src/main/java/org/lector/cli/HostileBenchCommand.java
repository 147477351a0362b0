package org.lector.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lector.cli.hostile.HostileCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lector bench hostile --out DIR [--scale S] [--only REGEX]}: writes the hostile-input corpus of issue 21
 * (pathological text, HTML and Markdown) into DIR and prints one line per file: name, size, what to expect,
 * what it is. {@code bench/hostile.sh} runs {@code lector analyze} on each under a time limit and prints the table
 * with wall time and peak RSS.
 */
@Command(name = "hostile", mixinStandardHelpOptions = true,
        description = {"Writes the hostile-input corpus (issue 21) into --out; bench/hostile.sh runs Lector on it."},
        footer = {"", LibraryOption.EXIT_CODES})
final class HostileBenchCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where the files go.")
    Path out;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1.0",
            description = "1 = the sizes the issue measured (default); smaller shrinks the big files only.")
    double scale;

    @Option(names = "--only", paramLabel = "REGEX", description = "Only the rows whose name contains a match of REGEX.")
    String only;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter printed = spec.commandLine().getOut();
        Files.createDirectories(out);
        for (HostileCorpus.Row row : HostileCorpus.rows()) {
            if (only != null && !java.util.regex.Pattern.compile(only).matcher(row.name()).find()) {
                continue;
            }
            Path file = row.write(out, scale);
            printed.println(String.format(Locale.ROOT, "%s\t%d\t%s\t%s", file.getFileName(), Files.size(file),
                    row.expect().name().toLowerCase(Locale.ROOT), row.description()));
            printed.flush();
        }
        Failures.checkWritten(printed, "bench hostile");
        return 0;
    }
}

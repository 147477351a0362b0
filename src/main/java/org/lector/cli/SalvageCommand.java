package org.lector.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lector.model.DisplayNames;
import org.lector.store.Salvage;
import org.lector.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lector salvage DAMAGED NEW}: copies what can still be read from a damaged library into a new one (see
 * {@link Salvage}); the damaged file is only read. Offered by the message a damaged library gives.
 */
@Command(name = "salvage", mixinStandardHelpOptions = true,
        description = "Copy what can still be read from a damaged library into a new library file.",
        footer = {"", "Exit codes: 0 done (some rows may have been lost: they are listed), 3 the new library"
                + " could not be written or the damaged one cannot be read at all."})
final class SalvageCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DAMAGED", description = "The damaged library (only read).")
    Path damaged;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new library to write (must not exist).")
    Path target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Salvage.Report report;
        try {
            report = Salvage.salvage(damaged, target);
        } catch (StoreException e) {
            return LibraryOption.report(e, err);
        }
        out.printf("salvaged %,d rows into %s%n", report.total(), DisplayNames.escape(target.toString()));
        for (Map.Entry<String, Integer> t : report.copied().entrySet()) {
            String lost = report.lost().get(t.getKey());
            out.printf("  %-18s %,8d rows%s%n", t.getKey(), t.getValue(), lost == null ? "" : "; lost: " + lost);
        }
        if (report.orphans() > 0) {
            out.printf("  %,d rows dropped whose document or version was lost%n", report.orphans());
        }
        out.flush();
        Failures.checkWritten(out, "salvage");
        return 0;
    }
}

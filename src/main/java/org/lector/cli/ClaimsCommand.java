package org.lector.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import org.lector.export.LibraryNotes;
import org.lector.library.ClaimGroup;
import org.lector.library.Claims;
import org.lector.reading.LibraryViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lector claims [--disagreements]}: the claims two or more articles of a library state, grouped by subject and
 * predicate, disputed ones first; with {@code --disagreements}, only the claims articles disagree on, each as a
 * Markdown note naming both sources.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"The claims articles of a library share (same subject and verb), and where their numbers or"
                + " dates disagree."},
        footer = {"", "Reads --db PATH, else the default library; never creates one.", "",
                LibraryOption.EXIT_CODES})
public final class ClaimsCommand extends LibraryViewCommand {

    @Option(names = "--disagreements", description = "Only the claims whose articles disagree.")
    boolean disagreements;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Show the first N only (default: all).")
    int limit;

    @Override
    int run(LibraryViews views, PrintWriter out, PrintWriter err) throws java.io.IOException {
        Claims claims = views.claims(views.people());
        List<ClaimGroup> groups = disagreements ? claims.disagreements() : claims.groups();
        if (limit > 0 && limit < groups.size()) {
            groups = groups.subList(0, limit);
        }
        if (format == Format.json) {
            ArrayNode a = AnalysisJson.mapper().createArrayNode();
            groups.forEach(g -> a.add(ViewsJson.group(g)));
            out.println(json(a));
            return 0;
        }
        if (groups.isEmpty()) {
            out.println(disagreements ? "No disagreements between the articles of this library."
                    : "No claim is stated by two articles of this library.");
            return 0;
        }
        if (!disagreements) {
            out.print(LibraryNotes.claimList(groups));
            return 0;
        }
        for (ClaimGroup g : groups) {
            out.println(LibraryNotes.disagreement(g, now));
        }
        return 0;
    }
}

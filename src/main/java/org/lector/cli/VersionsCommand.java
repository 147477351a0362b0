package org.lector.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lector.export.LibraryNotes;
import org.lector.ingest.DocumentLoader;
import org.lector.ingest.IngestException;
import org.lector.library.Carryover;
import org.lector.library.TextChange;
import org.lector.model.Document;
import org.lector.reading.LibraryViews;
import org.lector.store.DocumentVersionRef;
import org.lector.store.VersionEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lector versions FILE}: the versions a library keeps of an article. The file is filed first, as opening it
 * would (its text changed since it was filed: a new version), then its versions are listed and the last two (or
 * {@code --from}/{@code --to}) compared: the passages inserted, deleted and changed, what became of the annotations
 * of the older one, and the quotes and facts whose words changed.
 */
@Command(name = "versions", mixinStandardHelpOptions = true,
        description = {"The versions of an article in a library, and what changed between two of them.",
                "FILE is filed first, as opening it would: a text changed since it was filed is a new version."},
        footer = {"", "Reads --db PATH, else the default library; never creates one.", "",
                LibraryOption.EXIT_CODES})
public final class VersionsCommand extends LibraryViewCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The article, as a file (the path it was filed from).")
    Path file;

    @Option(names = "--from", paramLabel = "N", defaultValue = "0",
            description = "The older version compared (default: the one before --to).")
    int from;

    @Option(names = "--to", paramLabel = "N", defaultValue = "0",
            description = "The newer version compared (default: the latest).")
    int to;

    private final DocumentLoader loader;

    public VersionsCommand(DocumentLoader loader) {
        this.loader = loader;
    }

    @Override
    int run(LibraryViews views, PrintWriter out, PrintWriter err) throws IOException {
        Document d;
        try {
            d = loader.load(file.toAbsolutePath().normalize());
        } catch (IngestException e) {
            err.println("lector versions: " + e.getMessage());
            return LectorCommand.EXIT_BAD_INPUT;
        }
        DocumentVersionRef ref = views.library().documents().importDocument(d).join();
        List<VersionEntry> versions = views.library().documents().versions(ref.documentId());
        int newer = to > 0 ? to : versions.size();
        int older = from > 0 ? from : newer - 1;
        if (newer > versions.size() || older < 0 || older >= newer && versions.size() > 1) {
            err.printf(Locale.ROOT, "lector versions: %s has %d version%s; --from must come before --to.%n",
                    d.title(), versions.size(), versions.size() == 1 ? "" : "s");
            return LectorCommand.EXIT_BAD_INPUT;
        }
        Carryover compared = older < 1 ? null
                : views.compare(versions.get(older - 1).versionId(), versions.get(newer - 1).versionId());
        if (format == Format.json) {
            ObjectNode root = AnalysisJson.mapper().createObjectNode();
            root.putObject("document").put("documentId", ref.documentId()).put("title", d.title())
                    .put("source", d.source());
            root.put("filed", switch (ref.outcome()) {
                case NEW_DOCUMENT -> "new document";
                case NEW_VERSION -> "new version";
                case UNCHANGED -> "unchanged";
            });
            ArrayNode list = root.putArray("versions");
            for (VersionEntry v : versions) {
                list.addObject().put("version", v.number()).put("versionId", v.versionId()).put("title", v.title())
                        .put("sha256", v.sha256()).put("imported", v.imported().toString()).put("length", v.length());
            }
            if (compared != null) {
                ObjectNode c = ViewsJson.carryover(compared);
                c.put("from", older);
                c.put("to", newer);
                root.set("compared", c);
            } else {
                root.putNull("compared");
            }
            out.println(json(root));
            return 0;
        }
        out.println("# " + LibraryNotes.inline(d.title()));
        out.println();
        out.println(LibraryNotes.inline(d.source()) + ": " + versions.size() + " version" + (versions.size() == 1
                ? "" : "s") + (ref.outcome() == DocumentVersionRef.Outcome.NEW_VERSION ? " (the file's text is new: "
                + "filed as version " + versions.size() + ")" : "") + ".");
        out.println();
        for (VersionEntry v : versions) {
            out.printf(Locale.ROOT, "%d. %s · %,d characters · %s%n", v.number(), v.imported(), v.length(),
                    v.sha256().substring(0, 12));
        }
        out.println();
        if (compared == null) {
            out.println("One version: nothing to compare yet.");
            return 0;
        }
        out.printf(Locale.ROOT, "## Version %d to %d: %d passage%s%n%n", older, newer, compared.changes().size(),
                compared.changes().size() == 1 ? "" : "s");
        for (TextChange c : compared.changes()) {
            out.println("- " + switch (c.kind()) {
                case INSERTED -> "inserted at " + c.start() + ": \u201c" + LibraryNotes.inline(c.after()) + "\u201d";
                case DELETED -> "deleted at " + c.start() + ": \u201c" + LibraryNotes.inline(c.before()) + "\u201d";
                case CHANGED -> "changed at " + c.start() + ": \u201c" + LibraryNotes.inline(c.before())
                        + "\u201d \u2192 \u201c" + LibraryNotes.inline(c.after()) + "\u201d";
            });
        }
        int[] counts = compared.counts();
        out.println();
        out.printf(Locale.ROOT, "## Annotations of version %d%n%n%d carried over, %d changed, %d orphaned.%n", older,
                counts[Carryover.Status.CARRIED.ordinal()], counts[Carryover.Status.CHANGED.ordinal()],
                counts[Carryover.Status.ORPHAN.ordinal()]);
        for (Carryover.Carried a : compared.carried()) {
            if (a.status() != Carryover.Status.CARRIED) {
                out.println("- " + (a.status() == Carryover.Status.ORPHAN ? "orphan" : "changed") + ", "
                        + a.kind().id() + ": \u201c" + LibraryNotes.inline(a.text()) + "\u201d");
            }
        }
        if (!compared.flagged().isEmpty()) {
            out.println();
            out.printf(Locale.ROOT, "## Quotes and facts of version %d whose words changed%n%n", newer);
            for (Carryover.Flagged f : compared.flagged()) {
                out.println("- " + f.kind().id() + ": \u201c" + LibraryNotes.inline(f.text()) + "\u201d");
            }
        }
        return 0;
    }
}

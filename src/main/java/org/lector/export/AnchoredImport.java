package org.lector.export;

import java.util.List;
import java.util.Objects;
import org.lector.model.Analysis;

/**
 * Imported annotations placed on their article by {@link ImportAnchoring}: every span in {@link #analysis} and
 * {@link #rejected} is on the article's own text.
 *
 * @param analysis   what was placed, spans and texts the article's
 * @param rejected   the engine's annotations to hide again, placed the same way
 * @param orphans    what could not be placed, to be listed
 * @param passages   how many passages the file named (placed or not)
 * @param atOffsets  how many were where the file said
 * @param reanchored how many were found elsewhere by their quote selector
 */
public record AnchoredImport(Analysis analysis, Analysis rejected, List<ImportOrphan> orphans, int passages,
        int atOffsets, int reanchored) {

    public AnchoredImport {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(rejected, "rejected");
        orphans = List.copyOf(orphans);
    }

    /**
     * Whether more than half of the passages are nowhere in the article: then the file was made on another text
     * (a wrong {@code --text}, another article), and an import would be mostly loss, so it is refused whole.
     */
    public boolean mostlyOrphans() {
        return passages > 0 && orphans.size() * 2 > passages;
    }
}

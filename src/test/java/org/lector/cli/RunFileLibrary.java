package org.lector.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lector.model.Analysis;
import org.lector.nlp.AnalysisEngine;
import org.lector.reading.BatchFiling;
import org.lector.reading.LibraryViews;
import org.lector.store.Library;
import org.lector.store.LibraryEntry;

/**
 * Files the first N documents of a library that holds their analyses into a new library, with those analyses, as
 * {@code analyze --db} would file them, then opens the views once so their index is built (run by hand, for the
 * screenshots of the views on the corpus: {@code java -cp ... org.lector.cli.RunFileLibrary FROM TO [N [SOURCE]]},
 * SOURCE a part of the sources to file, all by default). The
 * libraries stay outside the project.
 */
public final class RunFileLibrary {

    private RunFileLibrary() {
    }

    public static void main(String[] args) {
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        String only = args.length > 3 ? args[3] : "";
        String pipeline = AnalysisEngine.pipelineVersion();
        try (Library source = Library.open(from, Library.Durability.NORMAL);
                Library target = Library.open(to, Library.Durability.NORMAL)) {
            List<LibraryEntry> list = new ArrayList<>(source.documents().list());
            list.sort(Comparator.comparingLong(LibraryEntry::documentId));
            list.removeIf(e -> !e.source().contains(only));
            BatchFiling filing = new BatchFiling(target, d -> {
                throw new IllegalStateException("every analysis is given");
            }, pipeline);
            for (LibraryEntry e : list.subList(0, Math.min(n, list.size()))) {
                var stored = source.documents().version(e.versionId()).orElseThrow();
                Analysis a = source.analysisCache().cached(e.versionId(), pipeline)
                        .or(() -> source.analysisCache().latest(e.versionId())).orElseThrow();
                filing.file(stored.document(), false, a);
            }
            target.flush().join();
            long t = System.nanoTime();
            new LibraryViews(target, pipeline).refresh(null);
            System.out.printf("filed %d documents; index built in %.1f s%n", Math.min(n, list.size()),
                    (System.nanoTime() - t) / 1e9);
        }
    }
}

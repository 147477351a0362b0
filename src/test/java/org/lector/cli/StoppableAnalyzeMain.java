package org.lector.cli;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.lector.ingest.DocumentLoader;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.nlp.AnalysisProgress;
import org.lector.nlp.CancellationToken;
import picocli.CommandLine;

/**
 * {@code lector analyze} in a process of its own, as {@link org.lector.app.Main} runs it, with an engine that
 * finishes every article at once except one whose name ends in {@code slow.txt}: that one announces itself on
 * stderr and then works until it is cancelled, so {@link InterruptTest} can send SIGINT while it runs.
 */
final class StoppableAnalyzeMain {

    /** The line printed when the slow article's analysis has started. */
    static final String STARTED = "slow analysis started";

    private StoppableAnalyzeMain() {
    }

    public static void main(String[] args) {
        AnalyzeCommand.Analyzer analyzer = new AnalyzeCommand.Analyzer() {
            @Override
            public Analysis analyze(Document document) {
                return analyze(document, CancellationToken.none(), AnalysisProgress.NONE);
            }

            @Override
            public Analysis analyze(Document document, CancellationToken cancel, AnalysisProgress progress) {
                if (document.source().endsWith("slow.txt")) {
                    System.err.println(STARTED);
                    System.err.flush();
                    while (!cancel.isCancelled()) {
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            break;
                        }
                    }
                    throw new CancellationException("analysis cancelled");
                }
                return new Analysis("test", List.of(), List.of(), List.of(), List.of(), List.of());
            }
        };
        CommandLine cl = LectorCommand.commandLine((path, document, url, db) -> 0, new DocumentLoader(),
                new AnalyzeCommand(new DocumentLoader(), () -> analyzer));
        System.exit(cl.execute(args));
    }
}

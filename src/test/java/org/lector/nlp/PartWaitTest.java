package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Ctrl+C does not wait for the part CoreNLP is in: on a loaded machine one part of a 10 MB line ran past the 30 s
 * the command gives itself to close its library, and the process had to be killed.
 */
class PartWaitTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against the old wait, which never returned here
    void aCancelledAnalysisStopsWaitingForAPartThatNeverEnds() {
        CompletableFuture<TextLayer> neverDone = new CompletableFuture<>();
        CancellationToken cancel = new CancellationToken();
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
        try {
            later.schedule(cancel::cancel, 300, TimeUnit.MILLISECONDS);
            assertThatThrownBy(() -> CoreNlpPipeline.awaitPart(neverDone, cancel))
                    .isInstanceOf(CancellationException.class);
        } finally {
            later.shutdownNow();
        }
    }

    @Test
    void aPartThatEndsIsReturned() throws Exception {
        TextLayer layer = new TextLayer(List.of(), List.of(), List.of());
        assertThat(CoreNlpPipeline.awaitPart(CompletableFuture.completedFuture(layer), new CancellationToken()))
                .isSameAs(layer);
    }
}

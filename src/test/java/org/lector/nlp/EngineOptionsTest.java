package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EngineOptionsTest {

    private final EngineOptions two = new EngineOptions(2, 4_000);

    @Test
    void anArticleIsCutIntoOneChunkPerWorker() {
        assertThat(two.chunkFor(4_500)).isEqualTo(2_250);
        assertThat(new EngineOptions(1, 4_000).chunkFor(4_500)).isEqualTo(4_000);
    }

    @Test
    void aLongTextIsCutIntoChunksOfTheConfiguredSize() {
        assertThat(two.chunkFor(3_000_000)).isEqualTo(4_000);
    }

    @Test
    void aShortTextStaysWhole() {
        String part = ("A sentence of a paragraph. ".repeat(30) + "\n\n").repeat(2); // 1,624 characters
        assertThat(CoreNlpPipeline.chunk(part, two.chunkFor(part.length()))).hasSize(1);
    }

    @Test
    void rejectsNoWorkersAndTinyChunks() {
        assertThatThrownBy(() -> new EngineOptions(0, 4_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EngineOptions(2, 999)).isInstanceOf(IllegalArgumentException.class);
    }
}

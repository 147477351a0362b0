package org.lector.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A streamed export file is made only as far as it is read: a preview takes its head, a save all of it. */
class ExportFileTest {

    @Test
    void aPreviewsHeadStopsMakingTheTextOnceItHasItsCharacters() {
        AtomicInteger lines = new AtomicInteger();
        ExportFile file = ExportFile.streamed("jsonld", out -> {
            for (int i = 0; i < 1_000_000; i++) {
                lines.incrementAndGet();
                out.write("line " + i + "\n");
            }
        });

        assertThat(file.head(20)).isEqualTo("line 0\nline 1\nline 2");
        assertThat(lines.get()).isEqualTo(3);
    }

    @Test
    void aShortTextIsItsOwnHeadAndWritesWhole() throws Exception {
        ExportFile file = ExportFile.streamed("md", out -> out.write("# Title\n"));
        StringWriter sink = new StringWriter();
        file.writeTo(sink);

        assertThat(file.head(100)).isEqualTo("# Title\n");
        assertThat(sink).hasToString("# Title\n");
        assertThat(file).isEqualTo(new ExportFile("md", "# Title\n"));
    }
}

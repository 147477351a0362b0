package org.lector.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The logging set up in code: the file, its line format, and the levels that keep libraries quiet. */
class LogSetupTest {

    @TempDir
    Path dir;

    @Test
    void logsToLectorLogWithLibrariesKeptQuiet() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // what SLF4J's provider gives the real context
        context.start();
        try {
            LogSetup.setUp(context, dir.toString());
            context.getLogger("org.lector.cli.Main").info("opened the sample");
            context.getLogger("org.lector.cli.Main").debug("a detail nobody asked for");
            context.getLogger("edu.stanford.nlp.pipeline.StanfordCoreNLP").info("Adding annotator tokenize");
            context.getLogger("edu.stanford.nlp.pipeline.StanfordCoreNLP").warn("a model is missing");
            context.getLogger("org.apache.pdfbox.pdmodel.font.PDFont").warn("an odd font");
        } finally {
            context.stop();
        }
        String log = Files.readString(dir.resolve("lector.log"));
        assertThat(log.lines()).hasSize(2);
        assertThat(log).containsPattern("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[[^]]+\\] "
                        + "org\\.lector\\.cli\\.Main - opened the sample")
                .contains("WARN  ").contains("a model is missing")
                .doesNotContain("a detail").doesNotContain("Adding annotator").doesNotContain("odd font");
    }
}

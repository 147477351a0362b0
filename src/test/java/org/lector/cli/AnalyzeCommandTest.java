package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {

    @TempDir
    Path dir;

    @Test
    void badFileExitsTwoAndTheOthersAreStillAnalysed() throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Summit\n\nFrench President Emmanuel Macron said \"we are ready\" on Thursday.\n");
        Path bad = dir.resolve("missing.txt");
        Path good2 = dir.resolve("good2.txt");
        Files.writeString(good2, "Angela Merkel visited Berlin.\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new AnalyzeCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));

        int exit = cl.execute(good.toString(), bad.toString(), good2.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("missing.txt").hasLineCount(1);
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = AnalysisJson.mapper().readTree(lines[0]);
        assertThat(first.at("/document/source").asText()).isEqualTo(good.toString());
        assertThat(first.at("/document/length").asInt()).isEqualTo(first.get("text").asText().length());
        assertThat(first.get("entities")).anySatisfy(e -> {
            assertThat(e.get("text").asText()).isEqualTo("Emmanuel Macron");
            assertThat(e.get("type").asText()).isEqualTo("PERSON");
            assertThat(e.get("form").asText()).isEqualTo("name");
        });
        assertThat(first.get("quotes").get(0).get("speakerName").asText()).isEqualTo("Emmanuel Macron");
        for (String k : new String[] {"clusters", "facts", "notes"}) {
            assertThat(first.get(k).isArray()).isTrue();
        }
    }

    @Test
    void unknownFormatIsAUsageError() {
        CommandLine cl = new CommandLine(new AnalyzeCommand());
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("--format", "xml", "x.txt")).isEqualTo(2);
    }
}

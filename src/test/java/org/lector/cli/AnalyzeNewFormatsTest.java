package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.ingest.DocumentLoader;
import org.lector.model.Analysis;
import org.lector.model.Document;
import picocli.CommandLine;

/** {@code analyze} on a Word file, with the repairs its text needs in the JSON; the engine is a stand-in. */
class AnalyzeNewFormatsTest {

    @TempDir
    Path dir;

    @Test
    void analyzesAWordFileAndListsTheRepairsItsTextNeeds() throws Exception {
        Path docx = dir.resolve("summit.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>Summit in Paris</w:t></w:r></w:p>"
                    + "<w:p><w:r><w:t>Ukraine said the aid would bolster Ukraines security and thecomplexity of the"
                    + " talks, which wont be simple.</w:t></w:r></w:p></w:body></w:document>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        List<Document> analysed = new ArrayList<>();
        AnalyzeCommand command = new AnalyzeCommand(new DocumentLoader(), () -> d -> {
            analysed.add(d);
            return Analysis.empty();
        });
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));

        assertThat(cl.execute(docx.toString())).isZero();

        JsonNode json = AnalysisJson.mapper().readTree(out.toString());
        String text = json.get("text").asText();
        assertThat(text).startsWith("Summit in Paris\n\nUkraine said");
        assertThat(analysed).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo(text));
        JsonNode repairs = json.get("repairs");
        assertThat(repairs).hasSize(3);
        List<String> mends = new ArrayList<>();
        for (JsonNode r : repairs) {
            int start = r.get("start").asInt();
            int end = r.get("end").asInt();
            assertThat(text.substring(start, end)).isEqualTo(r.get("text").asText());
            mends.add(r.get("text").asText() + " -> " + r.get("replacement").asText() + " (" + r.get("kind").asText() + ")");
        }
        assertThat(mends).containsExactly("Ukraines -> Ukraine's (apostrophe)", "thecomplexity -> the complexity (glued)",
                "wont -> won't (apostrophe)");
    }
}

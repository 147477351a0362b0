package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.ingest.DocumentLoader;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.nlp.AnalysisEngine;
import picocli.CommandLine;

/** {@code analyze --date}: the article's date for an article without one, kept by the library with --db. */
class AnalyzeDateTest {

    @TempDir
    Path dir;

    /** The dates the engine was given, one per analysis. */
    private final List<LocalDate> seen = new ArrayList<>();
    private StringWriter out;
    private StringWriter err;

    private int lector(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        AnalyzeCommand analyze = new AnalyzeCommand(new DocumentLoader(), () -> (Document d) -> {
            seen.add(d.date());
            return new Analysis(AnalysisEngine.pipelineVersion(), List.of(), List.of(), List.of(), List.of(),
                    List.of());
        });
        CommandLine cl = LectorCommand.commandLine((path, doc, url, library) -> 0, new DocumentLoader(), analyze);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String date() throws Exception {
        JsonNode json = AnalysisJson.mapper().readTree(out.toString());
        return json.path("document").path("date").asText(null);
    }

    @Test
    void theDateGivenIsTheArticlesAndALibraryKeepsItForLaterRuns() throws Exception {
        Path article = Files.writeString(dir.resolve("council.txt"), "Vote\n\nThe council voted on Thursday.\n");
        String db = dir.resolve("library.db").toString();

        assertThat(lector("analyze", article.toString())).isZero();
        assertThat(date()).isNull();
        assertThat(lector("analyze", "--date", "2016-10-12", article.toString())).isZero();
        assertThat(date()).isEqualTo("2016-10-12");
        assertThat(seen).containsExactly(null, LocalDate.of(2016, 10, 12));

        assertThat(lector("analyze", "--db", db, "--date", "2016-10-12", article.toString())).isZero();
        assertThat(date()).isEqualTo("2016-10-12");
        // A later run without --date reads the article with the date the library keeps, from its cache
        assertThat(lector("analyze", "--db", db, article.toString())).isZero();
        assertThat(date()).isEqualTo("2016-10-12");
        assertThat(seen).hasSize(3);
    }

    @Test
    void aDateThatIsNoneIsRefusedInOneLine() throws Exception {
        Path article = Files.writeString(dir.resolve("council.txt"), "Vote\n\nThe council voted on Thursday.\n");
        assertThat(lector("analyze", "--date", "2016-13-45", article.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--date").doesNotContain("Exception\n\tat ");
        assertThat(seen).isEmpty();
    }
}

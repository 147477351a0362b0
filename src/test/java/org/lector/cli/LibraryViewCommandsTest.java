package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.ingest.DocumentLoader;
import org.lector.nlp.AnalysisEngine;
import org.lector.testing.NewsStub;
import picocli.CommandLine;

/**
 * {@code analyze --db LIB DIR}, {@code people}, {@code claims} and {@code versions} on a library of articles written
 * here, analysed by a predictable engine.
 */
class LibraryViewCommandsTest {

    static final String MONDAY = """
            Border tensions rise

            Jane Holt, the defence minister, spoke in the capital.

            Russia sent 3,000 troops to the border on Thursday.

            \u201cWe are watching every move,\u201d Holt said.
            """;
    static final String TUESDAY = """
            Troops massed at the border

            Minister Jane Holt met Sam Ruiz.

            Russia sent 5,000 troops to the border on Friday.

            \u201cWe will not be provoked,\u201d Holt said. \u201cNor will we,\u201d said Ruiz.
            """;
    static final String WEDNESDAY = """
            Talks planned

            Sam Ruiz said talks would start soon.
            """;

    @TempDir
    Path dir;
    Path db;
    Path news;
    private StringWriter out;
    private StringWriter err;
    private final NewsStub engine = new NewsStub(Map.of("Jane Holt", "Jane Holt", "Holt", "Jane Holt",
            "Sam Ruiz", "Sam Ruiz", "Ruiz", "Sam Ruiz"), AnalysisEngine.pipelineVersion());

    @BeforeEach
    void articles() throws IOException {
        db = dir.resolve("lib.db");
        news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(news.resolve("1-monday.txt"), MONDAY, StandardCharsets.UTF_8);
        Files.writeString(news.resolve("2-tuesday.txt"), TUESDAY, StandardCharsets.UTF_8);
        Files.createDirectories(news.resolve("later"));
        Files.writeString(news.resolve("later/3-wednesday.md"), WEDNESDAY, StandardCharsets.UTF_8);
        Files.writeString(news.resolve("photo.jpg"), "not an article", StandardCharsets.UTF_8);
    }

    private int lector(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = LectorCommand.commandLine((path, doc, url, library) -> 0, new DocumentLoader(),
                new AnalyzeCommand(new DocumentLoader(), () -> engine::analyze));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private JsonNode json() throws IOException {
        return AnalysisJson.mapper().readTree(out.toString());
    }

    @Test
    void analyzeFilesAWholeFolderWithAProgressLineAndASummary() throws IOException {
        assertThat(lector("analyze", "--db", db.toString(), news.toString())).as(err.toString()).isZero();

        assertThat(err.toString()).contains("\ranalyze: 1 of 3  1-monday.txt", "analyze: 3 of 3  3-wednesday.md",
                "lector analyze: 3 files in ", "3 analysed (0 of them new versions of articles filed before), 0 already"
                        + " in the library; library " + db.toAbsolutePath());
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(3);
        JsonNode first = AnalysisJson.mapper().readTree(lines[0]);
        assertThat(first.path("document").path("version").asInt()).isEqualTo(1);
        assertThat(first.path("document").path("changes")).isEmpty();

        assertThat(lector("analyze", "--db", db.toString(), news.toString())).isZero();
        assertThat(err.toString()).contains("0 analysed (0 of them new versions of articles filed before), 3 already"
                + " in the library");
    }

    @Test
    void anEditedArticleIsVersionTwoWithItsChangesInTheJson() throws IOException {
        Path monday = news.resolve("1-monday.txt");
        assertThat(lector("analyze", "--db", db.toString(), monday.toString())).isZero();
        Files.writeString(monday, MONDAY.replace("3,000", "4,000"), StandardCharsets.UTF_8);

        assertThat(lector("analyze", "--db", db.toString(), monday.toString())).isZero();

        JsonNode doc = json().path("document");
        assertThat(doc.path("version").asInt()).isEqualTo(2);
        JsonNode change = doc.path("changes").get(0);
        assertThat(change.path("kind").asText()).isEqualTo("changed");
        assertThat(change.path("before").asText()).isEqualTo("3");
        assertThat(change.path("after").asText()).isEqualTo("4");
        assertThat(json().path("text").asText().substring(change.path("start").asInt(), change.path("end").asInt()))
                .isEqualTo("4");
    }

    @Test
    void peopleListsOneIdentityPerPersonAcrossArticlesAndADossierAsANote() throws IOException {
        lector("analyze", "--db", db.toString(), news.toString());

        assertThat(lector("people", "--db", db.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("| Name | Type | Quotes | Articles | Last seen |",
                "| Jane Holt | person | 2 | 2 |", "| Sam Ruiz | person | 1 | 2 |");

        assertThat(lector("people", "--db", db.toString(), "--format", "json", "--sort", "name")).isZero();
        assertThat(json()).extracting(n -> n.path("name").asText()).containsExactly("Jane Holt", "Sam Ruiz");

        assertThat(lector("people", "minister holt", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("name: \"Jane Holt\"", "Named in 2 articles, 2 quotes",
                "### [[Troops massed at the border]]", "> \u201cWe will not be provoked,\u201d",
                "- [[Border tensions rise]]", "- [[Sam Ruiz]] (1 article)");

        assertThat(lector("people", "Nobody Known", "--db", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nobody named \"Nobody Known\"");
    }

    @Test
    void claimsFindTheDisagreementBetweenTheTwoArticles() throws IOException {
        lector("analyze", "--db", db.toString(), news.toString());

        assertThat(lector("claims", "--disagreements", "--db", db.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("type: disagreement", "subject: \"Russia\"",
                "[[Border tensions rise]]", "[[Troops massed at the border]]");

        assertThat(lector("claims", "--db", db.toString(), "--format", "json")).isZero();
        JsonNode group = json().get(0);
        assertThat(group.path("subject").asText()).isEqualTo("Russia");
        assertThat(group.path("disputed").asBoolean()).isTrue();
        assertThat(group.path("disagreements").get(0).path("kind").asText()).isEqualTo("date");
    }

    @Test
    void versionsFilesTheChangedFileAndShowsWhatChangedAndWhatBecameOfTheAnnotations() throws IOException {
        Path tuesday = news.resolve("2-tuesday.txt");
        lector("analyze", "--db", db.toString(), tuesday.toString());
        Files.writeString(tuesday, TUESDAY.replace(" \u201cNor will we,\u201d said Ruiz.", "")
                .replace("5,000", "6,000"), StandardCharsets.UTF_8);

        assertThat(lector("versions", tuesday.toString(), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("# Troops massed at the border", "2 versions (the file's text is new: "
                + "filed as version 2)", "## Version 1 to 2: 2 passages", "changed at",
                "\u201c5\u201d \u2192 \u201c6\u201d", "orphaned", "orphan, quote: \u201c\u201cNor will we,\u201d\u201d");

        assertThat(lector("versions", tuesday.toString(), "--db", db.toString(), "--format", "json")).isZero();
        JsonNode root = json();
        assertThat(root.path("filed").asText()).isEqualTo("unchanged");
        assertThat(root.path("versions")).hasSize(2);
        assertThat(root.path("compared").path("changes")).hasSize(2);
        assertThat(root.path("compared").path("annotations").path("orphaned").asInt()).isPositive();
    }

    @Test
    void aViewOfALibraryThatDoesNotExistIsOneLineAndExitThree() {
        assertThat(lector("people", "--db", dir.resolve("none.db").toString())).isEqualTo(LibraryOption.EXIT_LIBRARY);
        assertThat(err.toString().strip()).startsWith("lector people: there is no library at").doesNotContain("\n");
        assertThat(dir.resolve("none.db")).doesNotExist();
    }
}

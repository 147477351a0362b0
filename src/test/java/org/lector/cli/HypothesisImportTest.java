package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.ingest.DocumentLoader;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.Note;
import org.lector.overlay.Overlay;
import org.lector.store.Library;
import picocli.CommandLine;

/**
 * Annotations exported from Hypothesis (its API JSON; fixtures written by hand from the API's documentation) imported
 * onto the saved article: anchored by their quote selectors, tags and times kept, page notes on the whole article,
 * replies left out, and what the article no longer has listed, never placed.
 */
class HypothesisImportTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path article;

    private int run(String... args) {
        CommandLine cl = LectorCommand.commandLine((file, document, url, library) -> 0, new DocumentLoader());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private Path resource(String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/import/hypothesis/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    @BeforeEach
    void savedArticle() throws Exception {
        article = resource("bridge.txt");
    }

    @Test
    void hypothesisNotesLandOnTheirPassagesWithTheirTagsAndTheLostOneIsListed() throws Exception {
        Path json = resource("search.json");
        Path db = dir.resolve("l.db");

        assertThat(run("import", json.toString(), "--text", article.toString(), "--db", db.toString()))
                .as(err.toString()).isZero();

        assertThat(out.toString()).contains("imported 0 mentions, 0 quotes, 0 facts, 3 notes",
                "left out 1 replies", "1 not imported", "note zA1bC3dE5fG7hI9j \"the contractor has been fined\"");
        Document d = new DocumentLoader().load(article);
        Analysis a;
        try (Library library = Library.open(db)) {
            a = Overlay.apply(Analysis.empty(), library.annotations().records(
                    library.documents().importDocument(d).join().versionId()));
        }
        assertThat(a.notes()).hasSize(3);
        Note delays = a.notes().stream().filter(n -> n.tags().contains("delays")).findFirst().orElseThrow();
        assertThat(delays.span().of(d.text())).isEqualTo("two months later than planned");
        assertThat(delays.tags()).containsExactly("bridge", "delays");
        assertThat(delays.text()).startsWith("Original date was **March**.");
        assertThat(delays.created()).isEqualTo(Instant.parse("2025-04-02T10:15:30.123456Z"));
        // positions that count in the web page, not the article: found by the quote all the same
        Note budget = a.notes().stream().filter(n -> n.tags().contains("budget")).findFirst().orElseThrow();
        assertThat(budget.span().of(d.text())).isEqualTo("cut the budget for the second phase by 12 million euros");
        Note page = a.notes().stream().filter(n -> n.span() == null).findFirst().orElseThrow();
        assertThat(page.tags()).containsExactly("follow-up");
    }

    @Test
    void aFileAboutSeveralPagesNoneOfThemTheArticleIsRefused() throws Exception {
        Path json = resource("two-pages.json");

        assertThat(run("import", json.toString(), "--text", article.toString(), "--db",
                dir.resolve("l.db").toString())).isEqualTo(2);

        assertThat(err.toString()).contains("2 pages", "harbour-bridge-may", "/other").hasLineCount(1);
    }

    @Test
    void withoutTheSavedPageTheImportAsksForIt() throws Exception {
        Path json = resource("search.json");

        assertThat(run("import", json.toString(), "--db", dir.resolve("l.db").toString())).isEqualTo(2);

        assertThat(err.toString()).contains("--text", "harbour-bridge-may").hasLineCount(1);
    }
}

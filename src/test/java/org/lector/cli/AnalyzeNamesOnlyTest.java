package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.ingest.DocumentLoader;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Span;
import org.lector.nlp.AnalysisEngine;
import org.lector.nlp.AnalysisProgress;
import org.lector.nlp.CancellationToken;
import picocli.CommandLine;

/**
 * {@code analyze} on a text past the budget of the full analysis (docs/decisions/0018): the names only, said in one
 * sentence, marked in the JSON and cached apart in a library; {@code --full} and a full analysis already in the
 * library give the full one.
 */
class AnalyzeNamesOnlyTest {

    private static final String TEXT = "Summit\n\nFrench President Emmanuel Macron met allies in Paris on Thursday.\n";
    /** Shorter than {@link #TEXT}, so the test's text is past it. */
    private static final int BUDGET = 40;
    private static final String FULL = AnalysisEngine.pipelineVersion();
    private static final String NAMES = FULL + AnalysisEngine.NAMES_ONLY;

    @TempDir
    Path dir;

    private final AtomicInteger fullAnalyses = new AtomicInteger();
    private final AtomicInteger namesAnalyses = new AtomicInteger();
    private StringWriter out;
    private StringWriter err;

    /** Stands in for the engine: one mention, its version saying which tier gave it. */
    private final AnalyzeCommand.Analyzer fake = new AnalyzeCommand.Analyzer() {
        @Override
        public Analysis analyze(Document document) {
            fullAnalyses.incrementAndGet();
            return analysis(document, FULL);
        }

        @Override
        public Analysis analyzeNamesOnly(Document document, CancellationToken cancel, AnalysisProgress progress) {
            namesAnalyses.incrementAndGet();
            return analysis(document, NAMES);
        }
    };

    private static Analysis analysis(Document d, String version) {
        int at = d.text().indexOf("Paris");
        return new Analysis(version, List.of(new EntityMention("m1", new Span(at, at + 5), "Paris", EntityType.PLACE,
                "CITY", MentionForm.NAME, null, Provenance.auto(FULL, 0.9))), List.of(), List.of(), List.of(),
                List.of());
    }

    private int lector(int budget, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        AnalyzeCommand analyze = new AnalyzeCommand(new DocumentLoader(), () -> fake);
        analyze.fullAnalysisChars = budget;
        CommandLine cl = LectorCommand.commandLine((path, doc, url, library) -> 0, new DocumentLoader(), analyze);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String pipeline() throws IOException {
        return AnalysisJson.mapper().readTree(out.toString()).at("/document/pipeline").asText();
    }

    @Test
    void aTextPastTheBudgetGetsTheNamesOnlyAndOneSentenceSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("long.txt"), TEXT);

        assertThat(lector(BUDGET, "analyze", file.toString())).isZero();

        assertThat(namesAnalyses).hasValue(1);
        assertThat(fullAnalyses).hasValue(0);
        assertThat(pipeline()).isEqualTo(NAMES);
        assertThat(err.toString().strip()).startsWith("lector analyze: ").contains("long.txt").contains("names only")
                .contains("--full").doesNotContain("\n");
    }

    @Test
    void fullAsksForTheFullAnalysisAndATextWithinTheBudgetGetsItWithoutAWord() throws IOException {
        Path file = Files.writeString(dir.resolve("long.txt"), TEXT);

        assertThat(lector(BUDGET, "analyze", "--full", file.toString())).isZero();
        assertThat(pipeline()).isEqualTo(FULL);
        assertThat(err.toString()).isEmpty();

        assertThat(lector(TEXT.length(), "analyze", file.toString())).isZero();
        assertThat(pipeline()).isEqualTo(FULL);
        assertThat(err.toString()).isEmpty();
        assertThat(fullAnalyses).hasValue(2);
        assertThat(namesAnalyses).hasValue(0);
    }

    @Test
    void aLibraryKeepsTheNamesOnlyAnalysisApartAndShowsTheFullOneOnceItHasIt() throws IOException {
        Path file = Files.writeString(dir.resolve("long.txt"), TEXT);
        String db = dir.resolve("lib.db").toString();

        assertThat(lector(BUDGET, "analyze", "--db", db, file.toString())).isZero();
        assertThat(pipeline()).isEqualTo(NAMES);
        assertThat(lector(BUDGET, "analyze", "--db", db, file.toString())).isZero();
        assertThat(pipeline()).isEqualTo(NAMES);
        assertThat(namesAnalyses).as("the second run reads the names-only analysis the library keeps").hasValue(1);

        assertThat(lector(BUDGET, "analyze", "--db", db, "--full", file.toString())).isZero();
        assertThat(pipeline()).as("the names-only analysis is never taken for the full one").isEqualTo(FULL);
        assertThat(fullAnalyses).hasValue(1);

        assertThat(lector(BUDGET, "analyze", "--db", db, file.toString())).isZero();
        assertThat(pipeline()).isEqualTo(FULL);
        assertThat(err.toString()).as("nothing to say: the full analysis is shown").isEmpty();
        assertThat(fullAnalyses).hasValue(1);
        assertThat(namesAnalyses).hasValue(1);
    }
}

package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.ingest.DocumentLoader;
import org.lector.model.Analysis;
import org.lector.model.AnnotationRef;
import org.lector.model.DictionaryAction;
import org.lector.model.DictionaryEntry;
import org.lector.model.Document;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Span;
import org.lector.nlp.AnalysisEngine;
import org.lector.store.Library;
import picocli.CommandLine;

/** {@code analyze --db}: the library's cache, the user's edits in the JSON, and library faults as exit code 3. */
class AnalyzeWithLibraryTest {

    private static final String TEXT = "Summit\n\nFrench President Emmanuel Macron met allies in Paris on Thursday.\n";

    @TempDir
    Path dir;

    private final AtomicInteger enginesBuilt = new AtomicInteger();
    private final AtomicInteger analyses = new AtomicInteger();
    private StringWriter out;
    private StringWriter err;

    /** Stands in for the engine: two mentions, found by their text, and a count of calls. */
    private Analysis fakeAnalysis(Document d) {
        analyses.incrementAndGet();
        String t = d.text();
        Span macron = span(t, "Emmanuel Macron");
        Span paris = span(t, "Paris");
        Provenance p = Provenance.auto("fake", 0.9);
        return new Analysis(AnalysisEngine.pipelineVersion(),
                List.of(new EntityMention("m1", macron, "Emmanuel Macron", EntityType.PERSON, "", MentionForm.NAME,
                                "c1", p),
                        new EntityMention("m2", paris, "Paris", EntityType.PLACE, "CITY", MentionForm.NAME, "c2", p)),
                List.of(new EntityCluster("c1", "Emmanuel Macron", EntityType.PERSON, List.of("m1")),
                        new EntityCluster("c2", "Paris", EntityType.PLACE, List.of("m2"))),
                List.of(), List.of(), List.of());
    }

    private static Span span(String text, String needle) {
        int i = text.indexOf(needle);
        return new Span(i, i + needle.length());
    }

    private int lector(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        AnalyzeCommand analyze = new AnalyzeCommand(new DocumentLoader(), () -> {
            enginesBuilt.incrementAndGet();
            return this::fakeAnalysis;
        });
        CommandLine cl = LectorCommand.commandLine((path, doc, url, library) -> 0, new DocumentLoader(), analyze);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path article(String name) throws IOException {
        return Files.writeString(dir.resolve(name), TEXT);
    }

    private JsonNode json() throws IOException {
        return AnalysisJson.mapper().readTree(out.toString());
    }

    private void assertOneCleanLine(String contains) {
        assertThat(err.toString().strip()).startsWith("lector: ").contains(contains).doesNotContain("\n")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void secondRunReadsTheCacheWithoutBuildingTheEngine() throws IOException {
        Path file = article("a.txt");
        Path db = dir.resolve("lib.db");

        assertThat(lector("analyze", "--db", db.toString(), file.toString())).isZero();
        String first = out.toString();
        assertThat(lector("analyze", "--db", db.toString(), file.toString())).isZero();

        assertThat(enginesBuilt).hasValue(1);
        assertThat(analyses).hasValue(1);
        assertThat(out.toString()).isEqualTo(first);
        assertThat(json().at("/document/source").asText()).isEqualTo(file.toAbsolutePath().normalize().toString());
    }

    @Test
    void dbBeforeTheSubcommandIsTheSameLibrary() throws IOException {
        Path file = article("a.txt");
        Path db = dir.resolve("lib.db");
        assertThat(lector("--db", db.toString(), "analyze", file.toString())).isZero();
        assertThat(lector("analyze", "--db", db.toString(), file.toString())).isZero();
        assertThat(analyses).hasValue(1);
    }

    @Test
    void withoutDbNothingIsCachedAndEveryRunAnalyses() throws IOException {
        Path file = article("a.txt");
        assertThat(lector("analyze", file.toString())).isZero();
        assertThat(lector("analyze", file.toString())).isZero();
        assertThat(analyses).hasValue(2);
        assertThat(json().get("notes")).isEmpty();
    }

    @Test
    void userEditsMadeInTheLibraryAreInTheJson() throws IOException {
        Path file = article("a.txt");
        Path db = dir.resolve("lib.db");
        assertThat(lector("analyze", "--db", db.toString(), file.toString())).isZero();
        assertThat(json().get("entities")).extracting(e -> e.get("text").asText())
                .containsExactly("Emmanuel Macron", "Paris");

        try (Library lib = Library.open(db)) {
            long v = lib.documents().findBySource(file.toAbsolutePath().normalize().toString()).orElseThrow()
                    .versionId();
            Analysis auto = lib.analysisCache().cached(v, AnalysisEngine.pipelineVersion()).orElseThrow();
            lib.annotations().reject(v, AnnotationRef.of(auto.entities().get(1))).join();
            lib.annotations().addNote(v, auto.entities().get(0).span(), "Check the *title*.").join();
        }
        assertThat(lector("analyze", "--db", db.toString(), file.toString())).isZero();

        JsonNode json = json();
        assertThat(json.get("entities")).extracting(e -> e.get("text").asText()).containsExactly("Emmanuel Macron");
        assertThat(json.get("notes")).singleElement().satisfies(n -> {
            assertThat(n.get("exact").asText()).isEqualTo("Emmanuel Macron");
            assertThat(n.get("text").asText()).isEqualTo("Check the *title*.");
            assertThat(n.get("start").asInt()).isEqualTo(TEXT.indexOf("Emmanuel"));
        });
        assertThat(analyses).hasValue(1);
    }

    @Test
    void theDictionaryTagsAndRemovesWithProvenanceDictionaryButIsNotCached() throws IOException {
        Path file = article("a.txt");
        Path db = dir.resolve("lib.db");
        try (Library lib = Library.open(db)) {
            lib.dictionary().put(new DictionaryEntry("Thursday", "DATE", DictionaryAction.ACCEPT)).join();
            lib.dictionary().put(new DictionaryEntry("Paris", "PLACE", DictionaryAction.REJECT)).join();
        }
        assertThat(lector("analyze", "--db", db.toString(), file.toString())).isZero();

        JsonNode json = json();
        assertThat(json.get("entities")).extracting(e -> e.get("text").asText() + "/" + e.get("provenance").asText())
                .containsExactly("Emmanuel Macron/auto", "Thursday/dictionary");
        assertThat(json.get("clusters")).anySatisfy(c -> assertThat(c.get("name").asText()).isEqualTo("Thursday"));
        try (Library lib = Library.open(db)) {
            long v = lib.documents().findBySource(file.toAbsolutePath().normalize().toString()).orElseThrow()
                    .versionId();
            assertThat(lib.analysisCache().cached(v, AnalysisEngine.pipelineVersion()).orElseThrow().entities())
                    .extracting(EntityMention::text).containsExactly("Emmanuel Macron", "Paris");
        }
    }

    @Test
    void aBadFileIsSkippedAndTheOthersAreStillStoredAndPrinted() throws IOException {
        Path db = dir.resolve("lib.db");
        Path good = article("good.txt");
        Path good2 = Files.writeString(dir.resolve("good2.txt"), "Paris\n\nEmmanuel Macron was in Paris.\n");

        int exit = lector("analyze", "--db", db.toString(), good.toString(), dir.resolve("missing.txt").toString(),
                good2.toString());

        assertThat(exit).isEqualTo(LectorCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("missing.txt").hasLineCount(1);
        assertThat(out.toString().strip().split("\n")).hasSize(2);
        try (Library lib = Library.open(db)) {
            assertThat(lib.documents().list()).hasSize(2);
        }
    }

    @Test
    void corruptLibraryIsOneLineExitThreeAndLeftUntouched() throws IOException {
        Path db = Files.writeString(dir.resolve("lib.db"), "garbage, not a library");
        assertThat(lector("analyze", "--db", db.toString(), article("a.txt").toString()))
                .isEqualTo(LibraryOption.EXIT_LIBRARY);
        assertOneCleanLine("damaged");
        assertThat(out.toString()).isEmpty();
        assertThat(analyses).hasValue(0);
        assertThat(Files.readString(db)).isEqualTo("garbage, not a library");
    }

    @Test
    void lockedLibraryIsOneLineAndExitThree() throws IOException {
        Path db = dir.resolve("lib.db");
        Path file = article("a.txt");
        try (Library other = Library.open(db)) {
            assertThat(lector("analyze", "--db", db.toString(), file.toString()))
                    .isEqualTo(LibraryOption.EXIT_LIBRARY);
        }
        assertOneCleanLine("another Lector");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void newerSchemaIsOneLineExitThreeAndNotDowngraded() throws IOException {
        Path db = dir.resolve("lib.db");
        Path file = article("a.txt");
        assertThat(lector("analyze", "--db", db.toString(), file.toString())).isZero();
        setUserVersion(db, 99);

        assertThat(lector("analyze", "--db", db.toString(), file.toString())).isEqualTo(LibraryOption.EXIT_LIBRARY);
        assertOneCleanLine("newer Lector");
        assertThat(userVersion(db)).isEqualTo(99);
    }

    /**
     * {@code PRAGMA user_version} lives at byte 60 of a SQLite file, big-endian; writing it there stands in for a
     * newer Lector without a JDBC driver in this package. The library checkpoints on close, so the file is current.
     */
    static void setUserVersion(Path db, int version) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(db.toFile(), "rw")) {
            raf.seek(60);
            raf.writeInt(version);
        }
    }

    private static int userVersion(Path db) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(db.toFile(), "r")) {
            raf.seek(60);
            return raf.readInt();
        }
    }
}

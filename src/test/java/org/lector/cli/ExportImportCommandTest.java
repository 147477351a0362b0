package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.export.BratExporter;
import org.lector.export.ExportFile;
import org.lector.export.ExportFixtures;
import org.lector.export.ExportInput;
import org.lector.export.ExportProgress;
import org.lector.export.WebAnnotationExporter;
import org.lector.ingest.DocumentLoader;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.overlay.Overlay;
import org.lector.store.DocumentVersionRef;
import org.lector.store.Library;

/** The export and import commands without the engine: bad input, and imports into a library. */
class ExportImportCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void unknownFormatIsOneLineAndExitTwo() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Text.\n");
        assertThat(run("export", f.toString(), "--format", "docx")).isEqualTo(2);
        assertThat(err.toString()).startsWith("lector export: unknown export format: docx").hasLineCount(1);
    }

    @Test
    void missingArticleIsOneLineAndExitTwo() {
        assertThat(run("export", dir.resolve("nope.txt").toString(), "--format", "md")).isEqualTo(2);
        assertThat(err.toString()).contains("nope.txt").hasLineCount(1);
    }

    @Test
    void importOfAnUnknownKindOrBrokenFileIsOneLineAndExitTwo() throws Exception {
        Path x = dir.resolve("x.xml");
        Files.writeString(x, "<x/>");
        assertThat(run("import", x.toString(), "--db", dir.resolve("l.db").toString())).isEqualTo(2);
        Path ann = dir.resolve("b.ann");
        Files.writeString(dir.resolve("b.txt"), "Angela Merkel\n");
        Files.writeString(ann, "T1\tPERSON 0 99\tAngela Merkel\n");
        assertThat(run("import", ann.toString(), "--db", dir.resolve("l.db").toString())).isEqualTo(2);
        Path json = dir.resolve("c.jsonld");
        Files.writeString(json, "{not json");
        assertThat(run("import", json.toString(), "--db", dir.resolve("l.db").toString())).isEqualTo(2);
        assertThat(err.toString().strip().split("\n")).hasSize(3).allMatch(l -> l.startsWith("lector import: "));
    }

    @Test
    void bratImportAddsUserAnnotationsOnceAndTheyAreInTheEffectiveAnalysis() throws Exception {
        ExportInput in = ExportFixtures.sample();
        List<ExportFile> brat = BratExporter.export(in, ExportProgress.NONE);
        Path txt = dir.resolve("paris.txt");
        Path ann = dir.resolve("paris.ann");
        Files.writeString(txt, brat.get(0).content(), StandardCharsets.UTF_8);
        Files.writeString(ann, brat.get(1).content(), StandardCharsets.UTF_8);
        Path db = dir.resolve("library.db");

        assertThat(run("import", ann.toString(), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("imported " + in.analysis().entities().size() + " mentions, "
                + in.analysis().quotes().size() + " quotes, " + in.analysis().facts().size() + " facts, 2 notes");
        assertThat(run("import", ann.toString(), "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("imported 0 mentions, 0 quotes, 0 facts, 0 notes");

        Document d = new DocumentLoader().load(txt);
        try (Library library = Library.open(db)) {
            DocumentVersionRef ref = library.documents().importDocument(d).join();
            Analysis a = Overlay.apply(Analysis.empty(), library.annotations().records(ref.versionId()));
            assertThat(a.entities()).hasSize(in.analysis().entities().size());
            assertThat(a.entities()).allMatch(m -> !m.provenance().isAuto());
            assertThat(a.quotes()).hasSize(in.analysis().quotes().size());
            assertThat(a.quotes().stream().filter(q -> q.speakerId() != null)).isNotEmpty();
            assertThat(a.notes()).hasSize(2);
        }
    }

    @Test
    void jsonLdImportOntoAnArticleThatChangedFindsEachPassageByItsQuote() throws Exception {
        ExportInput in = ExportFixtures.sample();
        Path json = dir.resolve("p.jsonld");
        Files.writeString(json, WebAnnotationExporter.export(in, ExportProgress.NONE));
        Path article = dir.resolve("p.txt");
        Files.writeString(article, "An added first paragraph.\n\n" + in.document().text());
        assertThat(run("import", json.toString(), "--text", article.toString(), "--db",
                dir.resolve("l.db").toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("has changed since the export", "found again by their quotes")
                .doesNotContain("not imported");
    }

    @Test
    void jsonLdExportOfANameRightAfterAnEmojiIsWrittenAndReadsBackAsUtf8() throws Exception {
        // 32 UTF-16 units before "Macron" is the emoji's second half: the selector's prefix must not start there
        Path article = dir.resolve("emoji.txt");
        Files.writeString(article, "\uD83D\uDE00" + "x".repeat(31) + "Macron spoke in Paris.\n", StandardCharsets.UTF_8);
        Document d = new DocumentLoader().load(article);
        int at = d.text().indexOf("Macron");
        Analysis a = new Analysis(org.lector.nlp.AnalysisEngine.pipelineVersion(), List.of(
                new org.lector.model.EntityMention("m1", new org.lector.model.Span(at, at + 6), "Macron",
                        org.lector.model.EntityType.PERSON, "", org.lector.model.MentionForm.NAME, null,
                        org.lector.model.Provenance.auto("t", 1))), List.of(), List.of(), List.of(), List.of());
        Path db = dir.resolve("l.db");
        try (Library library = Library.open(db)) {
            long v = library.documents().importDocument(d).join().versionId();
            library.analysisCache().put(v, org.lector.nlp.AnalysisEngine.pipelineVersion(), a).join();
        }
        Path json = dir.resolve("emoji.jsonld");

        assertThat(run("export", article.toString(), "--format", "jsonld", "--out", json.toString(), "--db",
                db.toString())).as(err.toString()).isZero();

        String written = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(json))).toString();
        assertThat(written).contains("\"prefix\" : \"" + "x".repeat(31) + "\"").doesNotContain("?xxx");
    }
}

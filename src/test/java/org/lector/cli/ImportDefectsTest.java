package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.lector.model.EntityMention;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.MentionForm;
import org.lector.model.Quote;
import org.lector.overlay.Overlay;
import org.lector.store.Library;

/**
 * The import defects of issue 19, as a user meets them: through {@code lector import}, looking at what the library
 * holds afterwards. Every test here failed before its fix.
 */
class ImportDefectsTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    private Path db() {
        return dir.resolve("library.db");
    }

    /** The sample as brat, the .txt and .ann beside each other; returns the .ann. */
    private Path brat(String name) throws Exception {
        List<ExportFile> files = BratExporter.export(ExportFixtures.sample(), ExportProgress.NONE);
        Files.writeString(dir.resolve(name + ".txt"), files.get(0).content(), StandardCharsets.UTF_8);
        Path ann = dir.resolve(name + ".ann");
        Files.writeString(ann, files.get(1).content(), StandardCharsets.UTF_8);
        return ann;
    }

    /** The reader's annotations the library holds for {@code article}, or null when it does not hold the article. */
    private Analysis stored(Path article) throws Exception {
        Document d = new DocumentLoader().load(article);
        try (Library library = Library.open(db())) {
            if (library.documents().findBySource(d.source()).isEmpty()) {
                return null;
            }
            long v = library.documents().importDocument(d).join().versionId();
            return Overlay.apply(Analysis.empty(), library.annotations().records(v));
        }
    }

    private static void assertEverySpanOnItsText(Analysis a, String text) {
        assertThat(a.entities()).allSatisfy(m -> assertThat(m.span().of(text)).isEqualTo(m.text()));
        assertThat(a.quotes()).allSatisfy(q -> assertThat(q.span().of(text)).isEqualTo(q.text()));
    }

    // ---- 1: brat lines are checked against the article

    @Test
    void bratOffsetsShiftedByOneAreFoundAgainByTheirTextNeverStoredOnTheWrongText() throws Exception {
        Path ann = brat("paris");
        String text = Files.readString(dir.resolve("paris.txt"));
        // every offset one further on, as a tool that counted a BOM would write them
        Matcher m = Pattern.compile("(?m)^(T\\d+\\t\\S+ )([0-9 ;]+)\\t").matcher(Files.readString(ann));
        StringBuilder shifted = new StringBuilder();
        while (m.find()) {
            StringBuilder spans = new StringBuilder();
            for (String n : m.group(2).split("(?<=[ ;])|(?=[ ;])")) {
                spans.append(n.matches("\\d+") ? String.valueOf(Integer.parseInt(n) + 1) : n);
            }
            m.appendReplacement(shifted, Matcher.quoteReplacement(m.group(1) + spans + "\t"));
        }
        m.appendTail(shifted);
        Files.writeString(ann, shifted.toString());

        assertThat(run("import", ann.toString(), "--db", db().toString())).as(err.toString()).isZero();

        Analysis a = stored(dir.resolve("paris.txt"));
        assertThat(a.entities()).as(out.toString()).hasSize(ExportFixtures.sample().analysis().entities().size());
        assertEverySpanOnItsText(a, text);
        assertThat(a.entities()).extracting(EntityMention::span)
                .containsExactlyElementsOf(ExportFixtures.sample().analysis().entities().stream()
                        .map(EntityMention::span).sorted().toList());
    }

    @Test
    void aBratLineCutShortIsListedAndNotStored() throws Exception {
        Path ann = brat("paris");
        String cut = "T3\tPERSON 17 32\tEmmanuel M\n";
        Files.writeString(ann, Files.readString(ann).replace("T3\tPERSON 17 32\tEmmanuel Macron\n", cut));

        assertThat(run("import", ann.toString(), "--db", db().toString())).as(err.toString()).isZero();

        assertThat(out.toString()).contains("not imported", "mention T3 \"Emmanuel M\"");
        Analysis a = stored(dir.resolve("paris.txt"));
        assertThat(a.entities()).noneMatch(e -> e.span().start() == 17);
        assertEverySpanOnItsText(a, Files.readString(dir.resolve("paris.txt")));
    }

    @Test
    void bratAnnotationsOnAnotherArticleAreRefusedAndTheLibraryIsLeftAsItWas() throws Exception {
        Path ann = brat("paris");
        Files.delete(dir.resolve("paris.txt"));
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "A different story.\n\nThe council met on Tuesday and agreed the budget. "
                + "Nobody in Paris or anywhere else was named.\n");

        assertThat(run("import", ann.toString(), "--text", other.toString(), "--db", db().toString()))
                .isEqualTo(2);

        assertThat(err.toString()).contains("is not the text these annotations were made on").hasLineCount(1);
        assertThat(stored(other)).isNull();
    }

    // ---- 3: every JSON-LD passage is checked, not only entities

    @Test
    void aJsonLdQuoteWithWrongTextAndOffsetsIsNotStoredOnTheWrongText() throws Exception {
        ExportInput in = ExportFixtures.sample();
        Path article = dir.resolve("p.txt");
        Files.writeString(article, in.document().text());
        Quote q = in.analysis().quotes().get(0);
        String json = WebAnnotationExporter.export(in, ExportProgress.NONE).replace(
                "\"exact\" : \"" + q.text().replace("\"", "\\\"") + "\"", "\"exact\" : \"words nobody wrote\"");
        Path file = dir.resolve("p.jsonld");
        Files.writeString(file, json);

        assertThat(run("import", file.toString(), "--text", article.toString(), "--db", db().toString()))
                .as(err.toString()).isZero();

        assertThat(out.toString()).contains("words nobody wrote");
        Analysis a = stored(article);
        assertThat(a.quotes()).noneMatch(x -> x.span().equals(q.span()));
        assertEverySpanOnItsText(a, in.document().text());
    }

    // ---- 4: size limits as for articles

    @Test
    void anImportFileOverFiftyMegabytesIsRefusedAtOnce() throws Exception {
        Path ann = brat("paris");
        try (RandomAccessFile f = new RandomAccessFile(ann.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024 + 1);
        }

        assertThat(run("import", ann.toString(), "--db", db().toString())).isEqualTo(2);

        assertThat(err.toString()).contains("50 MB").hasLineCount(1);
        assertThat(stored(dir.resolve("paris.txt"))).isNull();
    }

    // ---- 5, 6, 7: what a round trip through brat keeps

    @Test
    void bratImportKeepsMentionFormsEntityNamesAndMentionsOfNoEntity() throws Exception {
        Analysis sample = ExportFixtures.sample().analysis();
        assertThat(run("import", brat("paris").toString(), "--db", db().toString())).as(err.toString()).isZero();

        Analysis a = stored(dir.resolve("paris.txt"));
        for (EntityMention m : sample.entities()) {
            EntityMention back = a.entities().stream().filter(x -> x.span().equals(m.span())).findFirst()
                    .orElseThrow();
            assertThat(back.form()).as(m.text()).isEqualTo(m.form());
            assertThat(back.clusterId() == null).as(m.text()).isEqualTo(m.clusterId() == null);
        }
        assertThat(a.entities()).anyMatch(x -> x.form() == MentionForm.PRONOUN);
        List<String> names = new ArrayList<>();
        a.clusters().forEach(c -> names.add(c.name() + " " + c.mentionIds().size()));
        List<String> expected = new ArrayList<>();
        sample.clusters().forEach(c -> expected.add(c.name() + " " + c.mentionIds().size()));
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void factChecksAreImportedIntoALibraryThatNeverAnalysedTheArticle() throws Exception {
        assertThat(run("import", brat("paris").toString(), "--db", db().toString())).as(err.toString()).isZero();

        Analysis a = stored(dir.resolve("paris.txt"));
        for (Fact f : ExportFixtures.sample().analysis().facts()) {
            Fact back = a.facts().stream().filter(x -> x.span().equals(f.span())).findFirst().orElseThrow();
            assertThat(back.status()).isEqualTo(f.status());
            assertThat(back.evidence()).isEqualTo(f.evidence());
        }
        assertThat(a.facts()).anyMatch(f -> f.status() == FactStatus.SUPPORTED);
    }

    // ---- 16: the same span repeated is one annotation

    @Test
    void theSameSpanRepeatedInAnAnnIsOneMention() throws Exception {
        Files.writeString(dir.resolve("d.txt"), "Angela Merkel spoke in Berlin.\n");
        Path ann = dir.resolve("d.ann");
        Files.writeString(ann, "T1\tPER 0 13\tAngela Merkel\nT2\tPER 0 13\tAngela Merkel\nT3\tPER 0 13\tAngela Merkel"
                + "\nT4\tLOC 23 29\tBerlin\n");

        assertThat(run("import", ann.toString(), "--db", db().toString())).as(err.toString()).isZero();

        assertThat(stored(dir.resolve("d.txt")).entities()).hasSize(2);
    }

    // ---- 17: clear errors

    @Test
    void aBinaryAnnSaysSoInOneLine() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Angela Merkel spoke.\n");
        Path ann = dir.resolve("b.ann");
        Files.write(ann, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xff, (byte) 0xfe});

        assertThat(run("import", ann.toString(), "--db", db().toString())).isEqualTo(2);

        assertThat(err.toString()).contains(ann.toString(), "not a text file").doesNotContain("Input length")
                .hasLineCount(1);
    }

    @Test
    void aMissingAnnIsReportedAsTheAnnNotTheText() {
        Path ann = dir.resolve("gone.ann");

        assertThat(run("import", ann.toString(), "--db", db().toString())).isEqualTo(2);

        assertThat(err.toString()).contains("gone.ann").doesNotContain("gone.txt").hasLineCount(1);
    }

    // ---- 19: a standard W3C annotation or collection

    @Test
    void aStandardWebAnnotationFromAnotherClientIsImportedAsANote() throws Exception {
        Path article = dir.resolve("w.txt");
        Files.writeString(article, "The minister said the bridge would open in May.\n");
        Path file = dir.resolve("w.jsonld");
        Files.writeString(file, """
                {
                  "@context": "http://www.w3.org/ns/anno.jsonld",
                  "id": "http://example.org/anno/1",
                  "type": "Annotation",
                  "body": [
                    {"type": "TextualBody", "value": "Check the date with the council.", "purpose": "commenting"},
                    {"type": "TextualBody", "value": "infrastructure", "purpose": "tagging"}
                  ],
                  "target": {
                    "source": "http://example.org/story",
                    "selector": {"type": "TextQuoteSelector", "exact": "would open in May", "prefix": "the bridge ",
                                 "suffix": "."}
                  }
                }
                """);

        assertThat(run("import", file.toString(), "--text", article.toString(), "--db", db().toString()))
                .as(err.toString()).isZero();

        Analysis a = stored(article);
        assertThat(a.notes()).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo("Check the date with the council.");
            assertThat(n.span().of(Files.readString(article))).isEqualTo("would open in May");
        });
    }
}

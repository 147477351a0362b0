package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.app.Main;
import org.lector.export.ExportInput;
import org.lector.export.ExportProgress;
import org.lector.export.ImportLimits;
import org.lector.export.WebAnnotationExporter;
import org.lector.export.WebAnnotationReader;
import org.lector.ingest.DocumentLoader;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.MentionForm;
import org.lector.model.Note;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.nlp.AnalysisEngine;
import org.lector.store.Library;
import org.lector.testing.Corpus;

/**
 * A whole novel's annotations go through an export and an import (decision 0017): War and Peace with some 45,000
 * annotations makes a JSON-LD export of over 50 MB, which is imported, streamed, in a JVM with the heap the
 * launcher gives Lector, and exported again with the same annotations. Files that only pretend to be that large an
 * export are refused in one sentence, with the library left as it was.
 */
class NovelSizedImportTest {

    private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-z]{2,}\\b");
    private static final Pattern QUOTE = Pattern.compile("\u201C[^\u201D\n]{1,300}\u201D");
    private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION};

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    /**
     * A novel's worth of annotations, made from its text without the engine: every capitalised word a mention (the
     * same word one entity), every quotation a quote, every hundredth line a fact, a few notes.
     */
    private static Analysis novelAnalysis(String text) {
        List<EntityMention> mentions = new ArrayList<>();
        Map<String, List<String>> byName = new HashMap<>();
        Matcher m = NAME.matcher(text);
        Provenance engine = Provenance.auto("corenlp-test", 0.9);
        while (m.find()) {
            String id = "m" + (mentions.size() + 1);
            EntityType type = TYPES[Math.floorMod(m.group().hashCode(), TYPES.length)];
            boolean pronoun = m.group().equals("She") || m.group().equals("The");
            String cluster = pronoun ? null : "c-" + m.group();
            mentions.add(new EntityMention(id, new Span(m.start(), m.end()), m.group(), type, type.id(),
                    pronoun ? MentionForm.PRONOUN : MentionForm.NAME, cluster, engine));
            if (cluster != null) {
                byName.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(id);
            }
        }
        List<EntityCluster> clusters = new ArrayList<>();
        byName.forEach((name, ids) -> clusters.add(new EntityCluster("c-" + name, name,
                TYPES[Math.floorMod(name.hashCode(), TYPES.length)], ids)));
        List<Quote> quotes = new ArrayList<>();
        Matcher q = QUOTE.matcher(text);
        while (q.find()) {
            quotes.add(new Quote("q" + (quotes.size() + 1), new Span(q.start(), q.end()), q.group(),
                    quotes.size() % 7 == 0 ? QuoteKind.SCARE : QuoteKind.DIRECT, null, "", null, "", engine));
        }
        List<Fact> facts = new ArrayList<>();
        int line = 0;
        for (int at = 0, next; (next = text.indexOf('\n', at)) >= 0; at = next + 1) {
            if (++line % 100 == 0 && next - at > 20) {
                String s = text.substring(at, next);
                boolean checked = facts.size() % 5 == 0;
                facts.add(new Fact("f" + (facts.size() + 1), new Span(at, next), s, s.substring(0, 8),
                        s.substring(8, 12), s.substring(12), List.of(), null, null, "", facts.size() % 3,
                        checked ? FactStatus.SUPPORTED : FactStatus.UNCHECKED, checked ? "Checked in the 1869 text"
                                : "", "", checked ? Provenance.user(Instant.parse("2026-12-01T10:00:00Z")) : engine));
            }
        }
        int pierre = text.indexOf("Pierre");
        List<Note> notes = List.of(
                new Note("u-1", new Span(pierre, pierre + 6), "First *Pierre*.", Instant.parse(
                        "2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T10:00:00Z"), List.of("people")),
                new Note("u-2", null, "Read in the Maude translation too.", Instant.parse("2026-12-01T10:00:00Z"),
                        Instant.parse("2026-12-01T10:00:00Z"), List.of()));
        return new Analysis("corenlp-test", mentions, clusters, quotes, facts, notes);
    }

    /**
     * {@code lector ARGS} in a JVM of its own with the launcher's heap (-Xmx750m and its G1 options), as a user runs
     * it; the test's own JVM, which holds the models other tests loaded, is not where a novel is imported.
     */
    private String lector(String... args) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx750m", "-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=60",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        pb.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        pb.redirectOutput(dir.resolve("lector.out").toFile());
        pb.redirectError(dir.resolve("lector.err").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("lector %s ended", args[0]).isTrue();
        String stderr = Files.readString(dir.resolve("lector.err"));
        assertThat(p.exitValue()).as(stderr).isZero();
        assertThat(stderr).doesNotContain("Exception", "OutOfMemory");
        return Files.readString(dir.resolve("lector.out"));
    }

    /**
     * Every annotation of a JSON-LD file as text, ids left out, read in the streaming reader: a mention is its span,
     * text, type, subtype, form and its entity's name; an entity its name, type and its mentions' spans (once per
     * entity, so the text stays as long as the file, not the square of an entity's mentions).
     */
    private static Map<String, List<String>> canonical(Path jsonld, String text) throws Exception {
        Analysis a = WebAnnotationReader.open(jsonld).read(text, null, Instant.EPOCH).analysis();
        Map<String, Span> spanOf = new HashMap<>();
        a.entities().forEach(m -> spanOf.put(m.id(), m.span()));
        Map<String, String> entity = new HashMap<>();
        a.clusters().forEach(c -> entity.put(c.id(), c.name() + "/" + c.type()));
        Map<String, List<String>> out = new HashMap<>();
        out.put("mentions", sorted(a.entities().stream().map(m -> m.span() + "|" + m.text() + "|" + m.type() + "|"
                + m.subtype() + "|" + m.form() + "|" + entity.get(m.clusterId())).toList()));
        out.put("entities", sorted(a.clusters().stream().map(c -> entity.get(c.id()) + "|" + c.mentionIds().stream()
                .map(spanOf::get).sorted().map(Span::toString).collect(Collectors.joining(","))).toList()));
        out.put("quotes", sorted(a.quotes().stream().map(q -> q.span() + "|" + q.kind() + "|" + q.cue() + "|"
                + q.cueText() + "|" + q.speakerName() + "|" + entity.get(q.speakerId())).toList()));
        out.put("facts", sorted(a.facts().stream().map(f -> f.span() + "|" + f.status() + "|" + f.subject() + "|"
                + f.predicate() + "|" + f.object() + "|" + f.score() + "|" + f.evidence()).toList()));
        out.put("notes", sorted(a.notes().stream().map(n -> n.span() + "|" + n.text() + "|" + n.tags()).toList()));
        return out;
    }

    private static List<String> sorted(List<String> list) {
        List<String> out = new ArrayList<>(list);
        out.sort(null);
        return out;
    }

    @Test
    void aNovelsJsonLdExportOfOverFiftyMegabytesRoundTripsThroughAnEmptyLibraryInTheLaunchersHeap()
            throws Exception {
        Path article = dir.resolve("war-and-peace.txt");
        Files.copy(Corpus.file("long/2600-0.txt"), article);
        Document d = new DocumentLoader().load(article.toAbsolutePath().normalize());
        Analysis novel = novelAnalysis(d.text());
        String counts = "imported " + novel.entities().size() + " mentions, " + novel.quotes().size() + " quotes, "
                + novel.facts().size() + " facts, 2 notes";
        Path first = dir.resolve("first.jsonld");
        try (Writer w = Files.newBufferedWriter(first, StandardCharsets.UTF_8)) {
            WebAnnotationExporter.export(new ExportInput(d, novel, Analysis.empty(), List.of(), null,
                    Instant.parse("2026-12-07T09:00:00Z")), ExportProgress.NONE, w);
        }
        novel = null; // not kept while the files are read back
        assertThat(Files.size(first)).as("larger than the 50 MB the import used to take").isGreaterThan(50L << 20);

        Path db = dir.resolve("b.db");
        assertThat(lector("import", first.toString(), "--db", db.toString())).startsWith(counts);

        // Export again from the library: what the engine found there is nothing (cached as such), so every
        // annotation of the second export is one the import stored.
        try (Library library = Library.open(db)) {
            long v = library.documents().importDocument(d).join().versionId();
            library.analysisCache().put(v, AnalysisEngine.pipelineVersion(), Analysis.empty()).join();
        }
        Path second = dir.resolve("second.jsonld");
        lector("export", article.toString(), "--format", "jsonld", "--out", second.toString(), "--db",
                db.toString());

        Map<String, List<String>> a = canonical(first, d.text());
        assertThat(a.get("mentions")).hasSizeGreaterThan(30_000);
        Map<String, List<String>> b = canonical(second, d.text());
        for (String part : a.keySet()) {
            assertThat(b.get(part)).as(part).containsExactlyElementsOf(a.get(part));
        }
    }

    // ---- what only pretends to be a novel's export

    private Path smallArticle() throws Exception {
        Path article = dir.resolve("short.txt");
        Files.writeString(article, "The minister said the bridge would open in May.\n");
        return article;
    }

    /** A Lector export head naming {@code article}, then {@code items} copies of one small annotation. */
    private Path lectorFile(String name, Path article, int items, String body) throws Exception {
        Path file = dir.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"@context\": [\"http://www.w3.org/ns/anno.jsonld\"], \"type\": \"AnnotationCollection\", "
                    + "\"lector:format\": 2, \"lector:document\": {\"lector:location\": \""
                    + article.toAbsolutePath() + "\"}, \"first\": {\"type\": \"AnnotationPage\", \"items\": [");
            for (int i = 0; i < items; i++) {
                w.write((i == 0 ? "" : ",\n") + "{\"type\": \"Annotation\", \"lector:annotation\": \"entity\", "
                        + "\"lector:id\": \"m" + i + "\", \"body\": [" + body + "], \"target\": {\"selector\": ["
                        + "{\"type\": \"TextQuoteSelector\", \"exact\": \"bridge\"}, {\"type\": "
                        + "\"TextPositionSelector\", \"start\": 22, \"end\": 28}]}}");
            }
            w.write("]}}\n");
        }
        return file;
    }

    private void assertRefusedInOneSentenceAndNothingStored(String... words) throws Exception {
        assertThat(err.toString()).as(err.toString()).startsWith("lector import: ").contains(words).hasLineCount(1)
                .doesNotContain("Exception");
        Path db = dir.resolve("library.db");
        if (Files.exists(db)) {
            try (Library library = Library.open(db)) {
                assertThat(library.documents().findBySource(dir.resolve("short.txt").toAbsolutePath().normalize()
                        .toString())).isEmpty();
            }
        }
    }

    @Test
    void aHundredAndTwentyMegabytesOfJunkAreRefusedAtTheFirstWord() throws Exception {
        Path file = dir.resolve("junk.jsonld");
        byte[] block = "garbage, not annotations; ".repeat(4096).getBytes(StandardCharsets.US_ASCII);
        try (var o = Files.newOutputStream(file)) {
            for (long written = 0; written < 120L << 20; written += block.length) {
                o.write(block);
            }
        }

        assertThat(run("import", file.toString(), "--text", smallArticle().toString(), "--db",
                dir.resolve("library.db").toString())).isEqualTo(2);

        assertRefusedInOneSentenceAndNothingStored("not JSON");
    }

    @Test
    void aHundredAndTwentyMegabyteStringIsRefusedWithoutBeingHeld() throws Exception {
        Path file = dir.resolve("long-string.jsonld");
        byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (var o = Files.newOutputStream(file)) {
            o.write("{\"type\": \"Annotation\", \"bodyValue\": \"".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 120; i++) {
                o.write(block);
            }
            o.write("\"}".getBytes(StandardCharsets.US_ASCII));
        }

        assertThat(run("import", file.toString(), "--text", smallArticle().toString(), "--db",
                dir.resolve("library.db").toString())).isEqualTo(2);

        assertRefusedInOneSentenceAndNothingStored("holds a value larger than any annotation has");
    }

    @Test
    void aFileOverItsArticlesLimitIsRefusedBeforeItsAnnotationsAreRead() throws Exception {
        Path article = smallArticle();
        long limit = ImportLimits.forArticle(Files.readString(article).length()).maxBytes();
        String padding = "{\"type\": \"TextualBody\", \"purpose\": \"tagging\", \"value\": \"" + "PLACE ".repeat(100)
                + "\"}";
        Path file = lectorFile("giant.jsonld", article, (int) (limit / 700) + 1, padding);
        assertThat(Files.size(file)).isGreaterThan(limit);

        assertThat(run("import", file.toString(), "--db", dir.resolve("library.db").toString())).isEqualTo(2);

        assertRefusedInOneSentenceAndNothingStored("more than any export of", "short.txt", "can be");
    }

    @Test
    void aSmallArticleWithMoreAnnotationsThanItCouldHaveIsRefused() throws Exception {
        Path article = smallArticle();
        int most = ImportLimits.forArticle(Files.readString(article).length()).maxAnnotations();
        Path file = lectorFile("many.jsonld", article, most + 1,
                "{\"type\": \"TextualBody\", \"purpose\": \"tagging\", \"value\": \"PLACE\"}");
        assertThat(Files.size(file)).isLessThan(ImportLimits.forArticle(50).maxBytes());

        assertThat(run("import", file.toString(), "--db", dir.resolve("library.db").toString())).isEqualTo(2);

        assertRefusedInOneSentenceAndNothingStored("more than " + String.format("%,d", most) + " annotations");
    }

    @Test
    void oneAnnotationOfAMillionValuesIsRefused() throws Exception {
        Path article = smallArticle();
        String tags = "1,".repeat(1_000_000) + "1";
        Path file = lectorFile("wide.jsonld", article, 1, "{\"type\": \"TextualBody\", \"value\": [" + tags + "]}");

        assertThat(run("import", file.toString(), "--db", dir.resolve("library.db").toString())).isEqualTo(2);

        assertRefusedInOneSentenceAndNothingStored("larger than any annotation");
    }

    @Test
    void aBratFileWithMoreAnnotationsThanItsArticleCouldHaveIsRefused() throws Exception {
        Path article = smallArticle();
        Files.copy(article, dir.resolve("many.txt"));
        int most = ImportLimits.forArticle(Files.readString(article).length()).maxAnnotations();
        StringBuilder ann = new StringBuilder();
        for (int i = 1; i <= most + 1; i++) {
            ann.append('T').append(i).append("\tMISC 22 28\tbridge\n");
        }
        Path file = dir.resolve("many.ann");
        Files.writeString(file, ann);

        assertThat(run("import", file.toString(), "--db", dir.resolve("library.db").toString())).isEqualTo(2);

        assertThat(err.toString()).contains("more than " + String.format("%,d", most) + " annotations")
                .hasLineCount(1);
        try (Library library = Library.open(dir.resolve("library.db"))) {
            assertThat(library.documents().findBySource(dir.resolve("many.txt").toAbsolutePath().normalize()
                    .toString())).isEmpty();
        }
    }
}

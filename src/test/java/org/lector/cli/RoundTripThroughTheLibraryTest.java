package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.export.BratReader;
import org.lector.export.ExportFixtures;
import org.lector.export.ImportedAnalysis;
import org.lector.export.WebAnnotationReader;
import org.lector.ingest.DocumentLoader;
import org.lector.model.Analysis;
import org.lector.model.AnnotationRef;
import org.lector.model.Document;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.EntityValue;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.Note;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.nlp.AnalysisEngine;
import org.lector.overlay.Overlay;
import org.lector.store.AnnotationRepository;
import org.lector.store.Library;
import picocli.CommandLine;

/**
 * Export, import into an empty library, export again: the same annotations, ids aside, in brat and in JSON-LD.
 * The reader's edits are all there: a rejected mention and quote, a retyped and a re-spanned mention, two merged
 * entities, a mention of their own, an edited quote, a checked fact, notes on a passage and on the article. The
 * engine is not run: both libraries hold the sample's fixed analysis as the engine's, as they would after
 * analysing it, so both exports see the same engine output and the reader's records on top.
 */
class RoundTripThroughTheLibraryTest {

    @TempDir
    Path dir;

    private Path article;
    private Analysis auto;
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = LectorCommand.commandLine((file, document, url, library) -> 0, new DocumentLoader());
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @BeforeEach
    void articleAndItsAnalysis() throws Exception {
        article = dir.resolve("paris.txt");
        Files.writeString(article, ExportFixtures.sample().document().text(), StandardCharsets.UTF_8);
        Analysis fixed = ExportFixtures.sampleAsAnalysed().analysis();
        // Dates and amounts carry what they stand for, as the engine's do.
        List<EntityMention> valued = fixed.entities().stream().map(m -> switch (m.type()) {
            case DATE -> withValue(m, new EntityValue("XXXX-WXX-4", ""));
            case MONEY, QUANTITY -> withValue(m, new EntityValue("3000", "troops"));
            default -> m;
        }).toList();
        assertThat(valued).anyMatch(m -> m.value() != null);
        auto = new Analysis(AnalysisEngine.pipelineVersion(), valued, fixed.clusters(), fixed.quotes(),
                fixed.facts(), List.of());
    }

    private static EntityMention withValue(EntityMention m, EntityValue value) {
        return new EntityMention(m.id(), m.span(), m.text(), m.type(), m.subtype(), m.form(), m.clusterId(),
                m.provenance(), value);
    }

    /** Files the article in {@code db} with the engine's analysis cached; returns its version id. */
    private long analysed(Library library) throws Exception {
        Document d = new DocumentLoader().load(article);
        long v = library.documents().importDocument(d).join().versionId();
        library.analysisCache().put(v, AnalysisEngine.pipelineVersion(), auto).join();
        return v;
    }

    private void edit(Path db) throws Exception {
        try (Library library = Library.open(db)) {
            long v = analysed(library);
            AnnotationRepository r = library.annotations();
            String text = Files.readString(article);
            EntityMention president = mention("President", 0);
            r.reject(v, AnnotationRef.of(president)).join();
            r.retype(v, mention("Paris", 0), EntityType.ORGANIZATION, "").join();
            EntityMention zelensky = mention("Volodymyr Zelensky", 0);
            r.respan(v, zelensky, new Span(zelensky.span().start() + 10, zelensky.span().end())).join();
            r.mergeClusters(v, mention("Ukraine", 0).span(), mention("Ukrainian", 0).span()).join();
            int kyiv = text.indexOf("summit");
            r.addEntity(v, new Span(kyiv, kyiv + 6), EntityType.MISC, "EVENT", null).join();
            Analysis now = Overlay.apply(auto, r.records(v));
            Quote first = now.quotes().get(0);
            r.editQuote(v, first, QuoteKind.SCARE, null, "Somebody", null).join();
            r.reject(v, AnnotationRef.of(Overlay.apply(auto, r.records(v)).quotes().get(2))).join();
            Fact f = Overlay.apply(auto, r.records(v)).facts().get(1);
            r.setFactStatus(v, f, FactStatus.FALSE, "Denied the next day", "https://example.org/denial").join();
            int at = text.indexOf("coalition of the willing");
            r.addNote(v, new Span(at, at + 24), "Coined by *whom*?").join();
            r.addNote(v, null, "Read with the BBC piece.").join();
        }
    }

    private EntityMention mention(String text, int nth) {
        return auto.entities().stream().filter(m -> m.text().equals(text)).skip(nth).findFirst().orElseThrow();
    }

    @Test
    void jsonLdRoundTripThroughAnEmptyLibraryKeepsEveryAnnotation() throws Exception {
        Path a = dir.resolve("a.db");
        edit(a);
        Path first = dir.resolve("first.jsonld");
        assertThat(run("export", article.toString(), "--format", "jsonld", "--out", first.toString(), "--db",
                a.toString())).as(err.toString()).isZero();

        Path b = dir.resolve("b.db");
        assertThat(run("import", first.toString(), "--db", b.toString())).as(err.toString()).isZero();
        try (Library library = Library.open(b)) {
            analysed(library); // the second library's engine finds what the first one's did
        }
        Path second = dir.resolve("second.jsonld");
        assertThat(run("export", article.toString(), "--format", "jsonld", "--out", second.toString(), "--db",
                b.toString())).as(err.toString()).isZero();

        String text = Files.readString(article);
        ImportedAnalysis one = WebAnnotationReader.parse(Files.readString(first)).read(text, null, Instant.EPOCH);
        ImportedAnalysis two = WebAnnotationReader.parse(Files.readString(second)).read(text, null, Instant.EPOCH);
        assertThat(one.rejected().entities()).isNotEmpty();
        assertSameAnnotations(one, two);
    }

    @Test
    void bratRoundTripThroughAnEmptyLibraryKeepsEveryAnnotation() throws Exception {
        Path a = dir.resolve("a.db");
        edit(a);
        Path first = dir.resolve("first.ann");
        assertThat(run("export", article.toString(), "--format", "brat", "--out", first.toString(), "--db",
                a.toString())).as(err.toString()).isZero();

        Path b = dir.resolve("b.db");
        assertThat(run("import", first.toString(), "--text", article.toString(), "--db", b.toString()))
                .as(err.toString()).isZero();
        try (Library library = Library.open(b)) {
            analysed(library);
        }
        Path second = dir.resolve("second.ann");
        assertThat(run("export", article.toString(), "--format", "brat", "--out", second.toString(), "--db",
                b.toString())).as(err.toString()).isZero();

        String text = Files.readString(article);
        ImportedAnalysis one = BratReader.read(text, Files.readString(first), Instant.EPOCH);
        ImportedAnalysis two = BratReader.read(text, Files.readString(second), Instant.EPOCH);
        assertThat(one.analysis().facts()).isNotEmpty();
        assertSameAnnotations(one, two);
    }

    private static void assertSameAnnotations(ImportedAnalysis one, ImportedAnalysis two) {
        Map<String, List<String>> a = canonical(one);
        Map<String, List<String>> b = canonical(two);
        // the first export carries every kind of edit, so the comparison is not between two empty lists
        assertThat(a.get("mentions")).anyMatch(m -> m.contains("|Paris|ORGANIZATION|"))
                .anyMatch(m -> m.startsWith("Span[start=") && m.contains("|Zelensky|"))
                .anyMatch(m -> m.contains("|summit|MISC|EVENT|")).anyMatch(m -> m.contains("|PRONOUN|"));
        assertThat(a.get("quotes")).anyMatch(q -> q.contains("|SCARE|") && q.contains("|Somebody|"));
        assertThat(a.get("facts")).anyMatch(f -> f.contains("|FALSE|") && f.contains("Denied the next day"));
        assertThat(a.get("notes")).hasSize(2);
        assertThat(a.get("rejected")).anyMatch(r -> r.startsWith("entity|")).anyMatch(r -> r.startsWith("quote|"));
        for (String part : a.keySet()) {
            assertThat(b.get(part)).as(part).containsExactlyElementsOf(a.get(part));
        }
    }

    /** Every annotation as text, ids left out: an entity is its name, type and the spans of its mentions. */
    private static Map<String, List<String>> canonical(ImportedAnalysis in) {
        Analysis a = in.analysis();
        Map<String, String> entity = new HashMap<>();
        Map<String, Span> spanOf = new HashMap<>();
        a.entities().forEach(m -> spanOf.put(m.id(), m.span()));
        for (EntityCluster c : a.clusters()) {
            entity.put(c.id(), c.name() + "/" + c.type().id() + "/" + c.mentionIds().stream().map(spanOf::get)
                    .sorted().map(Span::toString).collect(Collectors.joining(",")));
        }
        Map<String, List<String>> out = new HashMap<>();
        out.put("mentions", sorted(a.entities().stream().map(m -> m.span() + "|" + m.text() + "|" + m.type() + "|"
                + m.subtype() + "|" + m.form() + "|" + m.value() + "|" + entity.get(m.clusterId())).toList()));
        out.put("quotes", sorted(a.quotes().stream().map(q -> q.span() + "|" + q.kind() + "|" + q.cue() + "|"
                + q.cueText() + "|" + q.speakerName() + "|" + entity.get(q.speakerId())).toList()));
        out.put("facts", sorted(a.facts().stream().map(f -> f.span() + "|" + f.status() + "|" + f.subject() + "|"
                + f.predicate() + "|" + f.object() + "|" + f.quantities() + "|" + f.time() + "|" + f.sourceName()
                + "|" + entity.get(f.sourceId()) + "|" + f.score() + "|" + f.evidence() + "|" + f.evidenceUrl())
                .toList()));
        out.put("notes", sorted(a.notes().stream().map((Note n) -> n.span() + "|" + n.text() + "|" + n.tags())
                .toList()));
        Analysis r = in.rejected();
        List<String> rejected = new ArrayList<>();
        r.entities().forEach(m -> rejected.add("entity|" + m.span() + "|" + m.type()));
        r.quotes().forEach(q -> rejected.add("quote|" + q.span()));
        r.facts().forEach(f -> rejected.add("fact|" + f.span()));
        out.put("rejected", sorted(rejected));
        return out;
    }

    private static List<String> sorted(List<String> list) {
        List<String> out = new ArrayList<>(list);
        out.sort(null);
        return out;
    }
}

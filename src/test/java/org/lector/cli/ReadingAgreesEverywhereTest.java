package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.export.BratReader;
import org.lector.export.ConllExporter;
import org.lector.export.ExportFormat;
import org.lector.export.ExportProgress;
import org.lector.export.WebAnnotationReader;
import org.lector.ingest.DocumentLoader;
import org.lector.model.Analysis;
import org.lector.model.AnnotationRef;
import org.lector.model.DictionaryAction;
import org.lector.model.DictionaryEntry;
import org.lector.model.Document;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.Note;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.Span;
import org.lector.nlp.CancellationToken;
import org.lector.reading.Article;
import org.lector.reading.Reading;
import org.lector.store.Library;
import org.lector.testing.NamesAndAFact;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.SettingsRepository;
import org.lector.ui.common.UiSettings;
import org.lector.ui.main.MainViewModel;
import picocli.CommandLine;

/**
 * One article, one library, every way of reading it: the window's view model, {@code analyze --db} and each export
 * format give the same names, quotes, facts, notes and date as {@link Reading} does, the reader's dictionary entry
 * and rejection included. Each format is read back for what it carries.
 */
class ReadingAgreesEverywhereTest {

    /** A plain-text article whose date is only in its dateline. */
    private static final String TEXT = "Paris summit\n\nPARIS, March 27, 2025 \u2014 French President Emmanuel Macron "
            + "met Keir Starmer in Paris on Thursday. \"We will not abandon Ukraine's people,\" Macron said. "
            + "The summit pledged 2 billion euros.\n";
    private static final String FACT = "The summit pledged 2 billion euros.";

    /** Names and quotes by text matching, and one fact. */
    private static NamesAndAFact engine() {
        return new NamesAndAFact(Map.of("Keir Starmer", EntityType.PERSON, "Paris", EntityType.PLACE, "Ukraine",
                EntityType.PLACE, "Emmanuel Macron", EntityType.PERSON), "text-matching-1", document -> {
                    int at = document.text().indexOf(FACT);
                    return new Fact("f1", new Span(at, at + FACT.length()), FACT, "The summit", "pledged",
                            "2 billion euros", List.of(), null, null, "", 0.8, FactStatus.UNCHECKED, "", "",
                            Provenance.auto("test", 0.8));
                });
    }

    @TempDir
    Path dir;

    private final NamesAndAFact engine = engine();
    private Path file;
    private Path db;
    private Article expected;

    @BeforeEach
    void libraryWithADictionaryEntryARejectionAndANote() throws Exception {
        file = Files.writeString(dir.resolve("summit.txt"), TEXT, StandardCharsets.UTF_8).toAbsolutePath();
        db = dir.resolve("library.db");
        Document d = new DocumentLoader().load(file);
        try (Library library = Library.open(db)) {
            Article first = new Reading(engine).read(d, library, CancellationToken.none());
            long version = first.place().versionId();
            EntityMention starmer = first.analysis().entities().stream()
                    .filter(m -> m.text().equals("Keir Starmer")).findFirst().orElseThrow();
            library.annotations().reject(version, AnnotationRef.of(starmer)).join();
            int paris = TEXT.indexOf("Paris", TEXT.indexOf("Starmer"));
            library.annotations().addNote(version, new Span(paris, paris + 5), "The venue, not the dateline")
                    .join();
            library.dictionary().put(new DictionaryEntry("Thursday", EntityType.DATE.id(), DictionaryAction.ACCEPT))
                    .join();
            expected = new Reading(engine).read(d, library, CancellationToken.none());
        }
    }

    @AfterEach
    void theEngineRanOnlyWhereTheLibraryHadNoAnalysis() {
        // Every way of reading went through the library's cache: the engine ran for the first reading of each
        // library only.
        assertThat(engine.calls()).isLessThanOrEqualTo(2);
    }

    @Test
    void theExpectedArticleHoldsTheReadersDictionaryRejectionNoteAndDateline() {
        assertThat(names(expected.analysis())).anyMatch(n -> n.endsWith("DATE dictionary"))
                .noneMatch(n -> n.startsWith(start("Keir Starmer")));
        assertThat(expected.analysis().notes()).extracting(Note::text).containsExactly("The venue, not the dateline");
        assertThat(expected.analysis().quotes()).hasSize(1);
        assertThat(expected.analysis().facts()).hasSize(1);
        assertThat(expected.date()).isEqualTo(LocalDate.of(2025, 3, 27));
    }

    @Test
    void theWindowShowsWhatReadingGives() {
        MainViewModel window = new MainViewModel(new DocumentLoader(), BackgroundTasks.sameThread(), new NoDialogs(),
                SettingsRepository.inMemory(new UiSettings()), engine);
        window.startWarmUp();
        window.openLibrary(db);
        window.open(file);
        try {
            assertThat(window.reader().analysisProperty().get()).isEqualTo(expected.analysis());
            assertThat(window.reader().articleDateProperty().get()).isEqualTo(expected.date());
        } finally {
            window.closeLibrary();
        }
    }

    @Test
    void theWindowsExportsAreTheCommandLinesConllIncluded() throws Exception {
        MainViewModel window = new MainViewModel(new DocumentLoader(), BackgroundTasks.sameThread(), new NoDialogs(),
                SettingsRepository.inMemory(new UiSettings()), engine);
        window.startWarmUp();
        window.openLibrary(db);
        window.open(file);
        Map<ExportFormat, String> fromWindow = new HashMap<>();
        for (ExportFormat f : List.of(ExportFormat.CONLL, ExportFormat.MARKDOWN, ExportFormat.CSV,
                ExportFormat.JSONLD)) {
            fromWindow.put(f, f.export(window.exportOfShown().inputFor(f), ExportProgress.NONE).get(0).content());
        }
        String bratFromWindow = ExportFormat.BRAT.export(window.exportOfShown().inputFor(ExportFormat.BRAT),
                ExportProgress.NONE).stream().filter(o -> o.extension().equals("ann")).findFirst().orElseThrow()
                .content();
        window.closeLibrary();   // the library is one window's or one command's at a time

        fromWindow.forEach((f, export) -> assertThat(withoutExportTime(export)).as(f.label())
                .isEqualTo(withoutExportTime(export(f.id()))));
        // The formats that import again carry the reader's rejection of Starmer from the window too.
        assertThat(new ObjectMapper().readTree(fromWindow.get(ExportFormat.JSONLD)).get("lector:rejected")).hasSize(1);
        Path base = dir.resolve("cli.ann");
        export("brat", "--out", base.toString());
        assertThat(bratFromWindow).isEqualTo(Files.readString(base)).contains("Rejected");
    }

    @Test
    void analyzeWithTheLibraryPrintsWhatReadingGives() throws Exception {
        JsonNode json = new ObjectMapper().readTree(lector("analyze", "--db", db.toString(), file.toString()));

        assertThat(json.at("/document/date").asText()).isEqualTo(expected.date().toString());
        Set<String> names = new TreeSet<>();
        json.get("entities").forEach(e -> names.add(e.get("start").asInt() + "-" + e.get("end").asInt() + " "
                + e.get("type").asText() + " " + e.get("provenance").asText()));
        assertThat(names).isEqualTo(names(expected.analysis()));
        Set<String> quotes = new TreeSet<>();
        json.get("quotes").forEach(q -> quotes.add(q.get("start").asInt() + "-" + q.get("end").asInt()));
        assertThat(quotes).isEqualTo(quotes(expected.analysis()));
        Set<String> facts = new TreeSet<>();
        json.get("facts").forEach(f -> facts.add(f.get("start").asInt() + "-" + f.get("end").asInt() + " "
                + f.get("status").asText()));
        assertThat(facts).isEqualTo(facts(expected.analysis()));
        Set<String> notes = new TreeSet<>();
        json.get("notes").forEach(n -> notes.add(n.get("start").asInt() + "-" + n.get("end").asInt() + " "
                + n.get("text").asText()));
        assertThat(notes).isEqualTo(notes(expected.analysis()));
    }

    @Test
    void aNameImportedBeforeTheEngineFoundItShowsOnceAsTheReadersInAnalyzeAndTheWindow() throws Exception {
        // Imported into a library that has no analysis of the article yet, the name is the reader's own; the engine
        // then finds it too. Before, analyze and the window showed it twice and only export dropped one.
        Path fresh = dir.resolve("fresh.db");
        int paris = TEXT.indexOf("Paris", TEXT.indexOf("Starmer"));
        Files.writeString(dir.resolve("summit.ann"), "T1\tPLACE " + paris + " " + (paris + 5) + "\tParis\n");
        lector("import", dir.resolve("summit.ann").toString(), "--text", file.toString(), "--db", fresh.toString());
        String at = paris + "-" + (paris + 5) + " PLACE ";

        JsonNode json = new ObjectMapper().readTree(lector("analyze", "--db", fresh.toString(), file.toString()));
        List<String> there = new ArrayList<>();
        json.get("entities").forEach(e -> there.add(e.get("start").asInt() + "-" + e.get("end").asInt() + " "
                + e.get("type").asText() + " " + e.get("provenance").asText()));
        assertThat(there).filteredOn(n -> n.startsWith(at)).containsExactly(at + "user");

        MainViewModel window = new MainViewModel(new DocumentLoader(), BackgroundTasks.sameThread(), new NoDialogs(),
                SettingsRepository.inMemory(new UiSettings()), engine);
        window.startWarmUp();
        window.openLibrary(fresh);
        window.open(file);
        Analysis shown = window.reader().analysisProperty().get();
        window.closeLibrary();
        assertThat(names(shown)).filteredOn(n -> n.startsWith(at)).containsExactly(at + "user");
    }

    @Test
    void webAnnotationCarriesEverythingAndTheDate() throws Exception {
        String jsonld = export("jsonld");

        Analysis back = WebAnnotationReader.parse(jsonld).read(TEXT, null, Instant.EPOCH).analysis();
        assertThat(spansAndTypes(back)).isEqualTo(spansAndTypes(expected.analysis()));
        assertThat(quotes(back)).isEqualTo(quotes(expected.analysis()));
        assertThat(facts(back)).isEqualTo(facts(expected.analysis()));
        assertThat(notes(back)).isEqualTo(notes(expected.analysis()));
        assertThat(new ObjectMapper().readTree(jsonld).at("/lector:document/lector:date").asText())
                .isEqualTo(expected.date().toString());
    }

    @Test
    void bratCarriesTheNamesQuotesAndNotes() throws Exception {
        Path base = dir.resolve("out.ann");
        String said = export("brat", "--out", base.toString());
        assertThat(said).contains("out.txt");

        Analysis back = BratReader.read(TEXT, Files.readString(base), Instant.EPOCH).analysis();
        assertThat(spansAndTypes(back)).isEqualTo(spansAndTypes(expected.analysis()));
        assertThat(quotes(back)).isEqualTo(quotes(expected.analysis()));
        assertThat(notes(back)).isEqualTo(notes(expected.analysis()));
    }

    @Test
    void conllLabelsTheNamesOnTheEnginesTokens() throws Exception {
        String conll = export("conll");

        List<String> rows = conll.lines().skip(1).filter(l -> !l.isEmpty()).toList();
        List<Span> tokens = engine.tokens(expected.document(), CancellationToken.none());
        assertThat(rows).extracting(r -> r.split(" ")[0]).containsExactlyElementsOf(
                tokens.stream().map(t -> t.of(TEXT)).toList());
        Set<String> labelled = new TreeSet<>();
        Span open = null;
        String type = null;
        for (int i = 0; i < rows.size(); i++) {
            String label = rows.get(i).split(" ")[3];
            if (open != null && !label.equals("I-" + type)) {
                labelled.add(open.start() + "-" + open.end() + " " + type);
                open = null;
            }
            if (label.startsWith("B-")) {
                open = tokens.get(i);
                type = label.substring(2);
            } else if (label.startsWith("I-")) {
                open = new Span(open.start(), tokens.get(i).end());
            }
        }
        if (open != null) {
            labelled.add(open.start() + "-" + open.end() + " " + type);
        }
        assertThat(labelled).isEqualTo(spansAndTypes(expected.analysis()));
        assertThat(conll).isEqualTo(ConllExporter.export(new Reading(engine).exportInput(expected.document(),
                expected.analysis(), ExportFormat.CONLL, Instant.EPOCH, CancellationToken.none()),
                ExportProgress.NONE));
    }

    @Test
    void csvCarriesTheFacts() throws Exception {
        Set<String> facts = new TreeSet<>();
        try (CSVParser p = CSVParser.parse(new StringReader(export("csv")),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord r : p.getRecords()) {
                facts.add(r.get("start") + "-" + r.get("end") + " " + r.get("status"));
            }
        }
        assertThat(facts).isEqualTo(facts(expected.analysis()));
    }

    @Test
    void markdownCarriesTheDateEntitiesQuotesFactsAndNotes() throws Exception {
        String md = export("md");

        assertThat(md).contains("\ndate: " + expected.date() + "\n");
        Set<String> entities = new TreeSet<>();
        Matcher line = Pattern.compile("(?m)^- (.+) \u2014 (\\d+)$").matcher(md.substring(md.indexOf("## Entities")));
        while (line.find()) {
            entities.add(line.group(1) + " " + line.group(2));
        }
        assertThat(entities).isEqualTo(entityCounts(expected.analysis()));
        for (Quote q : expected.analysis().quotes()) {
            assertThat(md).contains("> " + q.text());
        }
        for (Fact f : expected.analysis().facts()) {
            assertThat(md).contains("**" + f.status().id() + "** " + f.text());
        }
        for (Note n : expected.analysis().notes()) {
            assertThat(md).contains(n.text());
        }
    }

    @Test
    void htmlMarksTheSameNamesQuotesAndNotesAndGivesTheDate() throws Exception {
        var html = Jsoup.parse(export("html"));

        assertThat(html.selectFirst(".meta").text()).contains(expected.date().toString());
        Element article = html.selectFirst("main .text");
        assertThat(article.wholeText()).isEqualTo(TEXT);
        Map<String, BitSet> marked = new HashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            int at;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Element run = (Element) t.parent();
                    for (String cls : run.classNames()) {
                        marked.computeIfAbsent(cls, k -> new BitSet()).set(at, at + t.getWholeText().length());
                    }
                    at += t.getWholeText().length();
                }
            }
        }, article);
        Map<String, BitSet> want = new HashMap<>();
        for (EntityMention m : expected.analysis().entities()) {
            want.computeIfAbsent("e-" + m.type().id(), k -> new BitSet()).set(m.span().start(), m.span().end());
        }
        expected.analysis().quotes().forEach(q -> want.computeIfAbsent("q", k -> new BitSet())
                .set(q.span().start(), q.span().end()));
        expected.analysis().notes().forEach(n -> want.computeIfAbsent("n", k -> new BitSet())
                .set(n.span().start(), n.span().end()));
        want.forEach((cls, bits) -> assertThat(marked.get(cls)).as(cls).isEqualTo(bits));
        assertThat(html.select(".facts li")).hasSize(expected.analysis().facts().size());
    }

    // ---- running the command line ---------------------------------------------------------------------------

    private String lector(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AnalyzeCommand analyze = new AnalyzeCommand(new DocumentLoader(),
                () -> d -> engine.analyze(d, CancellationToken.none(), names -> { }), engine.version());
        CommandLine cl = LectorCommand.commandLine((path, doc, url, library) -> 0, new DocumentLoader(), analyze,
                new ExportCommand(new DocumentLoader(), () -> engine));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        assertThat(exit).as(err.toString()).isZero();
        return out.toString();
    }

    private String export(String format, String... more) {
        List<String> args = new ArrayList<>(List.of("export", "--db", db.toString(), file.toString(), "--format",
                format));
        args.addAll(List.of(more));
        return lector(args.toArray(String[]::new));
    }

    private static String withoutExportTime(String export) {
        return export.replaceAll("(?m)^exported: .*$", "exported: -")
                .replaceAll("\"lector:exported\" : \"[^\"]*\"", "\"lector:exported\" : -");
    }

    // ---- what the reader sees, drawn as sets ------------------------------------------------------------------

    private static String start(String text) {
        return TEXT.indexOf(text) + "-";
    }

    /** Each name: span, type, and who made it. */
    private static Set<String> names(Analysis a) {
        Set<String> out = new TreeSet<>();
        a.entities().forEach(m -> out.add(m.span().start() + "-" + m.span().end() + " " + m.type().id() + " "
                + m.provenance().origin().id()));
        return out;
    }

    private static Set<String> spansAndTypes(Analysis a) {
        Set<String> out = new TreeSet<>();
        a.entities().forEach(m -> out.add(m.span().start() + "-" + m.span().end() + " " + m.type().id()));
        return out;
    }

    private static Set<String> quotes(Analysis a) {
        Set<String> out = new TreeSet<>();
        a.quotes().forEach(q -> out.add(q.span().start() + "-" + q.span().end()));
        return out;
    }

    private static Set<String> facts(Analysis a) {
        Set<String> out = new TreeSet<>();
        a.facts().forEach(f -> out.add(f.span().start() + "-" + f.span().end() + " " + f.status().id()));
        return out;
    }

    private static Set<String> notes(Analysis a) {
        Set<String> out = new TreeSet<>();
        a.notes().forEach(n -> out.add(n.span().start() + "-" + n.span().end() + " " + n.text()));
        return out;
    }

    /** Each entity with its number of mentions, as an index lists them. */
    private static Set<String> entityCounts(Analysis a) {
        Set<String> out = new TreeSet<>();
        for (EntityCluster c : a.clusters()) {
            long n = a.entities().stream().filter(m -> c.id().equals(m.clusterId())).count();
            out.add(c.name() + " " + n);
        }
        return out;
    }

    /** The window without a screen: any dialog it opens is a failure of the test. */
    private static final class NoDialogs implements DialogService {

        @Override
        public void showError(String header, String message) {
            throw new AssertionError(header + ": " + message);
        }

        @Override
        public Optional<Path> chooseArticle(Path initialDirectory, List<String> extensions) {
            throw new AssertionError("no file chooser expected");
        }

        @Override
        public Optional<Path> chooseLibrary(boolean create, Path current) {
            throw new AssertionError("no library chooser expected");
        }

        @Override
        public Optional<String> askText(String header, String prompt, String initial) {
            throw new AssertionError("no prompt expected");
        }

        @Override
        public boolean confirm(String header, String message, String action) {
            throw new AssertionError("no confirmation expected");
        }

        @Override
        public void showAbout(String title, String text) {
            throw new AssertionError("no about box expected");
        }

        @Override
        public <R> Optional<R> edit(Editor<R> editor) {
            throw new AssertionError("no editor expected");
        }

        @Override
        public void open(Panel panel) {
            throw new AssertionError("no window expected");
        }
    }
}

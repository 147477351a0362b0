package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.testing.Corpus;
import picocli.CommandLine;

class LibraryBenchCommandTest {

    @TempDir
    Path dir;

    private static final Pattern NAME = Pattern.compile("\\b(?:Donald Trump|Hillary Clinton|Trump|Clinton)\\b");
    private static final Pattern QUOTE = Pattern.compile("“[^”]{3,200}”");

    /** Names two candidates wherever they occur, and every curly-quoted passage as said by the last one named. */
    static Analysis stub(Document d) {
        List<EntityMention> mentions = new ArrayList<>();
        Map<String, String> clusterOf = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        Matcher m = NAME.matcher(d.text());
        while (m.find()) {
            String surname = m.group().contains("Trump") ? "Trump" : "Clinton";
            String cluster = clusterOf.computeIfAbsent(surname, s -> "c" + (clusterOf.size() + 1));
            String id = "m" + mentions.size();
            mentions.add(new EntityMention(id, new Span(m.start(), m.end()), m.group(), EntityType.PERSON, "",
                    MentionForm.NAME, cluster, Provenance.auto("stub", 1)));
            members.computeIfAbsent(cluster, c -> new ArrayList<>()).add(id);
        }
        List<EntityCluster> clusters = new ArrayList<>();
        clusterOf.forEach((surname, id) -> clusters.add(new EntityCluster(id,
                surname.equals("Trump") ? "Donald Trump" : "Hillary Clinton", EntityType.PERSON, members.get(id))));
        List<Quote> quotes = new ArrayList<>();
        Matcher q = QUOTE.matcher(d.text());
        while (q.find()) {
            String speaker = null;
            for (EntityMention e : mentions) {
                if (e.span().end() <= q.start()) {
                    speaker = e.clusterId();
                }
            }
            quotes.add(new Quote("q" + quotes.size(), new Span(q.start(), q.end()), q.group(), QuoteKind.DIRECT,
                    speaker, "", null, "", Provenance.auto("stub", 1)));
        }
        return new Analysis("stub-1", mentions, clusters, quotes, List.of(), List.of());
    }

    @Test
    void libraryBenchFilesRealArticlesAtEachSizeAndReportsEveryFigureAndTheGrowth() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new LibraryBenchCommand(() -> LibraryBenchCommandTest::stub, "stub-1"));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));

        int exit = cl.execute("--dir", dir.toString(), "--corpus", Corpus.root().toString(), "--sizes", "25,50",
                "--texts", "20", "--rounds", "1");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("25 articles: batch filing", "20 distinct texts", "tokens/s",
                "50 articles: People view open", "from every row", "every analysis parsed", "dossier",
                "claims grouping", "50 articles: index build", "People view open after one more article",
                "rebuild from the analyses", "KB per article", "Growth from 25 to 50 articles", "at 100,000 about");
        assertThat(out.toString()).containsPattern("50 articles: dossier.*\\((Donald Trump|Hillary Clinton)");
        assertThat(err.toString()).contains("filed 50 of 50");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("the throwaway libraries and texts are deleted").isEmpty();
        }
    }

    @Test
    void analysesOfAnEarlierLibraryStandInForTheEngine() throws Exception {
        Path polnear = Corpus.root().resolve("gold/polnear-train.quotes.jsonl");
        List<Path> texts = LibraryBenchCommand.writeTexts(polnear, Corpus.root().resolve("articles"),
                dir.resolve("seed-texts")).subList(0, 20);
        Path seed = dir.resolve("seed.db");
        try (org.lector.store.Library lib = org.lector.store.Library.open(seed)) {
            org.lector.reading.BatchFiling filing = new org.lector.reading.BatchFiling(lib,
                    LibraryBenchCommandTest::stub, "stub-1");
            for (Path t : texts) {
                filing.file(new org.lector.ingest.DocumentLoader().load(t), false, null);
            }
            lib.flush().join();
        }
        Path work = Files.createDirectory(dir.resolve("work"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new LibraryBenchCommand(() -> d -> {
            throw new AssertionError("the engine ran on " + d.source());
        }, "stub-1"));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));

        int exit = cl.execute("--dir", work.toString(), "--corpus", Corpus.root().toString(), "--sizes", "30",
                "--texts", "20", "--rounds", "1", "--analyses", seed.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("20 of the texts' analyses taken from", "30 articles: People view open")
                .doesNotContain("tokens/s");
        assertThat(cl.execute("--dir", work.toString(), "--corpus", Corpus.root().toString(), "--analyses",
                dir.resolve("none.db").toString())).isEqualTo(LectorCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("none.db is not a Lector library.");
    }

    @Test
    void aMissingCorpusIsBadInput() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new LibraryBenchCommand(() -> LibraryBenchCommandTest::stub, "stub-1"));
        cl.setErr(new PrintWriter(err, true));

        assertThat(cl.execute("--dir", dir.toString(), "--corpus", dir.resolve("nowhere").toString()))
                .isEqualTo(LectorCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("shared corpus is not at");
    }
}

package org.lector.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Note;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;

/**
 * Times every export format on a long text, not a test: {@code java -cp target/test-classes:target/classes:
 * target/lib/* org.lector.export.RunExportBenchmark ANALYSIS.json} (the output of {@code lector analyze}), or
 * {@code --synthetic TEXT} for a made-up analysis with a mention on every capitalized word.
 */
public final class RunExportBenchmark {

    private RunExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ExportInput in = args[0].equals("--synthetic") ? synthetic(Path.of(args[1])) : fromJson(Path.of(args[0]));
        Analysis a = in.analysis();
        System.out.printf("text %d chars, %d mentions, %d clusters, %d quotes, %d facts, %d notes, %d tokens%n",
                in.document().length(), a.entities().size(), a.clusters().size(), a.quotes().size(),
                a.facts().size(), a.notes().size(), in.tokensOrSimple().size());
        for (int round = 1; round <= 3; round++) {
            long all = System.nanoTime();
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (ExportFormat f : ExportFormat.values()) {
                var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                List<ExportFile> files = f.export(in, ExportProgress.NONE);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                long cpu = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
                long bytes = files.stream().mapToLong(x -> x.content().length()).sum();
                line.append(String.format(" %s %d ms wall/%d cpu (%.1f MB)", f.id(), ms, cpu, bytes / 1e6));
            }
            line.append(String.format(" | all %d ms", (System.nanoTime() - all) / 1_000_000));
            System.out.println(line);
        }
    }

    static ExportInput fromJson(Path json) throws Exception {
        JsonNode root = new ObjectMapper().readTree(Files.readString(json));
        Document d = ExportFixtures.document(root);
        return new ExportInput(d, ExportFixtures.analysis(root), List.of(), d.date(), Instant.EPOCH);
    }

    static ExportInput synthetic(Path file) throws Exception {
        String text = Files.readString(file).replace("\uFEFF", "").replace("\r\n", "\n");
        Document d = new Document("War and Peace", text, file.toString(), DocumentFormat.TEXT, "UTF-8", "0", null);
        Provenance p = Provenance.auto("synthetic", 0.9);
        List<EntityMention> ms = new ArrayList<>();
        List<String> clusterOf = new ArrayList<>();
        java.util.Map<String, List<String>> clusters = new java.util.LinkedHashMap<>();
        Matcher m = Pattern.compile("\\b[A-Z][a-z]+\\b").matcher(text);
        EntityType[] types = EntityType.values();
        while (m.find()) {
            String id = "m" + (ms.size() + 1);
            String key = m.group();
            clusters.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
            EntityType t = types[Math.abs(key.hashCode()) % types.length];
            ms.add(new EntityMention(id, new Span(m.start(), m.end()), key, t, "", MentionForm.NAME, null, p));
            clusterOf.add(key);
        }
        List<EntityCluster> cs = new ArrayList<>();
        java.util.Map<String, String> cid = new java.util.HashMap<>();
        for (var e : clusters.entrySet()) {
            String id = "c" + (cs.size() + 1);
            cid.put(e.getKey(), id);
            EntityType t = types[Math.abs(e.getKey().hashCode()) % types.length];
            cs.add(new EntityCluster(id, e.getKey(), t, e.getValue()));
        }
        List<EntityMention> withClusters = new ArrayList<>(ms.size());
        for (int i = 0; i < ms.size(); i++) {
            EntityMention x = ms.get(i);
            withClusters.add(new EntityMention(x.id(), x.span(), x.text(), x.type(), x.subtype(), x.form(),
                    cid.get(clusterOf.get(i)), x.provenance()));
        }
        List<Quote> qs = new ArrayList<>();
        Matcher q = Pattern.compile("\u201c[^\u201d]{1,400}\u201d").matcher(text);
        while (q.find()) {
            qs.add(new Quote("q" + (qs.size() + 1), new Span(q.start(), q.end()), q.group(), QuoteKind.DIRECT,
                    null, "", null, "", p));
        }
        List<org.lector.model.Fact> facts = new ArrayList<>();
        Matcher f = Pattern.compile("[A-Z][^.!?\n]{10,300}[.!?]").matcher(text);
        while (f.find() && facts.size() < 5000) {
            facts.add(new org.lector.model.Fact("f" + (facts.size() + 1), new Span(f.start(), f.end()), f.group(),
                    "", "", "", List.of(), null, null, "", 1, org.lector.model.FactStatus.UNCHECKED, "", "", p));
        }
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int at = text.length() / 500 * i;
            notes.add(new Note("n" + i, new Span(at, at + 10), "note " + i, Instant.EPOCH, Instant.EPOCH));
        }
        return new ExportInput(d, new Analysis("synthetic", withClusters, cs, qs, facts, notes), List.of(), d.date(),
                Instant.EPOCH);
    }
}

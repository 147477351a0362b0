package org.lector.ingest;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;

/**
 * Measures article extractors on the 130 shared Readability pages in one run, not a test: Lector's
 * {@link HtmlReader} and the Java libraries it was chosen against (decision 0011), each scored by
 * {@link WordOverlap} against the page's reference text. Run by {@code bench/html-extraction.sh}; prints one table
 * (mean and median word F1, precision, recall, pages under 0.8, pages refused, wall-clock time of a second, warm
 * round) and, with
 * {@code --pages FILE}, every page's F1 per extractor as CSV.
 */
public final class HtmlExtractionComparison {

    /** One extractor: the article text of a page, or {@code null} when it returns nothing. */
    @FunctionalInterface
    interface Extractor {
        String extract(ReadabilityPages.Page page) throws Exception;
    }

    private static final String LECTOR = "Lector HtmlReader";

    private HtmlExtractionComparison() {
    }

    /**
     * How often Lector's title, author, site name, published date and language equal the reference's
     * ({@code expected-metadata.json}), over the pages whose reference gives one. Authors are compared without a
     * leading "By", dates by their calendar day, and a title equals a reference that only adds the site's name.
     */
    private static void metadataTable(List<ReadabilityPages.Page> pages, PrintStream out) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String[] fields = {"title", "byline", "siteName", "publishedTime", "lang"};
        int[] given = new int[fields.length];
        int[] equal = new int[fields.length];
        HtmlReader reader = new HtmlReader();
        List<String> misses = new ArrayList<>();
        for (ReadabilityPages.Page page : pages) {
            com.fasterxml.jackson.databind.JsonNode want =
                    json.readTree(page.source().resolveSibling("expected-metadata.json").toFile());
            org.lector.model.Document d;
            try {
                d = reader.read(page.bytes(), page.source().toString(), "source.html");
            } catch (IngestException e) {
                continue;
            }
            String[] got = {d.title(), d.metadata().author(), d.metadata().siteName(), d.metadata().published(),
                    d.metadata().language()};
            for (int i = 0; i < fields.length; i++) {
                com.fasterxml.jackson.databind.JsonNode w = want.get(fields[i]);
                if (w == null || !w.isTextual() || w.asText().isBlank()) {
                    continue;
                }
                given[i]++;
                String expected = normalized(fields[i], w.asText());
                String actual = normalized(fields[i], got[i]);
                // Lector cuts the site's name off a title; the reference keeps it ("Story | Site").
                boolean siteCut = fields[i].equals("title") && !actual.isEmpty() && expected.startsWith(actual + " ")
                        && expected.substring(actual.length() + 1).matches("^[|\u2013\u2014·-] .*");
                if (expected.equals(actual) || siteCut) {
                    equal[i]++;
                } else {
                    misses.add(page.name() + " " + fields[i] + ": want [" + expected + "] got ["
                            + normalized(fields[i], got[i]) + "]");
                }
            }
        }
        out.println();
        out.println("| metadata field | pages with a reference value | Lector equal |");
        out.println("|---|---:|---:|");
        for (int i = 0; i < fields.length; i++) {
            out.printf(Locale.ROOT, "| %s | %d | %d |%n", fields[i], given[i], equal[i]);
        }
        if (Boolean.getBoolean("misses")) {
            misses.forEach(out::println);
        }
    }

    private static String normalized(String field, String value) {
        if (value == null) {
            return "";
        }
        String v = Jsoup.parse(value).text().replaceAll("\\s+", " ").strip();
        return switch (field) {
            case "byline" -> v.replaceFirst("(?i)^by\\s+", "");
            case "publishedTime" -> v.length() >= 10 ? v.substring(0, 10) : v;
            case "lang" -> v.toLowerCase(Locale.ROOT);
            default -> v;
        };
    }

    static Map<String, Extractor> extractors() {
        Map<String, Extractor> all = new LinkedHashMap<>();
        HtmlReader lector = new HtmlReader();
        all.put(LECTOR, page -> ReadabilityPages.body(
                lector.read(page.bytes(), page.source().toString(), page.name() + "/source.html").text()));
        all.put("Readability4J 1.0.8", page -> {
            net.dankito.readability4j.Article a =
                    new net.dankito.readability4j.Readability4J("http://fakehost/test/page.html", html(page)).parse();
            return a.getContent() == null ? null : Jsoup.parse(a.getContent()).body().text();
        });
        all.put("Readability4J 1.0.8 extended", page -> {
            net.dankito.readability4j.Article a = new net.dankito.readability4j.extended.Readability4JExtended(
                    "http://fakehost/test/page.html", html(page)).parse();
            return a.getContent() == null ? null : Jsoup.parse(a.getContent()).body().text();
        });
        all.put("crux 2.1.0", page -> {
            com.chimbori.crux.articles.Article a = com.chimbori.crux.articles.ArticleExtractor
                    .with("http://fakehost/test/page.html", html(page)).extractMetadata().extractContent().article();
            return a.document == null ? null : a.document.text();
        });
        all.put("boilerpipe 1.2.2 (ArticleExtractor)",
                page -> de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(html(page)));
        return all;
    }

    private static String html(ReadabilityPages.Page page) {
        return new String(page.bytes(), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        Path pagesCsv = null;
        List<String> only = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--pages")) {
                pagesCsv = Path.of(args[++i]);
            } else if (args[i].equals("--only")) {
                only.addAll(Arrays.asList(args[++i].split(",")));
            }
        }
        List<ReadabilityPages.Page> pages = ReadabilityPages.all();
        Map<String, Extractor> extractors = extractors();
        if (!only.isEmpty()) {
            extractors.keySet().removeIf(name -> only.stream().noneMatch(name::startsWith));
        }
        Map<String, double[]> f1ByExtractor = new LinkedHashMap<>();
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%d pages from %s%n%n", pages.size(), ReadabilityPages.root());
        out.printf(Locale.ROOT, "| %-36s | %6s | %6s | %6s | %6s | %7s | %7s | %8s |%n",
                "extractor", "F1", "median", "P", "R", "F1<0.8", "refused", "time ms");
        out.println("|" + "-".repeat(38) + "|-------:|-------:|-------:|-------:|--------:|--------:|---------:|");
        for (Map.Entry<String, Extractor> e : extractors.entrySet()) {
            double[] f1 = new double[pages.size()];
            double p = 0;
            double r = 0;
            int refused = 0;
            long nanos = 0;
            // A first round warms the JIT up; times are those of the second.
            for (ReadabilityPages.Page page : pages) {
                try {
                    e.getValue().extract(page);
                } catch (Exception | StackOverflowError ex) {
                    // scored below
                }
            }
            for (int i = 0; i < pages.size(); i++) {
                ReadabilityPages.Page page = pages.get(i);
                String text;
                long t0 = System.nanoTime();
                try {
                    text = e.getValue().extract(page);
                } catch (Exception | StackOverflowError ex) {
                    text = null;
                }
                nanos += System.nanoTime() - t0;
                if (text == null || text.isBlank()) {
                    refused++;
                    text = "";
                }
                WordOverlap o = WordOverlap.of(text, page.expectedText());
                f1[i] = o.f1();
                p += o.precision();
                r += o.recall();
            }
            f1ByExtractor.put(e.getKey(), f1);
            double[] sorted = f1.clone();
            Arrays.sort(sorted);
            double median = (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
            long under = Arrays.stream(f1).filter(v -> v < 0.8).count();
            out.printf(Locale.ROOT, "| %-36s | %6.3f | %6.3f | %6.3f | %6.3f | %7d | %7d | %8d |%n", e.getKey(),
                    Arrays.stream(f1).average().orElse(0), median, p / pages.size(), r / pages.size(), under, refused,
                    nanos / 1_000_000);
        }
        if (extractors.containsKey(LECTOR)) {
            metadataTable(pages, out);
        }
        if (pagesCsv != null) {
            StringBuilder csv = new StringBuilder("page," + String.join(",", f1ByExtractor.keySet()) + "\n");
            for (int i = 0; i < pages.size(); i++) {
                csv.append(pages.get(i).name());
                for (double[] f1 : f1ByExtractor.values()) {
                    csv.append(String.format(Locale.ROOT, ",%.4f", f1[i]));
                }
                csv.append('\n');
            }
            Files.writeString(pagesCsv, csv);
        }
    }
}

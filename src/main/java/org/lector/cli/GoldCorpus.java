package org.lector.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lector.nlp.eval.EvalSpan;
import org.lector.nlp.eval.Labels;
import org.lector.nlp.eval.QuoteScore;

/**
 * Reads the shared gold corpus ({@code corpus/gold}, shapes in {@code corpus/README.md}) into labelled spans.
 * JSON stays here, in cli: the engine and its scoring know nothing of Jackson.
 */
public final class GoldCorpus {

    /** GUM's news articles. */
    public static final String GUM = "gum-news.jsonl";
    /** MEANTIME English, airbus and gm topics. */
    public static final String MEANTIME = "meantime-dev.jsonl";
    /** PolNeAR development set: political news attributions. */
    public static final String POLNEAR_DEV = "polnear-dev.quotes.jsonl";
    /** CoNLL-2003 English development set (eng.testa). */
    public static final String CONLL_DEV = "conll2003-dev.docs.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldCorpus() {
    }

    /**
     * One gold document, its spans already labelled (see {@link Labels}).
     *
     * @param names    PER, LOC and ORG names that are scored
     * @param unscored spans the gold marks but does not score (MEANTIME non-name or other-type mentions): a
     *                 prediction there is neither right nor wrong
     * @param quotes   GUM quoted speech ({@code tag = quote}; scare quotes and titles are not included)
     * @param dates    MEANTIME TIMEX3 of type DATE, with their values
     * @param numbers  MEANTIME MONEY and PERCENT values
     * @param annotatedEnd where the gold annotation ends: MEANTIME annotates only the title, the date line and
     *                 the first sentences, so predictions after the line of its last annotation are not scored
     */
    public record Doc(String corpus, String id, String text, List<EvalSpan> names, List<EvalSpan> unscored,
                      List<EvalSpan> quotes, List<EvalSpan> dates, List<EvalSpan> numbers, int annotatedEnd) {
    }

    /** GUM news documents, the first {@code limit} (all when {@code limit <= 0}). */
    public static List<Doc> gum(Path goldDir, int limit) throws IOException {
        List<Doc> out = new ArrayList<>();
        for (JsonNode d : read(goldDir.resolve(GUM), limit)) {
            List<EvalSpan> names = new ArrayList<>();
            for (JsonNode s : d.path("ner_spans")) {
                String l = Labels.gold(s.path("type").asText());
                if (l != null) {
                    names.add(span(s, l));
                }
            }
            List<EvalSpan> quotes = new ArrayList<>();
            for (JsonNode s : d.path("quote_spans")) {
                if ("quote".equals(s.path("tag").asText())) {
                    quotes.add(span(s, Labels.QUOTE));
                }
            }
            out.add(new Doc("GUM", d.path("doc_id").asText(), d.path("text").asText(), names, List.of(), quotes,
                    List.of(), List.of(), d.path("text").asText().length()));
        }
        return out;
    }

    /**
     * MEANTIME documents. Names are the mentions MEANTIME marks as names ({@code NAM}, or {@code PRE.NAM} for a
     * name used as a modifier, "US airtanker"); the other mentions are {@link Doc#unscored()}.
     */
    public static List<Doc> meantime(Path goldDir, int limit) throws IOException {
        List<Doc> out = new ArrayList<>();
        for (JsonNode d : read(goldDir.resolve(MEANTIME), limit)) {
            List<EvalSpan> names = new ArrayList<>();
            List<EvalSpan> unscored = new ArrayList<>();
            for (JsonNode s : d.path("entity_mentions")) {
                String l = Labels.gold(s.path("type").asText(null));
                String syn = s.path("syntactic_type").asText("");
                if (l != null && (syn.equals("NAM") || syn.equals("PRE.NAM"))) {
                    names.add(span(s, l));
                } else {
                    unscored.add(span(s, "-"));
                }
            }
            List<EvalSpan> dates = new ArrayList<>();
            for (JsonNode s : d.path("timex3")) {
                if ("DATE".equals(s.path("type").asText())) {
                    dates.add(new EvalSpan(s.path("start").asInt(), s.path("end").asInt(), Labels.DATE,
                            s.path("value").asText("")));
                }
            }
            List<EvalSpan> numbers = new ArrayList<>();
            for (JsonNode s : d.path("values")) {
                String t = s.path("type").asText();
                if (t.equals(Labels.MONEY) || t.equals(Labels.PERCENT)) {
                    numbers.add(span(s, t));
                }
            }
            String text = d.path("text").asText();
            int last = 0;
            for (String layer : List.of("entity_mentions", "event_mentions", "timex3", "values")) {
                for (JsonNode s : d.path(layer)) {
                    last = Math.max(last, s.path("end").asInt());
                }
            }
            int lineEnd = text.indexOf('\n', last);
            out.add(new Doc("MEANTIME", d.path("doc_id").asText(), text, names, unscored,
                    List.of(), dates, numbers, lineEnd < 0 ? text.length() : lineEnd));
        }
        return out;
    }

    /**
     * One PolNeAR document: its text and every attribution, with or without quotation marks (offsets already
     * converted to UTF-16 indices).
     */
    public record QuoteDoc(String id, String text, List<QuoteScore.Gold> attributions) {
    }

    /** PolNeAR documents of {@code file} (dev or train), the first {@code limit} (all when {@code limit <= 0}). */
    public static List<QuoteDoc> polnear(Path goldDir, String file, int limit) throws IOException {
        List<QuoteDoc> out = new ArrayList<>();
        for (JsonNode d : read(goldDir.resolve(file), limit)) {
            String text = d.path("text").asText();
            List<QuoteScore.Gold> gold = new ArrayList<>();
            for (JsonNode q : d.path("quotes")) {
                List<int[]> ranges = new ArrayList<>();
                if (q.path("fragments").isArray() && !q.path("fragments").isEmpty()) {
                    for (JsonNode f : q.path("fragments")) {
                        ranges.add(new int[] {utf16(text, f.path(0).asInt()), utf16(text, f.path(1).asInt())});
                    }
                } else {
                    ranges.add(new int[] {utf16(text, q.path("start").asInt()), utf16(text, q.path("end").asInt())});
                }
                gold.add(new QuoteScore.Gold(ranges, q.path("has_quote_marks").asBoolean(false),
                        q.path("speaker").isTextual() ? q.path("speaker").asText() : null));
            }
            out.add(new QuoteDoc(d.path("doc_id").asText(), text, gold));
        }
        return out;
    }

    /** CoNLL-2003 dev documents: PER, LOC and ORG names (MISC is not scored), the first {@code limit}. */
    public static List<Doc> conll(Path goldDir, int limit) throws IOException {
        List<Doc> out = new ArrayList<>();
        for (JsonNode d : read(goldDir.resolve(CONLL_DEV), limit)) {
            String text = d.path("text").asText();
            List<EvalSpan> names = new ArrayList<>();
            for (JsonNode s : d.path("entities")) {
                String l = Labels.gold(s.path("type").asText(null));
                if (l != null) {
                    names.add(new EvalSpan(utf16(text, s.path("start").asInt()), utf16(text, s.path("end").asInt()),
                            l));
                }
            }
            out.add(new Doc("CoNLL", d.path("doc_id").asText(), text, names, List.of(), List.of(), List.of(),
                    List.of(), text.length()));
        }
        return out;
    }

    /** The UTF-16 index of code point {@code cp} of {@code text} (the gold files count code points). */
    static int utf16(String text, int cp) {
        return text.length() == text.codePointCount(0, text.length()) ? cp
                : text.offsetByCodePoints(0, Math.min(cp, text.codePointCount(0, text.length())));
    }

    private static EvalSpan span(JsonNode s, String label) {
        return new EvalSpan(s.path("start").asInt(), s.path("end").asInt(), label);
    }

    private static List<JsonNode> read(Path file, int limit) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null && (limit <= 0 || out.size() < limit)) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }
}

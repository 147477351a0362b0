package org.lector.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Quantity;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.model.TimeExpression;

/**
 * A predictable engine for tests of the views across the library, on articles the tests write themselves: the given
 * names (each written form mapped to the entity it names) as person mentions, every curly-quoted passage as a direct
 * quote of the person named last before it in its paragraph, and every sentence "Subject verb N unit ... on Weekday."
 * as a fact with its quantity and the day of the week of 10-16 October 2016.
 */
public final class NewsStub {

    private static final Pattern QUOTE = Pattern.compile("\u201c[^\u201d]{2,400}\u201d");
    private static final Pattern FACT = Pattern.compile(
            "(?m)(?<=^|\\. )(?<subject>[A-Z][\\w]+(?: [A-Z][\\w]+)?) (?<verb>sent|deployed|raised|opened|said)"
                    + " (?<object>[^.\u201c]*?)\\.");
    private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,]*) (\\w+)");
    private static final Pattern DAY = Pattern.compile("on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    private final Map<String, String> names;
    private final String pipeline;

    /**
     * @param names    written form to the entity's name ("Holt" to "Jane Holt"); longer forms are matched first
     * @param pipeline the engine version the analyses carry
     */
    public NewsStub(Map<String, String> names, String pipeline) {
        this.names = new LinkedHashMap<>();
        names.entrySet().stream().sorted((a, b) -> b.getKey().length() - a.getKey().length())
                .forEach(e -> this.names.put(e.getKey(), e.getValue()));
        this.pipeline = pipeline;
    }

    public Analysis analyze(Document d) {
        String t = d.text();
        List<EntityMention> mentions = new ArrayList<>();
        boolean[] taken = new boolean[t.length()];
        Map<String, String> clusterOf = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "\\b").matcher(t);
            while (m.find()) {
                if (taken[m.start()] || taken[m.end() - 1]) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                String cluster = clusterOf.computeIfAbsent(e.getValue(), n -> "c" + (clusterOf.size() + 1));
                String id = "m" + (mentions.size() + 1);
                mentions.add(new EntityMention(id, new Span(m.start(), m.end()), m.group(), EntityType.PERSON, "",
                        MentionForm.NAME, cluster, Provenance.auto(pipeline, 0.9)));
                members.computeIfAbsent(cluster, c -> new ArrayList<>()).add(id);
            }
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        List<EntityCluster> clusters = new ArrayList<>();
        clusterOf.forEach((name, id) -> clusters.add(new EntityCluster(id, name, EntityType.PERSON,
                mentions.stream().filter(m -> m.clusterId().equals(id)).map(EntityMention::id).toList())));
        List<Quote> quotes = new ArrayList<>();
        Matcher q = QUOTE.matcher(t);
        while (q.find()) {
            int paragraph = Math.max(0, t.lastIndexOf("\n\n", q.start()));
            int paragraphEnd = t.indexOf("\n\n", q.end());
            EntityMention speaker = null;
            for (EntityMention m : mentions) {
                if (m.span().start() >= paragraph && (paragraphEnd < 0 || m.span().end() <= paragraphEnd)
                        && !new Span(q.start(), q.end()).overlaps(m.span())) {
                    speaker = m;
                    if (m.span().start() > q.start()) {
                        break;
                    }
                }
            }
            String speakerName = speaker == null ? "" : names.get(speaker.text());
            quotes.add(new Quote("q" + (quotes.size() + 1), new Span(q.start(), q.end()), q.group(), QuoteKind.DIRECT,
                    speaker == null ? null : speaker.clusterId(), speakerName, null, "said",
                    Provenance.auto(pipeline, 0.8)));
        }
        List<Fact> facts = new ArrayList<>();
        Matcher f = FACT.matcher(t);
        while (f.find()) {
            String object = f.group("object");
            List<Quantity> quantities = new ArrayList<>();
            Matcher n = NUMBER.matcher(object);
            while (n.find()) {
                quantities.add(new Quantity(n.group(), new BigDecimal(n.group(1).replace(",", "")), n.group(2)));
            }
            Matcher day = DAY.matcher(object);
            TimeExpression time = day.find() ? new TimeExpression(day.group(), String.format("2016-10-%02d",
                    10 + DAYS.indexOf(day.group(1)))) : null;
            String subject = names.getOrDefault(f.group("subject"), f.group("subject"));
            Span span = new Span(f.start(), f.end());
            facts.add(new Fact("f" + (facts.size() + 1), span, span.of(t), subject, f.group("verb"), object,
                    quantities, time, null, "", 0.5, FactStatus.UNCHECKED, "", "", Provenance.auto(pipeline, 0.7)));
        }
        return new Analysis(pipeline, mentions, clusters, quotes, facts, List.of());
    }
}

package org.lector.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lector.model.EntityCluster;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Quantity;
import org.lector.model.Quote;
import org.lector.model.Span;
import org.lector.model.TimeExpression;

/**
 * Finds the article's checkable claims, one per clause (see {@link #clauses}) or reported clause, and ranks
 * them: numbers, named actors and dates raise a claim; modal and opinion words (could, expected, hope) lower it.
 *
 * <p>A reporting frame ("South Korea has reported that X") makes its speaker the claim's source and the clause
 * after "that" the claim. A claim inside an attributed quote is sourced to the quote's speaker. Subject, predicate
 * and object come from a shallow rule: the first named actor followed by a verb, that verb group, and the rest
 * of the clause. CoreNLP's OpenIE was measured as too noisy for this (docs/decisions/0003-nlp-pipeline.md).
 */
final class FactFinder {

    private static final Set<String> HEDGES = Set.of("could", "would", "might", "may", "should", "expected",
            "hope", "hopes", "believe", "believes", "potential", "possible", "possibly", "likely", "reportedly",
            "think", "thinks", "feel", "feels", "need", "must");
    private static final Set<String> REPORT_CUES = Set.of("report", "say", "announce", "confirm", "claim", "state",
            "note", "add", "reveal", "tell", "warn", "accuse", "allege", "estimate");
    private static final Set<String> AUX = Set.of("be", "have", "do", "will", "would", "can", "could", "may",
            "might", "shall", "should", "must");
    private static final int MAX_OBJECT_WORDS = 16;
    /** The most words of a reporting clause closing a sentence, comma and cue included ({@code , a spokesman said}). */
    private static final int ATTRIBUTION_WORDS = 8;
    /** Parts of speech a phrase cut at the word limit must not end on: articles, prepositions, conjunctions. */
    private static final Set<String> OPENS_PHRASE = Set.of("DT", "IN", "CC", "TO", "PRP$", "POS", "PDT", "WDT");
    /** Words that open a clause of its own after a comma: a second claim, often with another actor. */
    private static final Set<String> CLAUSE_CUES = Set.of("while", "whereas", "but", "although");

    private FactFinder() {
    }

    static List<Fact> find(String text, TextLayer layer, List<Mention> ms, String[] clusterOf,
                           List<EntityCluster> clusters, List<Quote> quotes, String engine) {
        Map<String, String> names = clusters.stream().collect(Collectors.toMap(EntityCluster::id, EntityCluster::name));
        List<TextLayer.Tok> toks = layer.tokens();
        List<Fact> found = new ArrayList<>();
        for (TextLayer.Sent s : layer.sentences()) {
            int from = s.firstToken();
            String sourceId = null;
            // "X has reported that ...": X is the source, the clause after "that" is the claim.
            for (int t = s.firstToken(); t + 1 < s.endToken(); t++) {
                TextLayer.Tok tok = toks.get(t);
                if (tok.pos().startsWith("VB") && REPORT_CUES.contains(tok.lemma().toLowerCase(Locale.ROOT))
                        && toks.get(t + 1).lower().equals("that")) {
                    int speaker = actorBefore(t, s.firstToken(), ms, clusterOf);
                    if (speaker >= 0) {
                        sourceId = clusterOf[speaker];
                        from = t + 2;
                    }
                    break;
                }
            }
            if (sourceId == null) {
                Quote q = quoteAt(quotes, s.start() + 1);
                if (q != null && q.speakerId() != null && q.span().end() >= s.end() - 2) {
                    sourceId = q.speakerId();
                }
            }
            List<TextLayer.Sent> clauses = clauses(toks, s, from);
            for (int c = 0; c < clauses.size(); c++) {
                TextLayer.Sent clause = clauses.get(c);
                // The first clause keeps the sentence's start, so a reported claim shows its reporting frame.
                Fact f = claim(text, toks, clause, c == 0 ? from : clause.firstToken(), ms, clusterOf, names,
                        sourceId, quotes, engine);
                if (f != null) {
                    found.add(f);
                }
            }
        }
        found.sort(Comparator.comparingDouble(Fact::score).reversed().thenComparing(f -> f.span().start()));
        List<Fact> out = new ArrayList<>();
        for (Fact f : found) {
            out.add(new Fact("f" + (out.size() + 1), f.span(), f.text(), f.subject(), f.predicate(), f.object(),
                    f.quantities(), f.time(), f.sourceId(), f.sourceName(), f.score(), f.status(), "", "",
                    f.provenance()));
        }
        return out;
    }

    /**
     * The claims of a sentence from token {@code from}: one per clause, cut where a clause of its own starts after
     * a comma ("Kyiv has confirmed these negotiations, while Moscow has stipulated conditions ...": two claims, two
     * actors) or a semicolon. Each clause is returned as a sentence of its own, the cue word left out; the first
     * one starts where the sentence does.
     */
    static List<TextLayer.Sent> clauses(List<TextLayer.Tok> toks, TextLayer.Sent s, int from) {
        List<TextLayer.Sent> out = new ArrayList<>();
        int start = from;
        for (int t = from; t < s.endToken(); t++) {
            String w = toks.get(t).word();
            // "..., while Moscow has ...": a clause with a subject of its own; not "..., while accusing ...".
            boolean comma = w.equals(",") && t + 2 < s.endToken() && CLAUSE_CUES.contains(toks.get(t + 1).lower())
                    && !toks.get(t + 2).isVerb();
            if (comma || w.equals(";")) {
                addClause(out, toks, s, start, t);
                start = comma ? t + 2 : t + 1;
                t = start - 1;
            }
        }
        addClause(out, toks, s, start, s.endToken());
        return out;
    }

    private static void addClause(List<TextLayer.Sent> out, List<TextLayer.Tok> toks, TextLayer.Sent s, int from,
                                  int end) {
        if (end > from) {
            int first = out.isEmpty() ? s.firstToken() : from;
            out.add(new TextLayer.Sent(s.index(), out.isEmpty() ? s.start() : toks.get(from).start(),
                    end == s.endToken() ? s.end() : toks.get(end - 1).end(), first, end));
        }
    }

    private static Fact claim(String text, List<TextLayer.Tok> toks, TextLayer.Sent s, int from, List<Mention> ms,
                              String[] clusterOf, Map<String, String> names, String sourceId, List<Quote> quotes,
                              String engine) {
        if (toks.subList(s.firstToken(), s.endToken()).stream().noneMatch(TextLayer.Tok::isVerb)) {
            return null; // a headline or a fragment
        }
        List<Quantity> quantities = new ArrayList<>();
        TimeExpression time = null;
        int actors = 0;
        int subject = -1;
        int predicateStart = -1;
        for (int j = Mention.firstFrom(ms, from); j < ms.size() && ms.get(j).firstToken() < s.endToken(); j++) {
            Mention m = ms.get(j);
            if (m.endToken() > s.endToken()) {
                continue;
            }
            Quantity q = Quantities.of(m, toks);
            if (q != null) {
                if (q.unit().isEmpty() && !quantities.isEmpty() && m.type() == EntityType.QUANTITY) {
                    // "3,000 troops ..., supplementing the 11,000": the count repeats the earlier unit.
                    q = new Quantity(q.text(), q.value(), quantities.get(quantities.size() - 1).unit());
                }
                quantities.add(q);
            } else if (m.type() == EntityType.DATE && time == null && !m.normalized().startsWith("P")) {
                time = new TimeExpression(m.text(), m.normalized());
            }
            boolean actor = clusterOf[j] != null && m.form() != MentionForm.PRONOUN
                    && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION
                    || m.type() == EntityType.PLACE || m.type() == EntityType.GROUP);
            if (actor) {
                actors++;
            }
            if ((actor || (clusterOf[j] != null && m.type() == EntityType.PERSON)) && subject < 0) {
                int v = verbAfter(toks, m.endToken(), s.endToken());
                if (v >= 0) {
                    subject = j;
                    predicateStart = v;
                }
            }
        }
        double score = Math.min(quantities.size(), 3) * 2.0 + Math.min(actors, 3) * 1.0 + (time != null ? 0.5 : 0);
        long hedges = toks.subList(from, s.endToken()).stream().filter(t -> HEDGES.contains(t.lower())).count();
        score -= 1.5 * Math.min(hedges, 2);
        if (quantities.isEmpty() && actors < 1) {
            return null;
        }
        int firstVerb = -1;
        for (int t = from; t < s.endToken(); t++) {
            if (toks.get(t).isVerb()) {
                firstVerb = t;
                break;
            }
        }
        if (subject >= 0 && firstVerb >= 0 && firstVerb < ms.get(subject).firstToken()) {
            // "The gathering will see 27 heads ..., with Macron expected to ...": a number between the first verb
            // and the actor belongs to the first clause, whose subject is not an actor.
            final int fv = firstVerb;
            final int sub = ms.get(subject).firstToken();
            if (ms.stream().anyMatch(m -> m.firstToken() > fv && m.endToken() <= sub
                    && Quantities.of(m, toks) != null)) {
                subject = -1;
            }
        }
        String subj;
        int pStart;
        if (subject >= 0) {
            Mention m = ms.get(subject);
            subj = clusterOf[subject] != null ? names.getOrDefault(clusterOf[subject], m.text()) : m.text();
            pStart = predicateStart;
        } else {
            pStart = -1;
            for (int t = from; t < s.endToken(); t++) {
                if (toks.get(t).isVerb()) {
                    pStart = t;
                    break;
                }
            }
            if (pStart < 0) {
                return null;
            }
            subj = pStart > from ? text.substring(toks.get(from).start(), toks.get(pStart - 1).end()) : "";
        }
        int pEnd = pStart + 1;
        while (pEnd < s.endToken() && (toks.get(pEnd).isVerb() || toks.get(pEnd).pos().startsWith("RB")
                && pEnd + 1 < s.endToken() && toks.get(pEnd + 1).isVerb())
                && (AUX.contains(toks.get(pEnd - 1).lemma()) || toks.get(pEnd - 1).pos().startsWith("RB")
                || toks.get(pEnd - 1).pos().equals("MD"))) {
            pEnd++;
        }
        int predicateFrom = toks.get(pStart).start();
        if (subject >= 0) {
            // "Turkeywill be represented": the subject's name was cut out of a glued word, whose rest ("will")
            // belongs to the predicate.
            Mention m = ms.get(subject);
            int wordEnd = toks.get(m.endToken() - 1).end();
            if (m.end() < wordEnd && wordEnd <= predicateFrom) {
                predicateFrom = m.end();
            }
        }
        String predicate = text.substring(predicateFrom, toks.get(pEnd - 1).end());
        int oEnd = pEnd;
        int words = 0;
        // "..., the mayor said.": the reporting clause at the sentence's end is the claim's source, not its object
        int attribution = trailingAttribution(toks, pEnd, s.endToken());
        int objectLimit = attribution >= 0 ? attribution : s.endToken();
        while (oEnd < objectLimit && words < MAX_OBJECT_WORDS) {
            TextLayer.Tok t = toks.get(oEnd);
            if (t.word().equals(";") || (t.word().equals(",") && oEnd + 1 < s.endToken()
                    && Set.of("while", "but", "as", "although", "whereas").contains(toks.get(oEnd + 1).lower()))) {
                break;
            }
            oEnd++;
            words++;
        }
        if (words == MAX_OBJECT_WORDS && oEnd < objectLimit) {
            // Cut at the word limit: end on a word that closes a phrase, not on "the" or "after"
            while (oEnd > pEnd + 1 && (isPunct(toks.get(oEnd - 1)) || OPENS_PHRASE.contains(toks.get(oEnd - 1).pos()))) {
                oEnd--;
            }
        }
        while (oEnd > pEnd && isPunct(toks.get(oEnd - 1))) {
            oEnd--;
        }
        String object = oEnd > pEnd ? text.substring(toks.get(pEnd).start(), toks.get(oEnd - 1).end()) : "";
        Span span = new Span(s.start(), s.end());
        if (sourceId == null) {
            Quote q = quoteAt(quotes, toks.get(pStart).start());
            if (q != null && q.speakerId() != null && q.span().contains(toks.get(pStart).start())) {
                sourceId = q.speakerId(); // a claim made inside someone's quoted words is theirs
            }
        }
        if (sourceId == null && attribution >= 0) {
            int speaker = actorBefore(s.endToken(), attribution, ms, clusterOf);
            if (speaker >= 0 && (ms.get(speaker).type() == EntityType.PERSON
                    || ms.get(speaker).type() == EntityType.ORGANIZATION)) {
                sourceId = clusterOf[speaker];
            }
        }
        String sourceName = sourceId == null ? "" : names.getOrDefault(sourceId, "");
        return new Fact("f", span, span.of(text), subj, predicate, object, quantities, time, sourceId, sourceName,
                score, FactStatus.UNCHECKED, "", "", Provenance.auto(engine, 0.5));
    }

    /**
     * The last quote starting at or before {@code offset}: the only one that can hold it, since quotes are in text
     * order and do not overlap. A binary search, so a novel's thousands of quotes are not walked per sentence.
     */
    private static Quote quoteAt(List<Quote> quotes, int offset) {
        int i = Sorted.firstAtLeast(quotes, q -> q.span().start(), offset + 1) - 1;
        return i >= 0 ? quotes.get(i) : null;
    }

    /**
     * Where a reporting clause that closes the sentence starts ({@code ..., the mayor said.}, {@code ..., said a
     * spokesman for the port.}): the comma before a few words with no verb but one reporting verb, nothing after it
     * but the sentence's punctuation. -1 when the sentence ends otherwise.
     */
    static int trailingAttribution(List<TextLayer.Tok> toks, int from, int end) {
        int last = end;
        while (last > from && isPunct(toks.get(last - 1))) {
            last--;
        }
        for (int c = last - 1; c >= from && c >= last - 1 - ATTRIBUTION_WORDS; c--) {
            if (!toks.get(c).word().equals(",")) {
                continue;
            }
            int verbs = 0;
            boolean cue = false;
            for (int t = c + 1; t < last; t++) {
                TextLayer.Tok tok = toks.get(t);
                if (tok.isVerb()) {
                    verbs++;
                    cue = REPORT_CUES.contains(tok.lemma().toLowerCase(Locale.ROOT)) && !tok.pos().equals("VBG");
                } else if (isPunct(tok)) {
                    return -1;
                }
            }
            return verbs == 1 && cue && last - c > 2 ? c : -1;
        }
        return -1;
    }

    private static int verbAfter(List<TextLayer.Tok> toks, int from, int end) {
        for (int t = from; t < end && t < from + 4; t++) {
            TextLayer.Tok tok = toks.get(t);
            if (tok.isVerb() && !tok.pos().equals("VBG")) {
                return t;
            }
            if (!tok.pos().startsWith("RB") && !tok.word().equals(",") && !tok.pos().equals("POS")) {
                return -1;
            }
        }
        return -1;
    }

    private static int actorBefore(int cue, int sentenceStart, List<Mention> ms, String[] clusterOf) {
        int best = -1;
        for (int j = Mention.firstFrom(ms, sentenceStart); j < ms.size() && ms.get(j).firstToken() < cue; j++) {
            Mention m = ms.get(j);
            if (clusterOf[j] != null && m.endToken() <= cue && m.type() != EntityType.TITLE) {
                best = j;
            }
        }
        return best;
    }

    private static boolean isPunct(TextLayer.Tok t) {
        return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().charAt(0));
    }
}

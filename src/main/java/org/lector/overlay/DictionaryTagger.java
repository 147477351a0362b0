package org.lector.overlay;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lector.model.Analysis;
import org.lector.model.DictionaryAction;
import org.lector.model.DictionaryEntry;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.Span;

/**
 * Lays the user's dictionary over an analysis: every whole-word, same-case occurrence of an "always" text that no
 * name mention covers becomes a name mention of its type with {@link Provenance#dictionary dictionary}
 * provenance, and every automatic mention whose text is "never" for its type goes. Pure: the analysis given is
 * not changed, and nothing is read or written.
 *
 * <p>One pass over the text, with the "always" texts indexed by their first word, so the cost grows with the
 * length of the text and the number of words that begin an entry, not with the number of entries.
 */
public final class DictionaryTagger {

    /** Prefix of the ids of mentions the dictionary adds. They are not the reader's records of this article. */
    public static final String MENTION_PREFIX = "dict-";
    private static final String CLUSTER_PREFIX = "dict-c";

    private DictionaryTagger() {
    }

    /** {@code analysis} of {@code text} with {@code entries} applied. */
    public static Analysis apply(String text, Analysis analysis, List<DictionaryEntry> entries) {
        return apply(text, analysis, entries, List.of());
    }

    /**
     * {@code analysis} of {@code text} with {@code entries} applied; no dictionary mention is put on {@code
     * reserved} spans (the reader's own mentions in this article, which win over the dictionary).
     */
    public static Analysis apply(String text, Analysis analysis, List<DictionaryEntry> entries,
            Collection<Span> reserved) {
        Set<String> rejected = new HashSet<>();
        Map<String, DictionaryEntry> accepted = new HashMap<>();
        for (DictionaryEntry e : entries) {
            if (e.text().isEmpty() || typeOf(e) == null) {
                continue;
            }
            if (e.action() == DictionaryAction.REJECT) {
                rejected.add(key(e.text(), e.type()));
            } else {
                // One type per text: when the reader has said "always" with two types, the latest word counts.
                accepted.merge(e.text(), e, (a, b) -> b.created().isAfter(a.created()) ? b : a);
            }
        }
        if (rejected.isEmpty() && accepted.isEmpty()) {
            return analysis;
        }

        List<EntityMention> kept = new ArrayList<>(analysis.entities().size());
        Set<String> removed = new HashSet<>();
        for (EntityMention m : analysis.entities()) {
            if (m.provenance().isAuto() && rejected.contains(key(m.text(), m.type().id()))) {
                removed.add(m.id());
            } else {
                kept.add(m);
            }
        }

        BitSet covered = new BitSet(text.length());
        for (EntityMention m : kept) {
            if (m.form() == MentionForm.NAME) {
                covered.set(m.span().start(), Math.min(m.span().end(), text.length()));
            }
        }
        for (Span s : reserved) {
            covered.set(s.start(), Math.min(s.end(), text.length()));
        }
        List<Match> matches = accepted.isEmpty() ? List.of() : find(text, accepted, covered);
        if (removed.isEmpty() && matches.isEmpty()) {
            return analysis;
        }

        // Clusters that keep a mention; a dictionary mention joins the one of its name and type, if any.
        Map<String, EntityCluster> clusters = new LinkedHashMap<>();
        Map<String, List<String>> members = new HashMap<>();
        Map<String, String> clusterByName = new HashMap<>();
        for (EntityCluster c : analysis.clusters()) {
            List<String> ids = c.mentionIds().stream().filter(id -> !removed.contains(id)).toList();
            if (!ids.isEmpty()) {
                clusters.put(c.id(), c);
                members.put(c.id(), new ArrayList<>());
                clusterByName.putIfAbsent(key(c.name(), c.type().id()), c.id());
            }
        }
        Map<String, String> clusterOfNew = new HashMap<>();
        List<EntityMention> all = new ArrayList<>(kept.size() + matches.size());
        for (EntityMention m : kept) {
            String cluster = m.clusterId() != null && clusters.containsKey(m.clusterId()) ? m.clusterId() : null;
            all.add(cluster == null && m.clusterId() != null ? withCluster(m, null) : m);
        }
        int n = 0;
        int[] newClusters = {0};
        for (Match match : matches) {
            DictionaryEntry e = match.entry();
            EntityType type = typeOf(e);
            String key = key(e.text(), e.type());
            String cluster = clusterOfNew.computeIfAbsent(key, k -> {
                String existing = clusterByName.get(k);
                if (existing != null) {
                    return existing;
                }
                String id;
                do {
                    id = CLUSTER_PREFIX + (++newClusters[0]);
                } while (clusters.containsKey(id));
                clusters.put(id, new EntityCluster(id, e.text(), type, List.of()));
                members.put(id, new ArrayList<>());
                return id;
            });
            all.add(new EntityMention(MENTION_PREFIX + (++n), match.span(), e.text(), type, "", MentionForm.NAME,
                    cluster, Provenance.dictionary(e.created())));
        }
        all.sort(Comparator.comparing(EntityMention::span));
        for (EntityMention m : all) {
            if (m.clusterId() != null) {
                members.get(m.clusterId()).add(m.id());
            }
        }
        List<EntityCluster> finalClusters = new ArrayList<>(clusters.size());
        for (EntityCluster c : clusters.values()) {
            finalClusters.add(new EntityCluster(c.id(), c.name(), c.type(), members.get(c.id())));
        }

        List<Quote> quotes = analysis.quotes();
        List<Fact> facts = analysis.facts();
        if (!removed.isEmpty()) {
            quotes = new ArrayList<>(quotes.size());
            for (Quote q : analysis.quotes()) {
                quotes.add(q.speakerId() == null || clusters.containsKey(q.speakerId()) ? q
                        : new Quote(q.id(), q.span(), q.text(), q.kind(), null, q.speakerName(), q.cue(),
                                q.cueText(), q.provenance()));
            }
            facts = new ArrayList<>(facts.size());
            for (Fact f : analysis.facts()) {
                facts.add(f.sourceId() == null || clusters.containsKey(f.sourceId()) ? f
                        : new Fact(f.id(), f.span(), f.text(), f.subject(), f.predicate(), f.object(),
                                f.quantities(), f.time(), null, f.sourceName(), f.score(), f.status(),
                                f.evidence(), f.evidenceUrl(), f.provenance()));
            }
        }
        return new Analysis(analysis.pipelineVersion(), all, finalClusters, quotes, facts, analysis.notes());
    }

    /** An occurrence of an "always" text. */
    private record Match(Span span, DictionaryEntry entry) {
    }

    /**
     * Finds, left to right, the longest uncovered whole-word occurrence of an accepted text at each place (no word
     * character just before or just after it, so "U.S." is not found in "U.S.A."); found occurrences do not
     * overlap.
     */
    private static List<Match> find(String text, Map<String, DictionaryEntry> accepted, BitSet covered) {
        // Texts that begin with a word are looked up by that word where a word begins; the rare ones that begin
        // with punctuation ("#MeToo") by their first character.
        Map<String, List<String>> byFirstWord = new HashMap<>();
        Map<Character, List<String>> byFirstChar = new HashMap<>();
        for (String t : accepted.keySet()) {
            char first = t.charAt(0);
            if (isWordChar(first)) {
                byFirstWord.computeIfAbsent(t.substring(0, wordEnd(t, 0)), k -> new ArrayList<>()).add(t);
            } else if (!Character.isWhitespace(first)) {
                byFirstChar.computeIfAbsent(first, k -> new ArrayList<>()).add(t);
            }
        }
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        byFirstWord.values().forEach(l -> l.sort(longestFirst));
        byFirstChar.values().forEach(l -> l.sort(longestFirst));

        List<Match> out = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            int next = i + 1;
            List<String> candidates = null;
            if (isWordChar(c)) {
                int end = wordEnd(text, i);
                if (i == 0 || !isWordChar(text.charAt(i - 1))) {
                    candidates = byFirstWord.get(text.substring(i, end));
                }
                next = end;
            } else if (!byFirstChar.isEmpty() && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                candidates = byFirstChar.get(c);
            }
            if (candidates != null) {
                for (String candidate : candidates) {
                    int end = i + candidate.length();
                    if (text.startsWith(candidate, i) && (end == length || !isWordChar(text.charAt(end)))) {
                        int coveredAt = covered.nextSetBit(i);
                        if (coveredAt < 0 || coveredAt >= end) {
                            out.add(new Match(new Span(i, end), accepted.get(candidate)));
                            next = end;
                            break;
                        }
                    }
                }
            }
            i = next;
        }
        return out;
    }

    private static int wordEnd(String s, int from) {
        int end = from;
        while (end < s.length() && isWordChar(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The same notion of a word as the reader's selection snapping: letters, digits and combining marks. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static EntityMention withCluster(EntityMention m, String cluster) {
        return new EntityMention(m.id(), m.span(), m.text(), m.type(), m.subtype(), m.form(), cluster,
                m.provenance());
    }

    private static EntityType typeOf(DictionaryEntry e) {
        for (EntityType t : EntityType.values()) {
            if (t.id().equals(e.type())) {
                return t;
            }
        }
        return null;
    }

    private static String key(String text, String type) {
        return text + '\u0000' + type;
    }
}

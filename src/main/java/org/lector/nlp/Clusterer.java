package org.lector.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lector.model.EntityCluster;
import org.lector.model.EntityNames;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;

/**
 * Groups mentions into entities. Rule-based on purpose (statistical coref costs ~8 s of load and 400 MB, and
 * merged Erdogan into Macron on the sample):
 * <ul>
 *   <li>person names merge when one's words are all in the other's ("Macron" into "Emmanuel Macron"), into the
 *       entity already called exactly so if there is one, else the most recent; the entity's name is the fullest
 *       name written often enough ({@link EntityNames#choose});</li>
 *   <li>the title and nationality written before a name ("French President Emmanuel Macron") let a nominal
 *       ("the French president") join that person, the most recent one when several fit;</li>
 *   <li>he/she/him/his/her join the subject of the closest sentence that has a person of their gender in it
 *       ({@link Pronouns}; a person's gender comes from the first name, an honorific or a gendered title);</li>
 *   <li>other names merge by their text (case, possessive and "the" ignored), and so do the speakers the quote
 *       pass described ("a campaign spokesman") that no person's title matches.</li>
 * </ul>
 */
final class Clusterer {

    private static final Set<EntityType> CLUSTERED = Set.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.PLACE, EntityType.GROUP, EntityType.MISC);

    /**
     * The entities, each mention's entity id (or null), and each person entity's gender by id.
     */
    record Result(List<EntityCluster> clusters, String[] clusterOfMention, Map<String, Gender> genders) {

        Result(List<EntityCluster> clusters, String[] clusterOfMention) {
            this(clusters, clusterOfMention, Map.of());
        }

        Gender gender(String clusterId) {
            return genders.getOrDefault(clusterId, Gender.UNKNOWN);
        }
    }

    private static final class Cluster {
        final EntityType type;
        String name;
        final Set<String> words = new LinkedHashSet<>();
        /** The names it was called, lower-cased. */
        final Set<String> variants = new HashSet<>();
        final Set<String> titles = new LinkedHashSet<>();
        final Set<String> groups = new LinkedHashSet<>();
        final List<Integer> mentions = new ArrayList<>();
        int order;
        int male;
        int female;

        Cluster(EntityType type, String name) {
            this.type = type;
            this.name = name;
        }

        void vote(Gender g) {
            if (g == Gender.MALE) {
                male++;
            } else if (g == Gender.FEMALE) {
                female++;
            }
        }

        /** The gender the names and titles agree on; unknown when they say nothing or disagree. */
        Gender gender() {
            if (type != EntityType.PERSON) {
                return Gender.UNKNOWN;
            }
            return male > 0 && female == 0 ? Gender.MALE : female > 0 && male == 0 ? Gender.FEMALE : Gender.UNKNOWN;
        }
    }

    private Clusterer() {
    }

    static Result cluster(List<Mention> ms, TextLayer layer) {
        return cluster(ms, layer, null);
    }

    /**
     * Groups {@code ms} into entities.
     *
     * @param quoteOf for each token, the quotation it lies in or -1 (null when unknown): a pronoun outside a
     *                quotation never refers to a person named only inside one
     */
    static Result cluster(List<Mention> ms, TextLayer layer, int[] quoteOf) {
        List<Cluster> clusters = new ArrayList<>();
        Cluster[] of = new Cluster[ms.size()];
        Map<String, Cluster> byKey = new HashMap<>();
        // Names and nominals first, pronouns after: a pronoun needs its antecedent's cluster.
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (!CLUSTERED.contains(m.type()) || m.form() == MentionForm.PRONOUN) {
                continue;
            }
            if (m.type() == EntityType.PERSON && m.form() == MentionForm.NAME) {
                of[i] = personName(m, i, ms, clusters, layer);
            } else if (m.type() == EntityType.PERSON && m.form() == MentionForm.NOMINAL) {
                of[i] = nominal(m, i, clusters, of);
            }
            boolean describedPerson = of[i] == null && m.type() == EntityType.PERSON;
            // A name, or a nominal no named person's title matches ("the pope"), is an entity of its own.
            if (of[i] == null) {
                String key = m.type() + "|" + MentionFinder.key(m.text());
                Cluster c = byKey.get(key);
                if (c == null) {
                    c = new Cluster(m.type(), EntityNames.clean(m.text()));
                    c.order = i;
                    byKey.put(key, c);
                    clusters.add(c);
                }
                of[i] = c;
                if (describedPerson) {
                    for (String w : words(m.text())) {
                        c.vote(Gender.ofWord(w)); // "the spokeswoman"
                    }
                }
            }
            if (of[i] != null) {
                of[i].mentions.add(i);
            }
        }
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).form() == MentionForm.PRONOUN) {
                int ante = Pronouns.antecedent(i, ms, of, layer, quoteOf, c -> ((Cluster) c).gender());
                if (ante >= 0) {
                    of[i] = of[ante];
                    of[i].mentions.add(i);
                }
            }
        }
        clusters.removeIf(c -> c.mentions.isEmpty());
        clusters.sort((a, b) -> Integer.compare(a.mentions.stream().min(Integer::compare).orElse(0),
                b.mentions.stream().min(Integer::compare).orElse(0)));
        Map<Cluster, String> ids = new HashMap<>();
        List<EntityCluster> out = new ArrayList<>();
        for (Cluster c : clusters) {
            String id = "c" + (out.size() + 1);
            ids.put(c, id);
            List<String> mids = c.mentions.stream().sorted().map(AnalysisEngine::mentionId).toList();
            List<String> names = c.mentions.stream().map(ms::get).filter(m -> m.form() == MentionForm.NAME)
                    .map(Mention::text).toList();
            out.add(new EntityCluster(id, EntityNames.choose(names, c.name), c.type, mids));
        }
        String[] idOf = new String[ms.size()];
        for (int i = 0; i < of.length; i++) {
            idOf[i] = of[i] == null ? null : ids.get(of[i]);
        }
        Map<String, Gender> genders = new HashMap<>();
        ids.forEach((c, id) -> genders.put(id, c.gender()));
        return new Result(out, idOf, genders);
    }

    private static Cluster personName(Mention m, int i, List<Mention> ms, List<Cluster> clusters, TextLayer layer) {
        String name = EntityNames.clean(m.text());
        String variant = name.toLowerCase(Locale.ROOT);
        List<String> words = words(name);
        Cluster best = null;
        Cluster usedIt = null;
        for (Cluster c : clusters) {
            if (c.type != EntityType.PERSON || c.words.isEmpty()) {
                continue;
            }
            if (c.words.containsAll(words) || words.containsAll(c.words)) {
                best = c; // the most recent fitting person wins...
                if (c.variants.contains(variant)) {
                    usedIt = c;
                }
            }
        }
        // ...unless an earlier one was already called exactly this: after a recognizer's slip that runs two names
        // together ("Natásha Pierre"), "Pierre" stays with the Pierre the text has been calling so.
        if (usedIt != null) {
            best = usedIt;
        }
        if (best == null) {
            best = new Cluster(EntityType.PERSON, name);
            best.order = i;
            clusters.add(best);
        }
        best.variants.add(variant);
        best.words.addAll(words);
        if (words.size() >= 2) {
            best.vote(Gender.ofFirstName(words.get(0)));
        }
        best.vote(Gender.ofWord(words.get(0)));
        if (m.firstToken() > 0 && m.firstToken() <= layer.tokens().size()) {
            best.vote(Gender.ofWord(layer.tokens().get(m.firstToken() - 1).word()));
        }
        // The title and group written right before the name: "French President Emmanuel Macron".
        int at = m.firstToken();
        for (int j = i - 1; j >= 0; j--) {
            Mention p = ms.get(j);
            if (p.endToken() != at) {
                break;
            }
            if (p.type() == EntityType.TITLE) {
                best.titles.add(p.text().toLowerCase(Locale.ROOT));
                for (String w : words(p.text())) {
                    best.vote(Gender.ofWord(w));
                }
            } else if (p.type() == EntityType.GROUP || p.type() == EntityType.PLACE) {
                best.groups.add(p.text().toLowerCase(Locale.ROOT));
            } else {
                break;
            }
            at = p.firstToken();
        }
        return best;
    }

    private static Cluster nominal(Mention m, int i, List<Cluster> clusters, Cluster[] of) {
        String lower = m.text().toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an)\\s+", "");
        Cluster best = null;
        int bestScore = 0;
        int bestRecency = -1;
        for (Cluster c : clusters) {
            if (c.type != EntityType.PERSON) {
                continue;
            }
            int score = 0;
            for (String t : c.titles) {
                if (lower.endsWith(t)) {
                    score = 2;
                    String rest = lower.substring(0, lower.length() - t.length()).trim();
                    if (!rest.isEmpty()) {
                        score = c.groups.contains(rest) ? 3 : 0;
                    }
                }
            }
            int recency = c.mentions.isEmpty() ? -1 : c.mentions.get(c.mentions.size() - 1);
            if (score > bestScore || (score == bestScore && score > 0 && recency > bestRecency)) {
                best = c;
                bestScore = score;
                bestRecency = recency;
            }
        }
        return best;
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[\\s.]+")).filter(w -> !w.isEmpty()).toList();
    }

}

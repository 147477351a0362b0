package org.lector.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lector.model.ArticleFact;
import org.lector.model.ArticleRef;
import org.lector.model.Fact;
import org.lector.model.FactStatus;

/**
 * The claims articles share, and where they disagree.
 *
 * <p><b>Grouping.</b> Facts of different articles are one claim when their subjects are the same person or
 * organisation ({@link People#named}) or the same words, and their predicates the same verb ("has deployed",
 * "deployed", "will deploy" are "deploy"; a negation stays part of it). A reporting or linking verb ("said", "is")
 * says little on its own, so for those the first content word of the object is part of the key too. Only groups
 * stated by two articles or more are kept.
 *
 * <p><b>Disagreement</b> between two facts of a group: {@link Disagreements}.
 *
 * <p><b>Checks.</b> A status the reader set on a fact (supported, disputed, false) is offered to the unchecked facts
 * of other articles in its group that say the same thing and do not disagree with it ({@link #offersFor}).
 */
public final class Claims {

    /** Share of content words a fact needs in common with a checked one for its status to be offered. */
    static final double SAME_CLAIM = 0.5;

    static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "having", "is", "are", "was", "were", "be",
            "been", "being", "am", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do",
            "does", "did", "to", "also", "already", "reportedly", "still", "just", "now", "then", "allegedly",
            "finally", "recently", "previously", "later", "once", "again");
    static final Set<String> NEGATIONS = Set.of("not", "never", "no", "n't", "cannot");
    static final Set<String> WEAK_VERBS = Set.of("say", "tell", "add", "note", "claim", "state", "write", "is", "be",
            "are", "was", "were", "argue", "insist", "announce", "report", "warn", "explain", "accord");
    static final Set<String> STOPWORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or",
            "by", "with", "from", "that", "this", "it", "its", "as", "his", "her", "their", "he", "she", "they", "we",
            "i", "you", "be", "is", "was", "were", "are", "about", "than", "more", "less", "over", "under", "into",
            "after", "before", "last", "some", "up", "out", "has", "had", "have", "will", "would");
    static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("said", "say"), Map.entry("says", "say"),
            Map.entry("told", "tell"), Map.entry("went", "go"), Map.entry("made", "make"), Map.entry("took", "take"),
            Map.entry("gave", "give"), Map.entry("sent", "send"), Map.entry("won", "win"), Map.entry("lost", "lose"),
            Map.entry("held", "hold"), Map.entry("met", "meet"), Map.entry("left", "leave"),
            Map.entry("spent", "spend"), Map.entry("paid", "pay"), Map.entry("got", "get"),
            Map.entry("brought", "bring"), Map.entry("came", "come"), Map.entry("fell", "fall"),
            Map.entry("rose", "rise"), Map.entry("began", "begin"), Map.entry("thought", "think"),
            Map.entry("found", "find"), Map.entry("kept", "keep"), Map.entry("led", "lead"), Map.entry("ran", "run"),
            Map.entry("wrote", "write"), Map.entry("sold", "sell"), Map.entry("bought", "buy"),
            Map.entry("struck", "strike"), Map.entry("chose", "choose"), Map.entry("fought", "fight"),
            Map.entry("built", "build"), Map.entry("drew", "draw"), Map.entry("grew", "grow"),
            Map.entry("knew", "know"), Map.entry("saw", "see"), Map.entry("shot", "shoot"), Map.entry("hit", "hit"),
            Map.entry("cut", "cut"), Map.entry("put", "put"), Map.entry("set", "set"), Map.entry("bore", "bear"));

    /** A closing attribution: ", according to ...", or ", <up to six words> said|says|told|reported ...". */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            ",\\s+(?:according to\\b.*|(?:[\\p{L}'-]+\\s+){0,6}(?:said|says|told|reported|announced|confirmed)\\b.*)$",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> WEAK_STEMS = WEAK_VERBS.stream().map(Claims::stem)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern NOT_A_VERB_CHAR = Pattern.compile("[^\\p{L}\\p{N}'-]+");
    static final Pattern NOT_A_WORD_CHAR = Pattern.compile("[^\\p{L}'-]+");

    private final List<ClaimGroup> groups;
    private final Map<Long, List<StatusOffer>> offers;

    private Claims(List<ClaimGroup> groups, Map<Long, List<StatusOffer>> offers) {
        this.groups = groups;
        this.offers = offers;
    }

    /**
     * The claims of a library.
     *
     * @param articles the articles (their latest versions); facts of other documents are ignored
     * @param facts    every article's facts, as the reader sees them
     * @param people   the library's identities, to recognise a subject named differently
     */
    public static Claims group(Collection<ArticleRef> articles, Collection<ArticleFact> facts, Identities people) {
        Map<Long, ArticleRef> byDocument = new HashMap<>();
        articles.forEach(a -> byDocument.put(a.documentId(), a));
        Map<String, String> subjectKeys = new HashMap<>();
        Map<String, List<Claim>> byKey = new LinkedHashMap<>();
        for (ArticleFact af : facts) {
            ArticleRef article = byDocument.get(af.documentId());
            Fact f = af.fact();
            if (article == null) {
                continue;
            }
            String predicate = predicateOf(f);
            if (predicate.isEmpty()) {
                continue;
            }
            String subject = subjectKeys.computeIfAbsent(f.subject(), s -> subjectKey(s, people));
            if (subject.isEmpty()) {
                continue;
            }
            byKey.computeIfAbsent(subject + "|" + predicate, k -> new ArrayList<>()).add(new Claim(article, f));
        }
        return grouped(byKey, key -> people == null ? java.util.Optional.empty() : people.byKey(key).map(Person::name));
    }

    /**
     * The claims of facts already keyed ({@code subject|predicate}, the subject an identity key or
     * {@link #subjectWords}, the predicate {@link #predicateOf}); groups stated by one article only are left out.
     *
     * @param nameOf the name of an identity key, to show a group's subject
     */
    public static Claims grouped(Map<String, List<Claim>> byKey,
            java.util.function.Function<String, java.util.Optional<String>> nameOf) {
        List<ClaimGroup> groups = new ArrayList<>();
        Map<Long, List<StatusOffer>> offers = new HashMap<>();
        for (Map.Entry<String, List<Claim>> e : byKey.entrySet()) {
            List<Claim> claims = new ArrayList<>(e.getValue());
            if (claims.stream().mapToLong(c -> c.article().documentId()).distinct().count() < 2) {
                continue;
            }
            claims.sort(Comparator.comparing((Claim c) -> c.article().seen()).reversed()
                    .thenComparing(c -> c.article().documentId()).thenComparing(c -> c.fact().span())
                    .thenComparing(c -> c.fact().id()));
            Map<Claim, Set<String>> words = new java.util.IdentityHashMap<>();
            claims.forEach(c -> words.put(c, new HashSet<>(contentWords(withoutAttribution(c.fact().object())))));
            List<ClaimGroup.Disagreement> disagreements = Disagreements.among(claims, words);
            String subjectKey = e.getKey().substring(0, e.getKey().indexOf('|'));
            groups.add(new ClaimGroup(e.getKey(), subjectShown(subjectKey, claims, nameOf),
                    mostWritten(claims), claims, disagreements));
            offers(claims, disagreements, words, offers);
        }
        groups.sort(Comparator.comparing(ClaimGroup::disputed).reversed()
                .thenComparing(Comparator.comparingInt(ClaimGroup::articles).reversed())
                .thenComparing(ClaimGroup::key));
        return new Claims(List.copyOf(groups), offers);
    }

    /**
     * The predicate key a fact is grouped by: its verb without auxiliaries and inflection, and for a reporting or
     * linking verb the first content word of its object ("say tax"). Empty when the fact is not a claim to compare:
     * no subject or predicate, or a subject that is only a pronoun ("It takes 1,237 delegates": what "it" is, the
     * fact does not say).
     */
    public static String predicateOf(Fact f) {
        if (f.subject().isBlank() || f.predicate().isBlank() || subjectWords(f.subject()).isEmpty()) {
            return "";
        }
        String predicate = predicateKey(f.predicate());
        if (predicate.isEmpty()) {
            return "";
        }
        if (isWeak(predicate)) {
            String head = firstContentWord(f.object());
            return head.isEmpty() ? "" : predicate + " " + head;
        }
        return predicate;
    }

    /** Every claim two articles or more state, disputed ones first, then the most stated. */
    public List<ClaimGroup> groups() {
        return groups;
    }

    /** The claims articles disagree on. */
    public List<ClaimGroup> disagreements() {
        return groups.stream().filter(ClaimGroup::disputed).toList();
    }

    /** The group a fact of an article belongs to, if another article states it too. */
    public java.util.Optional<ClaimGroup> groupOf(long documentId, String factId) {
        return groups.stream().filter(g -> g.claims().stream().anyMatch(
                c -> c.article().documentId() == documentId && c.fact().id().equals(factId))).findFirst();
    }

    /** The statuses the reader set elsewhere, offered for the unchecked facts of article {@code documentId}. */
    public List<StatusOffer> offersFor(long documentId) {
        return offers.getOrDefault(documentId, List.of());
    }

    // ---- keys ---------------------------------------------------------------------------------------------------

    static String subjectKey(String subject, Identities people) {
        if (people != null) {
            var person = people.named(subject);
            if (person.isPresent()) {
                return person.get().key();
            }
        }
        return subjectWords(subject);
    }

    /** Pronouns, which name nobody in particular outside their sentence. */
    static final Set<String> PRONOUNS = Set.of("it", "he", "she", "they", "we", "i", "you", "this", "that", "these",
            "those", "there", "which", "who", "what", "one", "them", "him", "us", "me", "itself", "himself",
            "herself", "themselves", "everyone", "someone", "anyone", "nobody", "everybody", "somebody");

    /**
     * A subject as its words, when no person or organisation is recognised in it: "words:the summit" is "summit".
     * Empty for a subject of determiners and pronouns only.
     */
    public static String subjectWords(String subject) {
        List<String> words = Names.words(Names.fold(subject));
        words.removeIf(Digest.DETERMINERS::contains);
        if (words.stream().allMatch(PRONOUNS::contains)) {
            return "";
        }
        return "words:" + String.join(" ", words);
    }

    /** "has been mired" is "mire"; "did not deploy" is "not deploy"; "said" is "say". */
    static String predicateKey(String predicate) {
        List<String> out = new ArrayList<>();
        for (String w : NOT_A_VERB_CHAR.split(Names.fold(predicate).replace("n't", " not"))) {
            if (w.isEmpty() || AUXILIARIES.contains(w)) {
                continue;
            }
            out.add(NEGATIONS.contains(w) ? "not" : stem(w));
        }
        return String.join(" ", out);
    }

    static String stem(String word) {
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        String w = word;
        if (w.length() > 5 && w.endsWith("ing")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.length() > 4 && w.endsWith("ied")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 4 && w.endsWith("ed")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 4 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 3 && w.endsWith("es") && !w.endsWith("ses")) {
            w = w.substring(0, w.length() - 1);
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        // "deploy"/"deployed", "raise"/"raised": a final e and a doubled consonant ("planned") come off alike.
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.charAt(w.length() - 1) == w.charAt(w.length() - 2)
                && "bdgmnprt".indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean isWeak(String predicateKey) {
        String[] words = predicateKey.split(" ");
        String last = words[words.length - 1];
        return WEAK_VERBS.contains(last) || WEAK_STEMS.contains(last);
    }

    private static String firstContentWord(String object) {
        for (String w : contentWords(object)) {
            return w;
        }
        return "";
    }

    /**
     * An object without the attribution that closes it ("3,000 soldiers to the coast, the ministry said"; ", according
     * to the government"): who said it is not what is claimed, and two articles citing different sources for the
     * same claim would otherwise share too few words to be compared.
     */
    static String withoutAttribution(String object) {
        java.util.regex.Matcher m = ATTRIBUTION.matcher(object);
        return m.find() && m.start() > 0 ? object.substring(0, m.start()) : object;
    }

    /** The words of a phrase that say what it is about: no function words, no numbers, stemmed. */
    static List<String> contentWords(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : NOT_A_WORD_CHAR.split(Names.fold(phrase))) {
            if (w.length() > 1 && !STOPWORDS.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    static double overlap(String a, String b) {
        return overlap(new HashSet<>(contentWords(a)), new HashSet<>(contentWords(b)));
    }

    static double overlap(Set<String> a, Set<String> b) {
        Set<String> x = new HashSet<>(a);
        Set<String> y = b;
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return (double) x.size() / union.size();
    }

    private static String subjectShown(String subjectKey, List<Claim> claims,
            java.util.function.Function<String, java.util.Optional<String>> nameOf) {
        if (!subjectKey.startsWith("words:")) {
            var name = nameOf.apply(subjectKey);
            if (name.isPresent()) {
                return name.get();
            }
        }
        People.Counter written = new People.Counter();
        claims.forEach(c -> written.add(c.fact().subject()));
        return written.top(1).get(0);
    }

    private static String mostWritten(List<Claim> claims) {
        People.Counter written = new People.Counter();
        claims.forEach(c -> written.add(c.fact().predicate()));
        return written.top(1).get(0);
    }

    // ---- checks -------------------------------------------------------------------------------------------------

    private static void offers(List<Claim> claims, List<ClaimGroup.Disagreement> disagreements,
            Map<Claim, Set<String>> words, Map<Long, List<StatusOffer>> offers) {
        List<Claim> checked = claims.stream().filter(c -> c.fact().status() != FactStatus.UNCHECKED).toList();
        if (checked.isEmpty()) {
            return;
        }
        for (Claim target : claims) {
            if (target.fact().status() != FactStatus.UNCHECKED) {
                continue;
            }
            for (Claim source : checked) {
                if (source.article().documentId() == target.article().documentId()
                        || disagree(source, target, disagreements)
                        || overlap(words.get(source), words.get(target)) < SAME_CLAIM) {
                    continue;
                }
                offers.computeIfAbsent(target.article().documentId(), d -> new ArrayList<>())
                        .add(new StatusOffer(target, source));
            }
        }
    }

    private static boolean disagree(Claim a, Claim b, List<ClaimGroup.Disagreement> disagreements) {
        return disagreements.stream().anyMatch(d -> d.first() == a && d.second() == b
                || d.first() == b && d.second() == a);
    }
}

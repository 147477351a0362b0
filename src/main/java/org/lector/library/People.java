package org.lector.library;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lector.model.ArticleQuote;
import org.lector.model.ArticleRef;
import org.lector.model.EntityNames;
import org.lector.model.EntityType;
import org.lector.model.IdentityEdit;
import org.lector.model.NamedEntity;
import org.lector.model.Quote;

/**
 * One identity per person and per speaking organisation across the library, worked out from what each article's
 * analysis calls its entities, with the reader's merges and splits laid over it.
 *
 * <ol>
 *   <li>Each article's person is keyed by first and last name ({@link Names#personKey}): "Hillary Rodham Clinton",
 *       "Hillary Clinton" and "Mrs. Clinton's ... Hillary Clinton" in three articles are one person. An
 *       organisation is keyed by its name without "the" and legal form ({@link Names#organisationKey}).</li>
 *   <li>An article that only ever gives a surname ("Clinton") joins the person of that surname the library knows
 *       by full name, when there is one, or one named in at least twice as many articles as any other; otherwise it
 *       stays a person of its own, never a guess. An acronym ("FBI") joins the one organisation it abbreviates.</li>
 *   <li>The reader's {@link IdentityEdit}s apply in the order they were made: a merge moves every article's entity
 *       of one identity to another; a split takes the entities of one name (in one article, or in all) out into an
 *       identity of their own. An edit whose identity no longer exists does nothing.</li>
 * </ol>
 *
 * Only entities of type person and organisation are identities. Immutable; build a new one when the library
 * changes.
 */
public final class People implements Identities {

    static final String PERSON_PREFIX = "person:";
    static final String ORGANISATION_PREFIX = "organization:";
    /** How many more articles the most named of several same-surname people needs to take a lone surname. */
    static final int DOMINANCE = 2;
    /** How many companions a dossier lists. */
    static final int COMPANIONS = 25;

    private final Map<Long, ArticleRef> articles;
    private final Map<String, Person> byKey;
    private final List<Person> all;
    private final Map<MemberId, String> identityOf;
    private final Map<String, String> keyOfName;
    private final Map<String, List<NamedEntity>> entitiesOf;
    private final Map<String, List<ArticleQuote>> quotesOf;
    private final Map<Long, Set<String>> identitiesIn;

    private record MemberId(long documentId, String clusterId) {
    }

    private People(Map<Long, ArticleRef> articles, Map<String, Person> byKey, Map<MemberId, String> identityOf,
            Map<String, String> keyOfName, Map<String, List<NamedEntity>> entitiesOf,
            Map<String, List<ArticleQuote>> quotesOf, Map<Long, Set<String>> identitiesIn) {
        this.articles = articles;
        this.byKey = byKey;
        this.identityOf = identityOf;
        this.keyOfName = keyOfName;
        this.entitiesOf = entitiesOf;
        this.quotesOf = quotesOf;
        this.identitiesIn = identitiesIn;
        List<Person> sorted = new ArrayList<>(byKey.values());
        sorted.sort(BY_QUOTES);
        this.all = List.copyOf(sorted);
    }

    /** Most quoted first, then most articles, then by name. */
    public static final Comparator<Person> BY_QUOTES = Comparator.comparingInt(Person::quotes).reversed()
            .thenComparing(Comparator.comparingInt(Person::articles).reversed())
            .thenComparing(Person::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Person::key);

    /**
     * The identities of a library.
     *
     * @param articles the articles (their latest versions)
     * @param given    what each article names; types other than person and organisation are ignored
     * @param quotes   each article's quotes; a quote's speaker is its article's entity {@code speakerId}, else a
     *                 person found by its {@code speakerName}
     * @param edits    the reader's merges and splits, in the order they were made
     */
    public static People resolve(Collection<ArticleRef> articles, Collection<NamedEntity> given,
            Collection<ArticleQuote> quotes, List<IdentityEdit> edits) {
        Map<Long, ArticleRef> byDocument = new HashMap<>();
        articles.forEach(a -> byDocument.put(a.documentId(), a));
        // One order whatever order the rows came in, so that the same rows always make the same names and variants.
        List<NamedEntity> entities = new ArrayList<>(given);
        entities.sort(Comparator.comparingLong(NamedEntity::documentId).thenComparing(NamedEntity::clusterId));
        // 1. Full names and organisations, by key.
        Map<String, List<NamedEntity>> groups = new LinkedHashMap<>();
        Map<NamedEntity, String> nameKeys = new HashMap<>();
        List<NamedEntity> lone = new ArrayList<>();
        Set<String> plainNames = plainNames(entities, byDocument);
        for (NamedEntity e : entities) {
            if (!isIdentityType(e.type()) || !byDocument.containsKey(e.documentId())) {
                continue;
            }
            String key = key(e, plainNames);
            if (key.isEmpty()) {
                continue;
            }
            nameKeys.put(e, key);
            if (e.type() == EntityType.PERSON && key.indexOf(' ') < 0 || isAcronym(e)) {
                lone.add(e);
            } else {
                groups.computeIfAbsent(prefix(e.type()) + key, k -> new ArrayList<>()).add(e);
            }
        }
        // 2. Surnames and acronyms join the one identity they stand for, when there is one.
        Map<String, List<String>> bySurname = new HashMap<>();
        Map<String, List<String>> byAcronym = new HashMap<>();
        for (String key : groups.keySet()) {
            if (key.startsWith(PERSON_PREFIX)) {
                bySurname.computeIfAbsent(Names.surname(key.substring(PERSON_PREFIX.length())),
                        k -> new ArrayList<>()).add(key);
            } else {
                String acronym = Names.acronym(key.substring(ORGANISATION_PREFIX.length()));
                if (!acronym.isEmpty()) {
                    byAcronym.computeIfAbsent(acronym, k -> new ArrayList<>()).add(key);
                }
            }
        }
        Map<String, String> keyOfName = new HashMap<>();
        for (String key : groups.keySet()) {
            keyOfName.put(key, key);
        }
        Map<String, Integer> articleCounts = new HashMap<>();
        groups.forEach((k, v) -> articleCounts.put(k, (int) v.stream().mapToLong(NamedEntity::documentId)
                .distinct().count()));
        // A surname no article gives alone still finds its person, for claims about "Clinton".
        bySurname.forEach((surname, keys) -> {
            String target = dominant(keys, articleCounts);
            if (target != null) {
                keyOfName.putIfAbsent(PERSON_PREFIX + surname, target);
            }
        });
        for (NamedEntity e : lone) {
            String key = nameKeys.get(e);
            List<String> candidates = e.type() == EntityType.PERSON
                    ? bySurname.getOrDefault(key, List.of())
                    : byAcronym.getOrDefault(key, List.of());
            String target = dominant(candidates, articleCounts);
            String own = prefix(e.type()) + key;
            if (target == null) {
                target = own;
            }
            keyOfName.put(own, target);
            groups.computeIfAbsent(target, k -> new ArrayList<>()).add(e);
        }
        // 3. The reader's edits.
        Map<String, String> movedTo = new HashMap<>();
        for (IdentityEdit edit : edits) {
            String from = follow(edit.identity(), movedTo);
            List<NamedEntity> members = groups.get(from);
            if (members == null) {
                continue;
            }
            if (edit.kind() == IdentityEdit.Kind.MERGE) {
                String into = follow(edit.into(), movedTo);
                if (into.equals(from) || !groups.containsKey(into)) {
                    continue;
                }
                groups.get(into).addAll(members);
                groups.remove(from);
                movedTo.put(from, into);
            } else {
                List<NamedEntity> taken = members.stream()
                        .filter(e -> nameKeys.get(e).equals(edit.into())
                                && (edit.documentId() == null || edit.documentId() == e.documentId()))
                        .toList();
                if (taken.isEmpty() || taken.size() == members.size()) {
                    continue;
                }
                members.removeAll(taken);
                groups.computeIfAbsent(splitKey(from, edit), k -> new ArrayList<>()).addAll(taken);
            }
        }
        keyOfName.replaceAll((name, key) -> follow(key, movedTo));
        return build(byDocument, groups, nameKeys, keyOfName, quotes);
    }

    /**
     * The keys of persons some article names by exactly first and last name ("Chris Christie"): the names a longer
     * name may have been glued onto.
     */
    private static Set<String> plainNames(Collection<NamedEntity> entities, Map<Long, ArticleRef> articles) {
        Set<String> out = new java.util.HashSet<>();
        for (NamedEntity e : entities) {
            if (e.type() == EntityType.PERSON && articles.containsKey(e.documentId())
                    && Names.personWords(e.name()).size() == 2) {
                out.add(Names.personKey(e.name()));
            }
        }
        return out;
    }

    /**
     * The key of an entity's name. A person's name of three words or more whose last two are a person other articles
     * name plainly is that person: the recogniser glues a capitalised phrase before a name onto it ("Zika Virus Chris
     * Christie" is Chris Christie), and "zika christie" would be a person of its own. The last two words keep the
     * surname, so the name stays in its family; a middle name ("Hillary Rodham Clinton") only moves when nobody is
     * called by the last two words alone.
     */
    static String key(NamedEntity e, Set<String> plainNames) {
        String key = Names.key(e.type(), e.name());
        if (e.type() != EntityType.PERSON || plainNames.contains(key)) {
            return key;
        }
        List<String> words = Names.personWords(e.name());
        if (words.size() < 3) {
            return key;
        }
        String tail = words.get(words.size() - 2) + " " + words.get(words.size() - 1);
        return plainNames.contains(tail) && !Names.TITLES.contains(words.get(words.size() - 2)) ? tail : key;
    }

    /** The family of an identity key ({@link Names#family}): a split's identity is in the family it was split from. */
    public static String familyOf(String identityKey) {
        int bar = identityKey.indexOf('|');
        String base = bar < 0 ? identityKey : identityKey.substring(0, bar);
        if (base.startsWith(PERSON_PREFIX)) {
            return Names.family(EntityType.PERSON, base.substring(PERSON_PREFIX.length()));
        }
        if (base.startsWith(ORGANISATION_PREFIX)) {
            return Names.family(EntityType.ORGANIZATION, base.substring(ORGANISATION_PREFIX.length()));
        }
        return base;
    }

    /** The key of the identity a split makes: the identity, the name taken out, and its one article if any. */
    static String splitKey(String from, IdentityEdit split) {
        return from + "|" + split.into() + (split.documentId() == null ? "" : "@" + split.documentId());
    }

    private static People build(Map<Long, ArticleRef> articles, Map<String, List<NamedEntity>> groups,
            Map<NamedEntity, String> nameKeys, Map<String, String> keyOfName, Collection<ArticleQuote> quotes) {
        Map<MemberId, String> identityOf = new HashMap<>();
        Map<Long, Set<String>> identitiesIn = new HashMap<>();
        groups.forEach((key, members) -> members.forEach(e -> {
            identityOf.put(new MemberId(e.documentId(), e.clusterId()), key);
            identitiesIn.computeIfAbsent(e.documentId(), d -> new LinkedHashSet<>()).add(key);
        }));
        Map<String, List<ArticleQuote>> quotesOf = new HashMap<>();
        for (ArticleQuote q : quotes) {
            if (!articles.containsKey(q.documentId())) {
                continue;
            }
            String key = speaker(q, identityOf, keyOfName);
            if (key != null) {
                quotesOf.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
            }
        }
        Map<String, Person> byKey = new LinkedHashMap<>();
        groups.forEach((key, members) -> {
            if (!members.isEmpty()) {
                byKey.put(key, person(key, members, nameKeys, quotesOf.getOrDefault(key, List.of()), articles));
            }
        });
        return new People(articles, byKey, identityOf, keyOfName, groups, quotesOf, identitiesIn);
    }

    private static Person person(String key, List<NamedEntity> members, Map<NamedEntity, String> nameKeys,
            List<ArticleQuote> quotes, Map<Long, ArticleRef> articles) {
        List<String> names = new ArrayList<>();
        Counter variants = new Counter();
        Set<Long> documents = new LinkedHashSet<>();
        LocalDate lastSeen = null;
        List<Person.Member> out = new ArrayList<>();
        for (NamedEntity e : members) {
            names.add(e.type() == EntityType.PERSON ? Names.withoutTitles(e.name()) : e.name());
            (e.variants().isEmpty() ? List.of(e.name()) : e.variants()).forEach(variants::add);
            if (documents.add(e.documentId())) {
                LocalDate seen = articles.get(e.documentId()).seen();
                lastSeen = lastSeen == null || seen.isAfter(lastSeen) ? seen : lastSeen;
            }
            out.add(new Person.Member(e.documentId(), e.clusterId(), nameKeys.get(e), e.name()));
        }
        EntityType type = members.get(0).type();
        return new Person(key, type, EntityNames.choose(names, null), variants.top(Integer.MAX_VALUE),
                documents.size(), quotes.size(), lastSeen, out);
    }

    private static String speaker(ArticleQuote q, Map<MemberId, String> identityOf, Map<String, String> keyOfName) {
        Quote quote = q.quote();
        if (quote.speakerId() != null) {
            String key = identityOf.get(new MemberId(q.documentId(), quote.speakerId()));
            if (key != null) {
                return key;
            }
        }
        if (quote.speakerName().isBlank()) {
            return null;
        }
        String person = Names.personKey(quote.speakerName());
        String key = person.isEmpty() ? null : keyOfName.get(PERSON_PREFIX + person);
        return key != null ? key : keyOfName.get(ORGANISATION_PREFIX + Names.organisationKey(quote.speakerName()));
    }

    private static String dominant(List<String> candidates, Map<String, Integer> articleCounts) {
        if (candidates.isEmpty()) {
            return null;
        }
        List<String> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((String k) -> articleCounts.getOrDefault(k, 0)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        if (sorted.size() == 1) {
            return sorted.get(0);
        }
        int first = articleCounts.getOrDefault(sorted.get(0), 0);
        int second = articleCounts.getOrDefault(sorted.get(1), 0);
        return first >= DOMINANCE * second ? sorted.get(0) : null;
    }

    private static String follow(String key, Map<String, String> movedTo) {
        String k = key;
        for (int guard = 0; movedTo.containsKey(k) && guard < 10_000; guard++) {
            k = movedTo.get(k);
        }
        return k;
    }

    private static boolean isIdentityType(EntityType type) {
        return type == EntityType.PERSON || type == EntityType.ORGANIZATION;
    }

    /** A one-word organisation name written in capitals ("FBI", "NATO"), which may abbreviate a longer one. */
    private static boolean isAcronym(NamedEntity e) {
        String name = e.name().replace(".", "").strip();
        return e.type() == EntityType.ORGANIZATION && name.length() >= 2 && name.indexOf(' ') < 0
                && name.chars().allMatch(c -> Character.isUpperCase(c) || c == '&');
    }

    static String prefix(EntityType type) {
        return type == EntityType.PERSON ? PERSON_PREFIX : ORGANISATION_PREFIX;
    }

    /**
     * What each name key stands for: the identity key of every prefixed name key ("person:clinton",
     * "organization:fbi") the articles give, and of every surname of a person they name in full.
     */
    public Map<String, String> names() {
        return java.util.Collections.unmodifiableMap(keyOfName);
    }

    @Override
    public List<Person> all() {
        return all;
    }

    @Override
    public Optional<Person> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The identity of one article's entity. */
    public Optional<Person> of(long documentId, String clusterId) {
        return Optional.ofNullable(identityOf.get(new MemberId(documentId, clusterId))).map(byKey::get);
    }

    @Override
    public Optional<Person> named(String name) {
        String person = Names.personKey(name);
        String key = person.isEmpty() ? null : keyOfName.get(PERSON_PREFIX + person);
        if (key == null) {
            key = keyOfName.get(ORGANISATION_PREFIX + Names.organisationKey(name));
        }
        return Optional.ofNullable(key).map(byKey::get);
    }

    @Override
    public List<Person> search(String query) {
        return matching(all, query);
    }

    /** The people of {@code all} whose name or a written variant contains {@code query}, case and accents ignored. */
    public static List<Person> matching(List<Person> all, String query) {
        String q = Names.fold(query);
        if (q.isEmpty()) {
            return all;
        }
        return all.stream().filter(p -> Names.fold(p.name()).contains(q)
                || p.variants().stream().anyMatch(v -> Names.fold(v).contains(q))).toList();
    }

    @Override
    public Optional<Dossier> dossier(String key) {
        Person person = byKey.get(key);
        if (person == null) {
            return Optional.empty();
        }
        List<NamedEntity> entities = entitiesOf.get(key);
        Map<String, Integer> shared = new HashMap<>();
        Set<Long> documents = new LinkedHashSet<>();
        entities.forEach(e -> documents.add(e.documentId()));
        for (long documentId : documents) {
            for (String other : identitiesIn.getOrDefault(documentId, Set.of())) {
                if (!other.equals(key)) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        List<Dossier.Companion> companions = shared.entrySet().stream()
                .filter(e -> byKey.containsKey(e.getKey()))
                .map(e -> new Dossier.Companion(byKey.get(e.getKey()), e.getValue()))
                .toList();
        return Optional.of(dossier(person, entities, quotesOf.getOrDefault(key, List.of()), articles, companions));
    }

    /**
     * A dossier put together from its parts, however they were found.
     *
     * @param entities   the articles' entities that are the person
     * @param quotes     the person's quotes
     * @param articles   at least the articles of {@code entities} and {@code quotes}
     * @param companions the identities named in the same articles, with how many; the {@link #COMPANIONS} sharing
     *                   the most articles are kept
     */
    public static Dossier dossier(Person person, List<NamedEntity> entities, List<ArticleQuote> quotes,
            Map<Long, ArticleRef> articles, List<Dossier.Companion> companions) {
        Map<Long, Integer> quotesPerArticle = new HashMap<>();
        quotes.forEach(q -> quotesPerArticle.merge(q.documentId(), 1, Integer::sum));
        Map<Long, List<NamedEntity>> byArticle = new LinkedHashMap<>();
        for (NamedEntity e : entities) {
            byArticle.computeIfAbsent(e.documentId(), d -> new ArrayList<>()).add(e);
        }
        List<Dossier.Appearance> appearances = new ArrayList<>();
        Counter roles = new Counter();
        byArticle.forEach((documentId, es) -> {
            Set<String> articleRoles = new LinkedHashSet<>();
            es.forEach(e -> articleRoles.addAll(e.roles()));
            articleRoles.forEach(roles::add);
            appearances.add(new Dossier.Appearance(articles.get(documentId),
                    es.stream().mapToInt(NamedEntity::mentions).sum(), quotesPerArticle.getOrDefault(documentId, 0),
                    List.copyOf(articleRoles)));
        });
        Comparator<ArticleRef> latestFirst = Comparator.comparing(ArticleRef::seen).reversed()
                .thenComparing(ArticleRef::title).thenComparingLong(ArticleRef::documentId);
        appearances.sort(Comparator.comparing(Dossier.Appearance::article, latestFirst));
        List<Dossier.PersonQuote> said = new ArrayList<>();
        for (ArticleQuote q : quotes) {
            said.add(new Dossier.PersonQuote(articles.get(q.documentId()), q.quote()));
        }
        said.sort(Comparator.comparing(Dossier.PersonQuote::article, latestFirst)
                .thenComparing(pq -> pq.quote().span()));
        List<Dossier.Companion> kept = companions.stream()
                .sorted(Comparator.comparingInt(Dossier.Companion::articles).reversed()
                        .thenComparing(c -> c.person(), BY_QUOTES))
                .limit(COMPANIONS)
                .toList();
        return new Dossier(person, appearances, said, roles.counted(), kept);
    }

    /** Written forms counted by their folded form; the first written form of each is shown. */
    static final class Counter {
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private final Map<String, String> written = new HashMap<>();

        void add(String text) {
            String key = Names.fold(text);
            if (key.isEmpty()) {
                return;
            }
            counts.merge(key, 1, Integer::sum);
            written.putIfAbsent(key, text.strip());
        }

        List<String> top(int n) {
            return counted().stream().limit(n).map(Dossier.Counted::text).toList();
        }

        List<Dossier.Counted> counted() {
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(e -> new Dossier.Counted(written.get(e.getKey()), e.getValue()))
                    .toList();
        }
    }
}

package org.lector.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lector.library.Dossier;
import org.lector.library.Identities;
import org.lector.library.Names;
import org.lector.library.People;
import org.lector.library.Person;
import org.lector.model.ArticleQuote;
import org.lector.model.ArticleRef;
import org.lector.model.NamedEntity;
import org.lector.store.LibraryIndex;

/**
 * The people of a library as its index holds them ({@link LibraryIndex#identities}): the list is one read of the
 * {@code people} table, a name one indexed look-up, a dossier a few indexed reads of one identity's rows. The list
 * is the one read when this was made; a dossier reads the library as it is.
 */
final class IndexedPeople implements Identities {

    /** How many identities sharing articles a dossier reads before keeping the {@code People.COMPANIONS} first. */
    private static final int COMPANION_CANDIDATES = 200;

    private final LibraryIndex index;
    private final List<Person> all;
    private final Map<String, Person> byKey = new HashMap<>();

    IndexedPeople(LibraryIndex index) {
        this.index = index;
        List<Person> people = new ArrayList<>();
        for (LibraryIndex.IdentityRow r : index.identities()) {
            Person p = person(r, List.of());
            people.add(p);
            byKey.put(p.key(), p);
        }
        people.sort(People.BY_QUOTES);
        this.all = List.copyOf(people);
    }

    private static Person person(LibraryIndex.IdentityRow r, List<Person.Member> members) {
        return new Person(r.key(), r.type(), r.name(), r.variants(), r.articles(), r.quotes(), r.lastSeen(), members);
    }

    @Override
    public List<Person> all() {
        return all;
    }

    @Override
    public List<Person> search(String query) {
        return People.matching(all, query);
    }

    @Override
    public Optional<Person> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public Optional<Person> named(String name) {
        String person = Names.personKey(name);
        Optional<String> key = person.isEmpty() ? Optional.empty() : index.identityOfName("person:" + person);
        if (key.isEmpty()) {
            key = index.identityOfName("organization:" + Names.organisationKey(name));
        }
        return key.map(byKey::get);
    }

    @Override
    public Optional<Dossier> dossier(String key) {
        Optional<LibraryIndex.IdentityRow> row = index.identity(key);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<NamedEntity> entities = new ArrayList<>();
        List<Person.Member> members = new ArrayList<>();
        Set<Long> documents = new LinkedHashSet<>();
        for (Map.Entry<NamedEntity, String> m : index.members(key)) {
            NamedEntity e = m.getKey();
            entities.add(e);
            members.add(new Person.Member(e.documentId(), e.clusterId(), m.getValue(), e.name()));
            documents.add(e.documentId());
        }
        List<ArticleQuote> quotes = index.quotesOf(key);
        quotes.forEach(q -> documents.add(q.documentId()));
        Map<Long, ArticleRef> articles = new HashMap<>();
        index.articles(documents).forEach(a -> articles.put(a.documentId(), a));
        List<Dossier.Companion> companions = new ArrayList<>();
        index.companions(key, COMPANION_CANDIDATES).forEach((other, shared) -> {
            Person p = byKey.get(other);
            if (p != null) {
                companions.add(new Dossier.Companion(p, shared));
            }
        });
        return Optional.of(People.dossier(person(row.get(), members), entities, quotes, articles, companions));
    }
}

package org.lector.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lector.library.Claims;
import org.lector.library.Digest;
import org.lector.library.Names;
import org.lector.library.People;
import org.lector.library.Person;
import org.lector.model.ArticleFact;
import org.lector.model.ArticleQuote;
import org.lector.model.ArticleRef;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.IdentityEdit;
import org.lector.model.NamedEntity;
import org.lector.model.Quote;
import org.lector.store.LibraryIndex;

/**
 * The rules of {@link People} and {@link Claims} as the library's index applies them: the keys each article's rows
 * are filed with, and the identities of the families the index asks about.
 */
final class IdentityRules implements LibraryIndex.Resolver {

    /**
     * The version of the keys and rules; a library whose rows were keyed under another is keyed again. Change it
     * whenever {@link Names}, {@link People}, {@link Digest} or the claim keys of {@link Claims} change what they
     * make of the same rows.
     */
    static final String RULES = "identities-2";

    static final IdentityRules INSTANCE = new IdentityRules();

    private IdentityRules() {
    }

    @Override
    public String rules() {
        return RULES;
    }

    @Override
    public String familyOf(String key) {
        return People.familyOf(key);
    }

    @Override
    public LibraryIndex.Resolution resolve(List<ArticleRef> articles, List<NamedEntity> entities,
            List<IdentityEdit> edits) {
        People people = People.resolve(articles, entities, List.of(), edits);
        List<LibraryIndex.Assigned> assigned = new ArrayList<>();
        List<LibraryIndex.IdentityRow> rows = new ArrayList<>();
        for (Person p : people.all()) {
            p.members().forEach(m -> assigned.add(new LibraryIndex.Assigned(m.documentId(), m.clusterId(), p.key(),
                    m.nameKey())));
            rows.add(new LibraryIndex.IdentityRow(p.key(), familyOf(p.key()), p.type(), p.name(), p.variants(),
                    p.articles(), 0, p.lastSeen()));
        }
        return new LibraryIndex.Resolution(assigned, rows, people.names());
    }

    /** The keys one article's rows are filed with. */
    static LibraryIndex.RowKeys keys(List<NamedEntity> entities, List<ArticleQuote> quotes, List<ArticleFact> facts) {
        Map<String, LibraryIndex.EntityKey> byCluster = new HashMap<>();
        for (NamedEntity e : entities) {
            if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            String key = Names.key(e.type(), e.name());
            if (!key.isEmpty()) {
                byCluster.put(e.clusterId(), new LibraryIndex.EntityKey(Names.family(e.type(), key)));
            }
        }
        Map<String, LibraryIndex.Lookup> speakers = new HashMap<>();
        for (ArticleQuote aq : quotes) {
            Quote q = aq.quote();
            LibraryIndex.EntityKey speaker = q.speakerId() == null ? null : byCluster.get(q.speakerId());
            LibraryIndex.Lookup byName = lookup(q.speakerName());
            speakers.put(q.id(), speaker == null ? byName
                    : new LibraryIndex.Lookup(speaker.family(), null, byName.personName(), byName.orgName()));
        }
        Map<String, LibraryIndex.FactKey> subjects = new HashMap<>();
        for (ArticleFact af : facts) {
            Fact f = af.fact();
            String words = Claims.subjectWords(f.subject());
            String predicate = Claims.predicateOf(f);
            subjects.put(f.id(), new LibraryIndex.FactKey(lookup(f.subject()), words.isEmpty() ? null : words,
                    predicate.isEmpty() ? null : predicate));
        }
        return new LibraryIndex.RowKeys(byCluster, speakers, subjects);
    }

    /** How a written name finds its identity: as a person's name key, else as an organisation's. */
    private static LibraryIndex.Lookup lookup(String name) {
        if (name == null || name.isBlank()) {
            return LibraryIndex.Lookup.NONE;
        }
        String person = Names.personKey(name);
        String organisation = Names.organisationKey(name);
        return new LibraryIndex.Lookup(
                person.isEmpty() ? null : Names.family(EntityType.PERSON, person),
                organisation.isEmpty() ? null : Names.family(EntityType.ORGANIZATION, organisation),
                person.isEmpty() ? null : "person:" + person,
                organisation.isEmpty() ? null : "organization:" + organisation);
    }
}

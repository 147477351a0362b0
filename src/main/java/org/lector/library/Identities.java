package org.lector.library;

import java.util.List;
import java.util.Optional;
import org.lector.model.EntityType;

/**
 * The people and organisations of a library, however they are held: worked out in memory from all the articles
 * ({@link People}) or read from the library's prepared index. Reads may touch the library; call them off the FX
 * thread.
 */
public interface Identities {

    /** Every identity, most quoted first ({@link People#BY_QUOTES}). */
    List<Person> all();

    /**
     * The identities whose name or a written variant contains {@code query} (case and accents ignored), most
     * quoted first; all of them for a blank query.
     */
    List<Person> search(String query);

    Optional<Person> byKey(String key);

    /**
     * The identity a name stands for, as a person first, else as an organisation: "President Macron" finds Emmanuel
     * Macron. Empty when the library has nobody of that name.
     */
    Optional<Person> named(String name);

    /** Everything known about one identity; empty when there is no such key. */
    Optional<Dossier> dossier(String key);

    /** The identities of one type, most quoted first. */
    default List<Person> ofType(EntityType type) {
        return all().stream().filter(p -> p.type() == type).toList();
    }

    /**
     * The organisations that speak: those with a quote of their own ("the White House said"). Organisations that
     * are only named are many and say nothing; the People view leaves them out.
     */
    default List<Person> speakingOrganisations() {
        return all().stream().filter(p -> p.type() == EntityType.ORGANIZATION && p.quotes() > 0).toList();
    }
}

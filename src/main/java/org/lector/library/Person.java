package org.lector.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.lector.model.EntityType;

/**
 * One person (or speaking organisation) across the library: every article's entity that is them, under one name.
 *
 * @param key      the identity's key, stable while the articles and the reader's edits stay as they are
 *                 ({@code person:hillary clinton}); the reader's merges and splits refer to it
 * @param type     {@link EntityType#PERSON} or {@link EntityType#ORGANIZATION}
 * @param name     the fullest name the articles give
 * @param variants every name written for them, most articles first
 * @param articles how many articles name them
 * @param quotes   how many quotes are theirs
 * @param lastSeen the latest date of an article naming them (its own date, else the day it was filed)
 * @param members  the articles' entities that are this person
 */
public record Person(String key, EntityType type, String name, List<String> variants, int articles, int quotes,
        LocalDate lastSeen, List<Member> members) {

    public Person {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        variants = List.copyOf(variants);
        members = List.copyOf(members);
    }

    /**
     * One article's entity that is part of this identity.
     *
     * @param nameKey the key of the name it has in that article; a split takes names out by it
     * @param name    its name in that article
     */
    public record Member(long documentId, String clusterId, String nameKey, String name) {
    }
}

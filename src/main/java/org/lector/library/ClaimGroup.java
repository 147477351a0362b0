package org.lector.library;

import java.util.List;

/**
 * The facts several articles state about the same subject with the same predicate, and where they disagree.
 *
 * @param key           the subject's and predicate's keys, stable while the articles stay as they are
 * @param subject       the subject as shown: the person's or organisation's name when it is one, else as written
 * @param predicate     the predicate as most articles write it
 * @param claims        the facts, latest article first
 * @param disagreements the pairs of facts from different articles whose quantities or dates disagree
 */
public record ClaimGroup(String key, String subject, String predicate, List<Claim> claims,
        List<Disagreement> disagreements) {

    public ClaimGroup {
        claims = List.copyOf(claims);
        disagreements = List.copyOf(disagreements);
    }

    /** Whether two of its articles disagree. */
    public boolean disputed() {
        return !disagreements.isEmpty();
    }

    /** How many articles state it. */
    public int articles() {
        return (int) claims.stream().mapToLong(c -> c.article().documentId()).distinct().count();
    }

    /**
     * Two facts of different articles that cannot both be right.
     *
     * @param kind   what disagrees
     * @param first  one article's fact
     * @param second the other's
     * @param says   what {@code first} says of it, as written ("3,000 troops", "Thursday (2016-10-13)")
     * @param other  what {@code second} says
     */
    public record Disagreement(Kind kind, Claim first, Claim second, String says, String other) {

        /** What two claims disagree on. */
        public enum Kind {
            /** Numbers of the same unit: "3,000 troops" and "5,000 troops". */
            QUANTITY,
            /** Days a few days apart: "on Thursday" and "on Friday" of the same week. */
            DATE
        }
    }
}

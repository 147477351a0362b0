package org.lector.model;


/**
 * What a quoted passage is: {@code direct} speech of a sentence or more, a {@code partial} phrase reported inside
 * the writer's sentence, a {@code scare} quote around a term nobody is reported saying, or the {@code title} of a
 * show, book, film or campaign, which is no speech at all.
 */
public enum QuoteKind implements StableId {
    DIRECT("direct"),
    PARTIAL("partial"),
    SCARE("scare"),
    TITLE("title");

    private final String id;

    QuoteKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static QuoteKind fromId(String id) {
        return StableId.fromId(QuoteKind.class, id);
    }
}

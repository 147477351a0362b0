package org.lector.model;

import java.util.Objects;

/** A fact of one article of the library, as the reader sees it there (the reader's check status included). */
public record ArticleFact(long documentId, Fact fact) {

    public ArticleFact {
        Objects.requireNonNull(fact, "fact");
    }
}

package org.lector.model;

import java.util.Objects;

/** A quote of one article of the library, as the reader sees it there. */
public record ArticleQuote(long documentId, Quote quote) {

    public ArticleQuote {
        Objects.requireNonNull(quote, "quote");
    }
}

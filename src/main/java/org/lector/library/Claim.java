package org.lector.library;

import java.util.Objects;
import org.lector.model.ArticleRef;
import org.lector.model.Fact;

/** A fact as one article of the library states it. */
public record Claim(ArticleRef article, Fact fact) {

    public Claim {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(fact, "fact");
    }
}

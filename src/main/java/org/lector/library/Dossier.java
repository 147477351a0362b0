package org.lector.library;

import java.util.List;
import org.lector.model.ArticleRef;
import org.lector.model.Quote;

/**
 * Everything the library knows about one person: where they are named, what they said, what they are called, and
 * who they appear with.
 *
 * @param person      the identity
 * @param appearances the articles naming them, latest first
 * @param quotes      every quote of theirs with its article, latest article first, in text order within one
 * @param roles       the titles and descriptions the articles give them, with how many articles give each
 * @param companions  the people and organisations named in the same articles, with how many articles they share
 */
public record Dossier(Person person, List<Appearance> appearances, List<PersonQuote> quotes, List<Counted> roles,
        List<Companion> companions) {

    public Dossier {
        appearances = List.copyOf(appearances);
        quotes = List.copyOf(quotes);
        roles = List.copyOf(roles);
        companions = List.copyOf(companions);
    }

    /** One article naming the person: how often, how many quotes, and as what. */
    public record Appearance(ArticleRef article, int mentions, int quotes, List<String> roles) {
        public Appearance {
            roles = List.copyOf(roles);
        }
    }

    /** A quote of the person in one article. */
    public record PersonQuote(ArticleRef article, Quote quote) {
    }

    /** A text and the number of articles it occurs in. */
    public record Counted(String text, int articles) {
    }

    /** Someone named in the same articles, and in how many. */
    public record Companion(Person person, int articles) {
    }
}

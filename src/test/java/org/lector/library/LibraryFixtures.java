package org.lector.library;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.lector.model.ArticleRef;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.NamedEntity;
import org.lector.model.Provenance;
import org.lector.model.Quantity;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.model.TimeExpression;

/** Small articles, entities, quotes and facts written for the tests of the views across articles. */
final class LibraryFixtures {

    private LibraryFixtures() {
    }

    static ArticleRef article(long id, String date) {
        return new ArticleRef(id, id * 10, "Article " + id, "/news/" + id + ".txt",
                date == null ? null : LocalDate.parse(date), LocalDate.parse("2026-01-01"));
    }

    static NamedEntity person(long doc, String cluster, String name, String... variants) {
        return new NamedEntity(doc, cluster, EntityType.PERSON, name,
                variants.length == 0 ? List.of(name) : List.of(variants), List.of(), 3, 0);
    }

    static NamedEntity organisation(long doc, String cluster, String name) {
        return new NamedEntity(doc, cluster, EntityType.ORGANIZATION, name, List.of(name), List.of(), 2, 0);
    }

    static Quote quote(String id, int start, String text, String speakerId, String speakerName) {
        return new Quote(id, new Span(start, start + text.length()), text, QuoteKind.DIRECT, speakerId, speakerName,
                null, "said", Provenance.auto("test", 0.9));
    }

    static Fact fact(String id, String subject, String predicate, String object, List<Quantity> quantities,
            TimeExpression time, FactStatus status) {
        String text = subject + " " + predicate + " " + object + ".";
        return new Fact(id, new Span(0, text.length()), text, subject, predicate, object, quantities, time, null, "",
                0.5, status, "", "", Provenance.auto("test", 0.8));
    }

    static Quantity quantity(String text, long value, String unit) {
        return new Quantity(text, BigDecimal.valueOf(value), unit);
    }
}

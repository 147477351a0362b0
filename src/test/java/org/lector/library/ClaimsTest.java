package org.lector.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.library.LibraryFixtures.article;
import static org.lector.library.LibraryFixtures.fact;
import static org.lector.library.LibraryFixtures.person;
import static org.lector.library.LibraryFixtures.quantity;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.model.ArticleFact;
import org.lector.model.ArticleRef;
import org.lector.model.FactStatus;
import org.lector.model.TimeExpression;

class ClaimsTest {

    private final List<ArticleRef> articles = List.of(article(1, "2016-10-10"), article(2, "2016-10-11"),
            article(3, "2016-10-12"), article(4, "2017-06-01"));

    private static People people() {
        return People.resolve(List.of(article(1, "2016-10-10"), article(2, "2016-10-11")),
                List.of(person(1, "c1", "Vladimir Putin"), person(2, "c1", "Putin")), List.of(), List.of());
    }

    @Test
    void factsAboutTheSameSubjectAndVerbInTwoArticlesAreOneClaim() {
        Claims claims = Claims.group(articles, List.of(
                new ArticleFact(1, fact("f1", "Vladimir Putin", "has deployed", "troops to the border", List.of(),
                        null, FactStatus.UNCHECKED)),
                new ArticleFact(2, fact("f4", "President Putin", "deployed", "soldiers to the border", List.of(),
                        null, FactStatus.UNCHECKED)),
                new ArticleFact(2, fact("f5", "Putin", "did not deploy", "tanks", List.of(), null,
                        FactStatus.UNCHECKED)),
                new ArticleFact(3, fact("f2", "The ministry", "announced", "new rules", List.of(), null,
                        FactStatus.UNCHECKED))), people());

        assertThat(claims.groups()).singleElement().satisfies(g -> {
            assertThat(g.subject()).isEqualTo("Vladimir Putin");
            assertThat(g.articles()).isEqualTo(2);
            assertThat(g.claims()).extracting(c -> c.fact().id()).containsExactly("f4", "f1");
            assertThat(g.disputed()).isFalse();
        });
        assertThat(claims.groupOf(1, "f1")).isPresent();
        assertThat(claims.groupOf(3, "f2")).isEmpty();
    }

    @Test
    void differentNumbersOfTheSameUnitAreADisagreement() {
        Claims claims = Claims.group(articles, List.of(
                new ArticleFact(1, fact("f1", "Russia", "deployed", "3,000 troops to the border",
                        List.of(quantity("3,000 troops", 3000, "troops")), null, FactStatus.UNCHECKED)),
                new ArticleFact(2, fact("f1", "Russia", "has deployed", "5,000 troops to the border",
                        List.of(quantity("5,000 troops", 5000, "troops")), null, FactStatus.UNCHECKED)),
                new ArticleFact(3, fact("f1", "Russia", "deployed", "3,000 troops near the border",
                        List.of(quantity("3,000 troops", 3000, "troops")), null, FactStatus.UNCHECKED))),
                null);

        assertThat(claims.disagreements()).singleElement().satisfies(g -> {
            assertThat(g.disagreements()).hasSize(2);
            ClaimGroup.Disagreement d = g.disagreements().get(0);
            assertThat(d.kind()).isEqualTo(ClaimGroup.Disagreement.Kind.QUANTITY);
            assertThat(List.of(d.says(), d.other())).containsExactlyInAnyOrder("3,000 troops", "5,000 troops");
            assertThat(d.first().article().documentId()).isNotEqualTo(d.second().article().documentId());
        });
    }

    @Test
    void numbersOfDifferentUnitsOrTimesOrOfNewsMonthsApartDoNotDisagree() {
        Claims claims = Claims.group(articles, List.of(
                new ArticleFact(1, fact("f1", "Russia", "deployed", "3,000 troops to the border",
                        List.of(quantity("3,000 troops", 3000, "troops")), null, FactStatus.UNCHECKED)),
                new ArticleFact(2, fact("f1", "Russia", "deployed", "50 tanks to the border",
                        List.of(quantity("50 tanks", 50, "tanks")), null, FactStatus.UNCHECKED)),
                new ArticleFact(3, fact("f1", "Russia", "deployed", "900 troops to the border in May",
                        List.of(quantity("900 troops", 900, "troops")), new TimeExpression("in May", "2016-05"),
                        FactStatus.UNCHECKED)),
                new ArticleFact(4, fact("f1", "Russia", "deployed", "8,000 troops to the border",
                        List.of(quantity("8,000 troops", 8000, "troops")), null, FactStatus.UNCHECKED))),
                null);

        assertThat(claims.groups()).singleElement().satisfies(g -> assertThat(g.disputed()).isFalse());
    }

    @Test
    void twoDaysOfTheSameWeekForTheSameEventAreADisagreementButDaysWeeksApartAreNot() {
        Claims claims = Claims.group(articles, List.of(
                new ArticleFact(1, fact("f1", "The summit", "opened", "in Paris on Thursday", List.of(),
                        new TimeExpression("on Thursday", "2016-10-13"), FactStatus.UNCHECKED)),
                new ArticleFact(2, fact("f2", "The summit", "opened", "in Paris on Friday", List.of(),
                        new TimeExpression("on Friday", "2016-10-14"), FactStatus.UNCHECKED)),
                new ArticleFact(4, fact("f3", "The summit", "opened", "in Paris on June 1", List.of(),
                        new TimeExpression("on June 1", "2017-06-01"), FactStatus.UNCHECKED))), null);

        ClaimGroup g = claims.disagreements().get(0);
        assertThat(g.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ClaimGroup.Disagreement.Kind.DATE);
            assertThat(List.of(d.says(), d.other())).containsExactlyInAnyOrder("on Thursday (2016-10-13)",
                    "on Friday (2016-10-14)");
        });
    }

    @Test
    void numbersDisagreeWhenEachArticleNamesAnotherSourceForThem() {
        Claims claims = Claims.group(articles, List.of(
                new ArticleFact(1, fact("f1", "The army", "sent",
                        "3,000 soldiers to the coast on Thursday, the defence ministry said",
                        List.of(quantity("3,000", 3000, "soldiers")), null, FactStatus.UNCHECKED)),
                new ArticleFact(2, fact("f1", "The army", "sent",
                        "5,000 soldiers to the coast on Friday, according to the regional government",
                        List.of(quantity("5,000", 5000, "soldiers")), null, FactStatus.UNCHECKED))), null);

        assertThat(claims.disagreements()).singleElement().satisfies(g -> assertThat(g.disagreements())
                .singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo(
                        ClaimGroup.Disagreement.Kind.QUANTITY)));
        assertThat(Claims.withoutAttribution("troops to the border, the ministry said on Monday"))
                .isEqualTo("troops to the border");
        assertThat(Claims.withoutAttribution("that taxes would rise, he said")).isEqualTo("that taxes would rise");
        assertThat(Claims.withoutAttribution("the bridge, the longest in the region")).isEqualTo(
                "the bridge, the longest in the region");
    }

    @Test
    void reportingVerbsAreGroupedByWhatWasSaidNotByTheVerbAlone() {
        Claims claims = Claims.group(articles, List.of(
                new ArticleFact(1, fact("f1", "Jane Holt", "said", "taxes will rise 5 percent",
                        List.of(quantity("5 percent", 5, "percent")), null, FactStatus.UNCHECKED)),
                new ArticleFact(2, fact("f1", "Jane Holt", "says", "the bridge will cost $3 million",
                        List.of(quantity("$3 million", 3_000_000, "USD")), null, FactStatus.UNCHECKED)),
                new ArticleFact(3, fact("f1", "Jane Holt", "said", "taxes will rise 7 percent",
                        List.of(quantity("7 percent", 7, "percent")), null, FactStatus.UNCHECKED))), null);

        assertThat(claims.groups()).singleElement().satisfies(g -> {
            assertThat(g.claims()).hasSize(2);
            assertThat(g.disputed()).isTrue();
        });
    }

    @Test
    void aCheckInOneArticleIsOfferedForTheSameClaimElsewhereButNotForOneThatDisagrees() {
        Claims claims = Claims.group(articles, List.of(
                new ArticleFact(1, fact("f1", "Russia", "deployed", "3,000 troops to the border",
                        List.of(quantity("3,000 troops", 3000, "troops")), null, FactStatus.SUPPORTED)),
                new ArticleFact(2, fact("f7", "Russia", "deployed", "3,000 troops to the border",
                        List.of(quantity("3,000 troops", 3000, "troops")), null, FactStatus.UNCHECKED)),
                new ArticleFact(3, fact("f2", "Russia", "deployed", "5,000 troops to the border",
                        List.of(quantity("5,000 troops", 5000, "troops")), null, FactStatus.UNCHECKED))), null);

        assertThat(claims.offersFor(2)).singleElement().satisfies(o -> {
            assertThat(o.target().fact().id()).isEqualTo("f7");
            assertThat(o.checked().fact().status()).isEqualTo(FactStatus.SUPPORTED);
            assertThat(o.checked().article().documentId()).isEqualTo(1);
        });
        assertThat(claims.offersFor(3)).isEmpty();
        assertThat(claims.offersFor(1)).isEmpty();
    }

    @Test
    void numbersOfDifferentPlacesOrPartsOfAWholeOrFromUndatedArticlesDoNotDisagree() {
        List<ArticleRef> undated = List.of(article(5, null), article(6, null));
        Claims claims = Claims.group(articles, List.of(
                new ArticleFact(1, fact("f1", "Jane Holt", "won", "45 delegates in Nevada",
                        List.of(quantity("45 delegates", 45, "delegates")), null, FactStatus.UNCHECKED)),
                new ArticleFact(2, fact("f1", "Jane Holt", "won", "20 delegates in South Carolina",
                        List.of(quantity("20 delegates", 20, "delegates")), null, FactStatus.UNCHECKED)),
                new ArticleFact(1, fact("f2", "Jane Holt", "leads", "Sam Ruiz 56 percent to 32 percent",
                        List.of(quantity("56 percent", 56, "percent"), quantity("32 percent", 32, "percent")), null,
                        FactStatus.UNCHECKED)),
                new ArticleFact(2, fact("f2", "Jane Holt", "leads", "Sam Ruiz 49 percent to 41 percent",
                        List.of(quantity("49 percent", 49, "percent"), quantity("41 percent", 41, "percent")), null,
                        FactStatus.UNCHECKED))), null);
        Claims fromUndated = Claims.group(undated, List.of(
                new ArticleFact(5, fact("f1", "Russia", "deployed", "3,000 troops to the border",
                        List.of(quantity("3,000 troops", 3000, "troops")), null, FactStatus.UNCHECKED)),
                new ArticleFact(6, fact("f1", "Russia", "deployed", "5,000 troops to the border",
                        List.of(quantity("5,000 troops", 5000, "troops")), null, FactStatus.UNCHECKED))), null);

        assertThat(claims.groups()).hasSize(2);
        assertThat(claims.disagreements()).isEmpty();
        assertThat(fromUndated.groups()).hasSize(1);
        assertThat(fromUndated.disagreements()).as("counts change; undated articles cannot be placed in time")
                .isEmpty();
    }

    @Test
    void aSubjectThatIsOnlyAPronounMakesNoClaim() {
        Claims claims = Claims.group(articles, List.of(
                new ArticleFact(1, fact("f1", "It", "takes", "1,237 delegates to win",
                        List.of(quantity("1,237 delegates", 1237, "delegates")), null, FactStatus.UNCHECKED)),
                new ArticleFact(2, fact("f1", "It", "takes", "2,383 delegates to win",
                        List.of(quantity("2,383 delegates", 2383, "delegates")), null, FactStatus.UNCHECKED))), null);

        assertThat(claims.groups()).isEmpty();
        assertThat(Claims.subjectWords("this")).isEmpty();
        assertThat(Claims.subjectWords("The army")).isEqualTo("words:army");
    }

    @Test
    void verbFormsComeDownToOneKey() {
        assertThat(Claims.predicateKey("has deployed")).isEqualTo(Claims.predicateKey("will deploy"));
        assertThat(Claims.predicateKey("raised")).isEqualTo(Claims.predicateKey("is raising"));
        assertThat(Claims.predicateKey("said")).isEqualTo(Claims.predicateKey("says"));
        assertThat(Claims.predicateKey("didn't win")).isEqualTo("not win");
        assertThat(Claims.predicateKey("planned")).isEqualTo(Claims.predicateKey("plans"));
    }
}

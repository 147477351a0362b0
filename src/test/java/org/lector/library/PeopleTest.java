package org.lector.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.library.LibraryFixtures.article;
import static org.lector.library.LibraryFixtures.organisation;
import static org.lector.library.LibraryFixtures.person;
import static org.lector.library.LibraryFixtures.quote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.model.ArticleQuote;
import org.lector.model.ArticleRef;
import org.lector.model.EntityType;
import org.lector.model.IdentityEdit;
import org.lector.model.NamedEntity;

class PeopleTest {

    private static final Instant T = Instant.parse("2026-01-02T10:00:00Z");

    private final List<ArticleRef> articles = List.of(article(1, "2016-10-10"), article(2, "2016-10-12"),
            article(3, "2016-10-14"), article(4, "2016-10-01"), article(5, null));

    @Test
    void nameVariantsAcrossArticlesAreOnePerson() {
        People people = People.resolve(articles, List.of(
                person(1, "c1", "Emmanuel Macron", "Emmanuel Macron", "Macron"),
                person(2, "c4", "President Macron"),
                person(3, "c2", "Macron")), List.of(), List.of());

        assertThat(people.all()).hasSize(1);
        Person macron = people.all().get(0);
        assertThat(macron.name()).isEqualTo("Emmanuel Macron");
        assertThat(macron.key()).isEqualTo("person:emmanuel macron");
        assertThat(macron.articles()).isEqualTo(3);
        assertThat(macron.variants()).contains("Emmanuel Macron", "Macron", "President Macron");
        assertThat(macron.lastSeen()).isEqualTo(LocalDate.parse("2016-10-14"));
        assertThat(people.of(2, "c4")).contains(macron);
        assertThat(people.named("Mr. Macron")).contains(macron);
    }

    @Test
    void aNameGluedAfterCapitalisedWordsIsThePersonOtherArticlesNamePlainly() {
        People people = People.resolve(articles, List.of(
                person(1, "c1", "Chris Christie"), person(2, "c3", "Flu Season Chris Christie"),
                person(3, "c1", "Hillary Rodham Clinton")), List.of(), List.of());

        assertThat(people.of(2, "c3")).map(Person::key).contains("person:chris christie");
        assertThat(people.byKey("person:chris christie")).map(Person::articles).contains(2);
        assertThat(people.of(3, "c1")).as("a middle name nobody is called by alone stays")
                .map(Person::key).contains("person:hillary clinton");
        assertThat(People.familyOf("person:chris christie")).isEqualTo(People.familyOf("person:christie"))
                .isEqualTo(Names.family(org.lector.model.EntityType.PERSON, "flu christie"));
    }

    @Test
    void aLoneSurnameShared_byTwoEquallyKnownPeopleStaysAPersonOfItsOwn() {
        People people = People.resolve(articles, List.of(
                person(1, "c1", "Hillary Clinton"), person(2, "c1", "Hillary Clinton"),
                person(3, "c1", "Bill Clinton"), person(4, "c1", "Bill Clinton"),
                person(5, "c1", "Clinton")), List.of(), List.of());

        assertThat(people.all()).extracting(Person::key)
                .containsExactlyInAnyOrder("person:hillary clinton", "person:bill clinton", "person:clinton");
    }

    @Test
    void aLoneSurnameJoinsThePersonOfThatNameMostArticlesKnow() {
        People people = People.resolve(articles, List.of(
                person(1, "c1", "Hillary Clinton"), person(2, "c1", "Hillary Clinton"),
                person(3, "c1", "Hillary Rodham Clinton"), person(4, "c1", "Bill Clinton"),
                person(5, "c1", "Clinton")), List.of(), List.of());

        assertThat(people.of(5, "c1")).map(Person::key).contains("person:hillary clinton");
        assertThat(people.byKey("person:hillary clinton")).map(Person::articles).contains(4);
    }

    @Test
    void quotesCountForTheirSpeakerWhetherGivenByEntityOrByName() {
        People people = People.resolve(articles, List.of(
                person(1, "c1", "Emmanuel Macron"), person(2, "c7", "Macron")), List.of(
                new ArticleQuote(1, quote("q1", 10, "“We will act.”", "c1", "Emmanuel Macron")),
                new ArticleQuote(2, quote("q1", 50, "“Now is the time.”", "c7", "Macron")),
                new ArticleQuote(2, quote("u-4", 90, "“Not yet.”", null, "President Macron")),
                new ArticleQuote(2, quote("q2", 120, "“Who knows.”", null, ""))), List.of());

        assertThat(people.all()).singleElement().extracting(Person::quotes).isEqualTo(3);
    }

    @Test
    void theReadersMergeJoinsTwoIdentitiesAndWithdrawingItSeparatesThemAgain() {
        List<NamedEntity> entities = List.of(person(1, "c1", "Hillary Clinton"), person(2, "c1", "Hillary Clinton"),
                person(3, "c1", "Bill Clinton"), person(4, "c1", "Bill Clinton"), person(5, "c1", "Clinton"));
        IdentityEdit merge = new IdentityEdit(1, IdentityEdit.Kind.MERGE, "person:clinton",
                "person:hillary clinton", null, T);

        People merged = People.resolve(articles, entities, List.of(), List.of(merge));
        People undone = People.resolve(articles, entities, List.of(), List.of());

        assertThat(merged.all()).hasSize(2);
        assertThat(merged.of(5, "c1")).map(Person::key).contains("person:hillary clinton");
        assertThat(undone.all()).hasSize(3);
    }

    @Test
    void theReadersSplitTakesOneArticlesNameOutOfAnIdentity() {
        List<NamedEntity> entities = List.of(person(1, "c1", "Hillary Clinton"), person(2, "c1", "Hillary Clinton"),
                person(3, "c1", "Hillary Clinton"), person(5, "c2", "Clinton"));
        IdentityEdit split = new IdentityEdit(1, IdentityEdit.Kind.SPLIT, "person:hillary clinton", "clinton", 5L, T);

        People people = People.resolve(articles, entities, List.of(), List.of(split));

        assertThat(people.all()).hasSize(2);
        assertThat(people.of(5, "c2")).map(Person::key).contains("person:hillary clinton|clinton@5");
        assertThat(people.of(5, "c2")).map(Person::name).contains("Clinton");
        assertThat(people.byKey("person:hillary clinton")).map(Person::articles).contains(3);
    }

    @Test
    void editsApplyInOrderAndFollowAnIdentityThatWasMergedAway() {
        List<NamedEntity> entities = new ArrayList<>(List.of(person(1, "c1", "Barack Obama"),
                person(2, "c1", "Barry Obama"), person(3, "c1", "Michelle Obama")));
        List<IdentityEdit> edits = List.of(
                new IdentityEdit(1, IdentityEdit.Kind.MERGE, "person:barry obama", "person:barack obama", null, T),
                // refers to the identity by its old key: it lives on under the one it was merged into
                new IdentityEdit(2, IdentityEdit.Kind.MERGE, "person:barry obama", "person:michelle obama", null, T),
                new IdentityEdit(3, IdentityEdit.Kind.MERGE, "person:nobody", "person:barack obama", null, T));

        People people = People.resolve(articles, entities, List.of(), edits);

        assertThat(people.all()).singleElement().extracting(Person::key).isEqualTo("person:michelle obama");
    }

    @Test
    void organisationsThatSpeakAreIdentitiesTooAndAnAcronymJoinsItsLongName() {
        People people = People.resolve(articles, List.of(
                organisation(1, "c3", "The White House"), organisation(2, "c5", "White House"),
                organisation(3, "c1", "Federal Bureau of Investigation"), organisation(4, "c2", "FBI"),
                organisation(5, "c9", "Acme Corp."), person(5, "c1", "White House")), List.of(
                new ArticleQuote(1, quote("q1", 0, "“No comment.”", "c3", "The White House")),
                new ArticleQuote(4, quote("q1", 0, "“We are investigating.”", "c2", "FBI"))), List.of());

        assertThat(people.speakingOrganisations()).extracting(Person::name)
                .containsExactlyInAnyOrder("The White House", "Federal Bureau of Investigation");
        assertThat(people.byKey("organization:white house")).map(Person::articles).contains(2);
        assertThat(people.byKey("organization:federal bureau of investigation")).map(Person::articles).contains(2);
        // a person is never an organisation of the same name
        assertThat(people.ofType(EntityType.PERSON)).singleElement().extracting(Person::key)
                .isEqualTo("person:white house");
    }

    @Test
    void searchIgnoresCaseAndAccentsAndFindsWrittenVariants() {
        People people = People.resolve(articles, List.of(
                person(1, "c1", "François Hollande", "François Hollande", "Hollande"),
                person(2, "c1", "Angela Merkel")), List.of(), List.of());

        assertThat(people.search("francois")).extracting(Person::name).containsExactly("François Hollande");
        assertThat(people.search("MERK")).extracting(Person::name).containsExactly("Angela Merkel");
        assertThat(people.search(" ")).hasSize(2);
    }

    @Test
    void aDossierHasTheArticlesQuotesRolesAndCompanionsOfAPerson() {
        List<NamedEntity> entities = List.of(
                new NamedEntity(1, "c1", EntityType.PERSON, "Emmanuel Macron", List.of("Emmanuel Macron"),
                        List.of("French president"), 4, 10),
                new NamedEntity(2, "c1", EntityType.PERSON, "Macron", List.of("Macron"),
                        List.of("French president", "host"), 2, 5),
                new NamedEntity(3, "c1", EntityType.PERSON, "Emmanuel Macron", List.of("Emmanuel Macron"),
                        List.of(), 1, 0),
                person(1, "c2", "Olaf Scholz"), person(2, "c2", "Olaf Scholz"), person(3, "c3", "Giorgia Meloni"),
                organisation(2, "c4", "European Commission"));
        List<ArticleQuote> quotes = List.of(
                new ArticleQuote(1, quote("q2", 200, "“Second.”", "c1", "")),
                new ArticleQuote(1, quote("q1", 100, "“First.”", "c1", "")),
                new ArticleQuote(3, quote("q1", 50, "“Latest.”", "c1", "")),
                new ArticleQuote(2, quote("q1", 50, "“Scholz speaks.”", "c2", "")));

        Dossier d = People.resolve(articles, entities, quotes, List.of()).dossier("person:emmanuel macron")
                .orElseThrow();

        assertThat(d.appearances()).extracting(a -> a.article().documentId()).containsExactly(3L, 2L, 1L);
        assertThat(d.appearances().get(2).quotes()).isEqualTo(2);
        assertThat(d.appearances().get(2).mentions()).isEqualTo(4);
        assertThat(d.quotes()).extracting(q -> q.quote().text()).containsExactly("“Latest.”", "“First.”",
                "“Second.”");
        assertThat(d.roles()).first().isEqualTo(new Dossier.Counted("French president", 2));
        assertThat(d.companions()).extracting(c -> c.person().name(), Dossier.Companion::articles)
                .startsWith(org.assertj.core.groups.Tuple.tuple("Olaf Scholz", 2));
        assertThat(d.companions()).extracting(c -> c.person().name())
                .containsExactlyInAnyOrder("Olaf Scholz", "Giorgia Meloni", "European Commission");
    }

    @Test
    void articlesMissingFromTheListAreNotCounted() {
        People people = People.resolve(List.of(article(1, "2016-01-01")), List.of(person(1, "c1", "Jane Holt"),
                person(9, "c1", "Jane Holt")), List.of(), List.of());

        assertThat(people.all()).singleElement().extracting(Person::articles).isEqualTo(1);
    }
}

package org.lector.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.library.ClaimGroup;
import org.lector.library.Claims;
import org.lector.library.Dossier;
import org.lector.library.Identities;
import org.lector.library.People;
import org.lector.library.Person;
import org.lector.model.Analysis;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.IdentityEdit;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Quantity;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.model.TimeExpression;
import org.lector.store.DocumentVersionRef;
import org.lector.store.Library;
import org.lector.testing.Fixtures;

/**
 * The identities and claim keys the library keeps between openings, updated per article and per merge or split,
 * always equal what working everything out again from all the rows gives: checked after every step of seeded random
 * sequences of filing, filing a new version, removing, merging, splitting and undoing.
 */
class KeptIdentitiesTest {

    private static final String ENGINE = "engine-test";
    private static final List<String> PERSONS = List.of("Hillary Clinton", "Bill Clinton", "Clinton",
            "Hillary Rodham Clinton", "Donald Trump", "Donald J. Trump", "Trump", "Ivanka Trump", "President Obama",
            "Barack Obama", "Obama", "Zika Virus Chris Christie", "Chris Christie", "Christie", "Jane Holt", "Holt",
            "Sam Ruiz", "Ruiz");
    private static final List<String> ORGANISATIONS = List.of("Federal Bureau of Investigation", "FBI",
            "the White House", "White House", "Reuters", "Apple Inc.");
    private static final List<String> SUBJECTS = List.of("Russia", "The army", "It", "Clinton", "Trump",
            "Hillary Clinton", "the White House", "FBI", "Jane Holt");
    private static final List<String> VERBS = List.of("sent", "deployed", "said", "won", "has deployed");

    @TempDir
    Path dir;

    @Test
    void keptIdentitiesAndClaimsEqualARebuildFromAllRowsAfterEveryStep() {
        for (long seed = 1; seed <= 6; seed++) {
            runSequence(seed, 45);
        }
    }

    @Test
    void rowsKeyedUnderOtherRulesAreBuiltAgainAndTheirIdentitiesWorkedOutAgain() {
        Random random = new Random(7);
        try (Library lib = Library.open(dir.resolve("rules.db"))) {
            LibraryViews views = new LibraryViews(lib, ENGINE);
            for (int i = 0; i < 6; i++) {
                file(lib, "/news/rules-" + i + ".txt", random);
            }
            List<String> before = rows(views.people().all());
            assertThat(before).isNotEmpty();
            assertThat(views.rebuild(null)).as("every document is read again").isEqualTo(6);
            assertThat(rows(views.people().all())).isEqualTo(before).isEqualTo(rows(views.peopleFromRows().all()));
            assertThat(views.refresh(null)).as("and then nothing more").isZero();
        }
    }

    private void runSequence(long seed, int steps) {
        Random random = new Random(seed);
        try (Library lib = Library.open(dir.resolve("library-" + seed + ".db"))) {
            LibraryViews views = new LibraryViews(lib, ENGINE);
            List<String> sources = new ArrayList<>();
            List<String> log = new ArrayList<>();
            for (int step = 0; step < steps; step++) {
                int op = random.nextInt(100);
                List<Long> documents = lib.documents().list().stream().map(e -> e.documentId()).toList();
                if (op < 40 || documents.isEmpty()) {
                    String source = "/news/" + seed + "-" + sources.size() + ".txt";
                    sources.add(source);
                    file(lib, source, random);
                    log.add("file " + source);
                } else if (op < 55) {
                    String source = sources.get(random.nextInt(sources.size()));
                    file(lib, source, random);
                    log.add("refile " + source);
                } else if (op < 63) {
                    long doc = documents.get(random.nextInt(documents.size()));
                    lib.documents().delete(doc).join();
                    log.add("remove " + doc);
                } else if (op < 78) {
                    List<Person> all = views.people().all();
                    if (all.size() >= 2) {
                        Person from = all.get(random.nextInt(all.size()));
                        Person into = all.get(random.nextInt(all.size()));
                        views.merge(from.key(), into.key()).join();
                        log.add("merge " + from.key() + " into " + into.key());
                    }
                } else if (op < 90) {
                    Identities people = views.people();
                    List<Person> all = people.all();
                    if (!all.isEmpty()) {
                        Person p = all.get(random.nextInt(all.size()));
                        Dossier d = people.dossier(p.key()).orElseThrow();
                        Person.Member m = d.person().members().get(random.nextInt(d.person().members().size()));
                        Long in = random.nextBoolean() ? m.documentId() : null;
                        views.split(p.key(), m.nameKey(), in).join();
                        log.add("split " + m.nameKey() + (in == null ? "" : "@" + in) + " out of " + p.key());
                    }
                } else {
                    List<IdentityEdit> edits = views.identityEdits();
                    if (!edits.isEmpty()) {
                        IdentityEdit e = edits.get(random.nextInt(edits.size()));
                        views.undo(e).join();
                        log.add("undo " + e.kind() + " " + e.identity());
                    }
                }
                assertSame(views, "seed " + seed + ", step " + step + " (" + String.join("; ", log) + ")");
            }
        }
    }

    private static void assertSame(LibraryViews views, String where) {
        Identities kept = views.people();
        People rebuilt = views.peopleFromRows();
        assertThat(rows(kept.all())).as("people, " + where).isEqualTo(rows(rebuilt.all()));
        for (Person p : rebuilt.all()) {
            Dossier a = kept.dossier(p.key()).orElseThrow();
            Dossier b = rebuilt.dossier(p.key()).orElseThrow();
            assertThat(members(a.person())).as("members of " + p.key() + ", " + where)
                    .isEqualTo(members(b.person()));
            assertThat(a.quotes().stream().map(q -> q.article().documentId() + "/" + q.quote().id()).toList())
                    .as("quotes of " + p.key() + ", " + where)
                    .isEqualTo(b.quotes().stream().map(q -> q.article().documentId() + "/" + q.quote().id()).toList());
            assertThat(kept.named(p.name()).map(Person::key)).as("the name " + p.name() + ", " + where)
                    .isEqualTo(rebuilt.named(p.name()).map(Person::key));
        }
        assertThat(groups(views.claims(kept))).as("claims, " + where)
                .isEqualTo(groups(views.claimsFromRows(rebuilt)));
    }

    private static List<String> rows(List<Person> people) {
        return people.stream().map(p -> String.join(" | ", p.key(), p.type().id(), p.name(),
                String.join(",", p.variants()), String.valueOf(p.articles()), String.valueOf(p.quotes()),
                String.valueOf(p.lastSeen()))).toList();
    }

    private static List<String> members(Person p) {
        return p.members().stream().map(m -> m.documentId() + "/" + m.clusterId() + "/" + m.nameKey()).sorted()
                .toList();
    }

    private static Map<String, String> groups(Claims claims) {
        Map<String, String> out = new TreeMap<>();
        for (ClaimGroup g : claims.groups()) {
            out.put(g.key(), g.subject() + " | " + g.claims().stream()
                    .map(c -> c.article().documentId() + "/" + c.fact().id()).toList() + " | "
                    + g.disagreements().size());
        }
        return out;
    }

    /** Files (or files again, as a new version) a random article with the engine's analysis of it. */
    private static void file(Library lib, String source, Random random) {
        StringBuilder text = new StringBuilder("News " + random.nextInt(1000) + "\n\n");
        List<EntityMention> mentions = new ArrayList<>();
        List<EntityCluster> clusters = new ArrayList<>();
        List<String> clusterNames = new ArrayList<>();
        int named = 1 + random.nextInt(5);
        for (int i = 0; i < named; i++) {
            boolean person = random.nextInt(4) > 0;
            String name = person ? PERSONS.get(random.nextInt(PERSONS.size()))
                    : ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size()));
            String cluster = "c" + (i + 1);
            List<String> ids = new ArrayList<>();
            int times = 1 + random.nextInt(2);
            for (int t = 0; t < times; t++) {
                String written = t == 0 ? name : name.substring(name.lastIndexOf(' ') + 1);
                int start = text.length();
                text.append(written);
                String id = "m" + (mentions.size() + 1);
                mentions.add(new EntityMention(id, new Span(start, text.length()), written,
                        person ? EntityType.PERSON : EntityType.ORGANIZATION, "", MentionForm.NAME, cluster,
                        Provenance.auto(ENGINE, 0.9)));
                ids.add(id);
                text.append(" spoke. ");
            }
            clusters.add(new EntityCluster(cluster, name, person ? EntityType.PERSON : EntityType.ORGANIZATION, ids));
            clusterNames.add(name);
        }
        text.append("\n\n");
        List<Quote> quotes = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            int start = text.length();
            text.append("\u201cWords ").append(random.nextInt(100)).append(".\u201d");
            Span span = new Span(start, text.length());
            text.append(' ');
            String speakerId = null;
            String speakerName;
            if (random.nextBoolean()) {
                int c = random.nextInt(clusters.size());
                speakerId = clusters.get(c).id();
                speakerName = clusterNames.get(c);
            } else {
                List<String> pool = random.nextBoolean() ? PERSONS : ORGANISATIONS;
                speakerName = random.nextInt(6) == 0 ? "" : pool.get(random.nextInt(pool.size()));
            }
            quotes.add(new Quote("q" + (quotes.size() + 1), span, span.of(text.toString()), QuoteKind.DIRECT,
                    speakerId, speakerName, null, "said", Provenance.auto(ENGINE, 0.8)));
        }
        List<Fact> facts = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String subject = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
            String verb = VERBS.get(random.nextInt(VERBS.size()));
            long n = 1000L * (1 + random.nextInt(3));
            String object = n + " troops to the border";
            int start = text.length();
            text.append(subject).append(' ').append(verb).append(' ').append(object).append(". ");
            Span span = new Span(start, text.length() - 1);
            TimeExpression time = random.nextBoolean() ? null
                    : new TimeExpression("on Thursday", "2016-10-1" + random.nextInt(4));
            facts.add(new Fact("f" + (facts.size() + 1), span, span.of(text.toString()), subject, verb, object,
                    List.of(new Quantity(n + " troops", BigDecimal.valueOf(n), "troops")), time, null, "", 0.5,
                    FactStatus.UNCHECKED, "", "", Provenance.auto(ENGINE, 0.7)));
        }
        DocumentVersionRef ref = lib.documents().importDocument(Fixtures.doc(source, text.toString()), false).join();
        lib.analysisCache().put(ref.versionId(), ENGINE, new Analysis(ENGINE, mentions, clusters, quotes, facts,
                List.of())).join();
    }
}

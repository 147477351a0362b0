package org.lector.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.lector.library.ClaimGroup;
import org.lector.library.Claims;
import org.lector.library.Digest;
import org.lector.library.Names;
import org.lector.library.People;
import org.lector.library.Person;
import org.lector.model.Analysis;
import org.lector.model.ArticleFact;
import org.lector.model.ArticleQuote;
import org.lector.model.ArticleRef;
import org.lector.model.EntityType;
import org.lector.model.NamedEntity;
import org.lector.store.Library;
import org.lector.store.LibraryEntry;

/**
 * The measurements behind the identity and claim rules of decision 0016 (run by hand: {@code java -cp ...
 * org.lector.cli.RunLibraryRulesMeasure LIB [N] [SEED]}, LIB a library holding the engine's analyses of the corpus
 * texts, such as one {@code lector bench library} files; never the project's data): over its first N documents,
 * how many claim groups and disagreements the rules find, a seeded sample of disagreements to read by hand, and how
 * many People entries look like a name glued to the capitalised words before it ("Zika Virus Chris Christie").
 * Prints corpus text to the terminal only.
 */
public final class RunLibraryRulesMeasure {

    private RunLibraryRulesMeasure() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20;
        List<ArticleRef> articles = new ArrayList<>();
        List<NamedEntity> entities = new ArrayList<>();
        List<ArticleQuote> quotes = new ArrayList<>();
        List<ArticleFact> facts = new ArrayList<>();
        try (Library lib = Library.open(db, Library.Durability.NORMAL)) {
            List<LibraryEntry> list = new ArrayList<>(lib.documents().list());
            list.sort(Comparator.comparingLong(LibraryEntry::documentId));
            for (LibraryEntry e : list.subList(0, Math.min(n, list.size()))) {
                var stored = lib.documents().version(e.versionId()).orElseThrow();
                Analysis a = lib.analysisCache().latest(e.versionId()).orElse(null);
                if (a == null) {
                    continue;
                }
                Digest d = Digest.of(e.documentId(), stored.document().text(), a);
                articles.add(new ArticleRef(e.documentId(), e.versionId(), e.title(), e.source(), e.date(),
                        java.time.LocalDate.of(2026, 1, 1)));
                entities.addAll(d.entities());
                quotes.addAll(d.quotes());
                facts.addAll(d.facts());
            }
        }
        People people = People.resolve(articles, entities, quotes, List.of());
        Claims claims = Claims.group(articles, facts, people);
        System.out.printf(Locale.ROOT, "%d articles, %d identities, %d claim groups, %d disputed%n", articles.size(),
                people.all().size(), claims.groups().size(), claims.disagreements().size());
        List<ClaimGroup> disputed = new ArrayList<>(claims.disagreements());
        Collections.shuffle(disputed, new Random(seed));
        for (ClaimGroup g : disputed.subList(0, Math.min(20, disputed.size()))) {
            ClaimGroup.Disagreement d = g.disagreements().get(0);
            System.out.printf(Locale.ROOT, "%n== %s | %s (%s: %s / %s)%n  A [%d] %s%n  B [%d] %s%n", g.subject(),
                    g.predicate(), d.kind(), d.says(), d.other(), d.first().article().documentId(),
                    d.first().fact().text().replace('\n', ' '), d.second().article().documentId(),
                    d.second().fact().text().replace('\n', ' '));
        }
        // People entries as the People window lists them: persons, and organisations that speak.
        List<Person> shown = people.all().stream()
                .filter(p -> p.type() == EntityType.PERSON || p.quotes() > 0).toList();
        Set<String> twoWordNames = new HashSet<>();
        for (Person p : shown) {
            if (p.type() == EntityType.PERSON) {
                twoWordNames.add(Names.personKey(p.name()));
            }
        }
        int glued = 0;
        List<String> examples = new ArrayList<>();
        for (Person p : shown) {
            if (p.type() != EntityType.PERSON) {
                continue;
            }
            // Initials and generational suffixes are part of a name, not glue ("Joseph R. Biden Jr.").
            List<String> words = new ArrayList<>(List.of(Names.fold(Names.withoutTitles(p.name())).split(" ")));
            words.removeIf(x -> x.length() < 2 || Set.of("jr", "sr", "ii", "iii", "iv").contains(x));
            int w = words.size();
            String folded = Names.fold(p.name());
            boolean g = w >= 3 && (twoWordNames.contains(Names.personKey(words.get(0) + " " + words.get(1)))
                    || twoWordNames.contains(Names.personKey(words.get(w - 2) + " " + words.get(w - 1)))
                    || folded.matches(".*( of | with | and |\\u2014| - ).*"));
            if (g) {
                glued++;
                if (examples.size() < 40) {
                    examples.add(p.name() + " (" + p.articles() + " articles)");
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nPeople entries: %d; glued to a known name before or after it, or joined"
                + " by of/with/and/a dash: %d%n", shown.size(), glued);
        examples.forEach(e -> System.out.println("  " + e));
    }
}

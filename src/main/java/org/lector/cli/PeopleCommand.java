package org.lector.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lector.export.LibraryNotes;
import org.lector.library.Names;
import org.lector.library.Identities;
import org.lector.library.People;
import org.lector.library.Person;
import org.lector.model.EntityType;
import org.lector.reading.LibraryViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lector people [NAME]}: the people and speaking organisations of a library, one identity across all its
 * articles; with NAME, that person's dossier (every quote with its article and date, the articles, roles and who they
 * appear with), in Markdown as a note for a vault or as JSON.
 */
@Command(name = "people", mixinStandardHelpOptions = true,
        description = {"The people (and organisations that speak) across a library: one identity per person over all"
                + " its articles, with quotes, articles and when last seen.",
                "With NAME: that person's dossier (a Markdown note linking to the articles' notes, or JSON)."},
        footer = {"", "Reads --db PATH, else the default library; never creates one.", "",
                LibraryOption.EXIT_CODES})
public final class PeopleCommand extends LibraryViewCommand {

    /** Orders of the list. */
    enum Sort { quotes, articles, seen, name }

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME",
            description = "A name or part of one (\"Macron\", \"president macron\"); case and accents are ignored.")
    String name;

    @Option(names = "--sort", paramLabel = "quotes|articles|seen|name", defaultValue = "quotes",
            description = "Order of the list (default: ${DEFAULT-VALUE}; seen: most recently seen first).")
    Sort sort;

    @Option(names = "--all-organisations",
            description = "List every organisation named, not only those with a quote of their own.")
    boolean allOrganisations;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Show the first N only (default: all).")
    int limit;

    @Override
    int run(LibraryViews views, PrintWriter out, PrintWriter err) throws java.io.IOException {
        Identities people = views.people();
        if (name != null) {
            Optional<Person> found = find(people, name);
            if (found.isEmpty()) {
                err.println("lector people: nobody named \"" + name + "\" in " + views.library().file() + ".");
                return LectorCommand.EXIT_BAD_INPUT;
            }
            var dossier = people.dossier(found.get().key()).orElseThrow();
            out.print(format == Format.json ? json(ViewsJson.dossier(dossier)) + "\n"
                    : LibraryNotes.dossier(dossier, now));
            return 0;
        }
        List<Person> list = listed(people);
        if (format == Format.json) {
            ArrayNode a = AnalysisJson.mapper().createArrayNode();
            list.forEach(p -> a.add(ViewsJson.person(p)));
            out.println(json(a));
            return 0;
        }
        out.println("| Name | Type | Quotes | Articles | Last seen | Also written |");
        out.println("|---|---|---:|---:|---|---|");
        for (Person p : list) {
            out.println("| " + cell(p.name()) + " | " + (p.type() == EntityType.PERSON ? "person" : "organisation")
                    + " | " + p.quotes() + " | " + p.articles() + " | " + (p.lastSeen() == null ? "" : p.lastSeen())
                    + " | " + cell(String.join(", ", p.variants().stream().filter(v -> !v.equals(p.name()))
                            .limit(5).toList())) + " |");
        }
        return 0;
    }

    private List<Person> listed(Identities people) {
        List<Person> list = new ArrayList<>(people.all().stream()
                .filter(p -> p.type() == EntityType.PERSON || allOrganisations || p.quotes() > 0).toList());
        list.sort(switch (sort) {
            case quotes -> People.BY_QUOTES;
            case articles -> Comparator.comparingInt(Person::articles).reversed().thenComparing(People.BY_QUOTES);
            case seen -> Comparator.comparing(Person::lastSeen, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(People.BY_QUOTES);
            case name -> Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER);
        });
        return limit > 0 && limit < list.size() ? list.subList(0, limit) : list;
    }

    /** The identity a name means: the person it names ("President Macron"), else the most quoted one matching it. */
    static Optional<Person> find(Identities people, String name) {
        Optional<Person> named = people.named(name);
        if (named.isPresent()) {
            return named;
        }
        String folded = Names.fold(name);
        return people.search(name).stream()
                .min(Comparator.comparing((Person p) -> !Names.fold(p.name()).equals(folded))
                        .thenComparing(People.BY_QUOTES));
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replaceAll("\\s+", " ");
    }
}

package org.lector.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lector.model.Analysis;
import org.lector.model.ArticleFact;
import org.lector.model.ArticleQuote;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityNames;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.NamedEntity;
import org.lector.model.Span;

/**
 * What one article contributes to the views across the library, taken from its analysis as the reader sees it:
 * the people and organisations it names (with the names and roles it gives them), its quotes and its facts. The
 * library keeps these rows per article, so the People and claims views never parse whole analyses.
 *
 * @param entities the persons and organisations named at least once by name
 * @param quotes   every quote
 * @param facts    every fact
 */
public record Digest(List<NamedEntity> entities, List<ArticleQuote> quotes, List<ArticleFact> facts) {

    /** Lower-case words that belong to a role before its title word: "former", "presidential". */
    static final Set<String> ROLE_MODIFIERS = Set.of("former", "presidential", "vice", "deputy", "chief", "senior",
            "acting", "top", "assistant", "interim", "executive", "associate", "general", "foreign", "prime",
            "defense", "defence", "national", "press", "campaign", "state", "federal", "junior", "outgoing",
            "incoming", "then", "longtime", "republican", "democratic", "party", "white", "house", "security",
            "finance", "health", "justice", "attorney", "district", "county", "city", "special", "lead", "co");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "his", "her", "their");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** Longest gap between a title and the name it stands before ("candidate Martin": one space). */
    static final int TITLE_GAP = 2;

    public Digest {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        facts = List.copyOf(facts);
    }

    /** The digest of article {@code documentId}, whose normalized text is {@code text}. */
    public static Digest of(long documentId, String text, Analysis analysis) {
        Map<String, EntityMention> byId = new HashMap<>();
        analysis.entities().forEach(m -> byId.put(m.id(), m));
        List<EntityMention> inOrder = new ArrayList<>(analysis.entities());
        inOrder.sort(Comparator.comparing(EntityMention::span));
        Map<Integer, EntityMention> endingAt = new HashMap<>();
        inOrder.forEach(m -> endingAt.putIfAbsent(m.span().end(), m));
        List<NamedEntity> entities = new ArrayList<>();
        for (EntityCluster c : analysis.clusters()) {
            if (c.type() != EntityType.PERSON && c.type() != EntityType.ORGANIZATION) {
                continue;
            }
            People.Counter variants = new People.Counter();
            People.Counter roles = new People.Counter();
            int first = Integer.MAX_VALUE;
            int mentions = 0;
            for (String id : c.mentionIds()) {
                EntityMention m = byId.get(id);
                if (m == null) {
                    continue;
                }
                mentions++;
                if (m.form() == MentionForm.NAME) {
                    variants.add(EntityNames.clean(m.text()));
                    first = Math.min(first, m.span().start());
                    String role = roleBefore(text, m.span(), endingAt);
                    if (!role.isEmpty()) {
                        roles.add(role);
                    }
                } else if (m.form() == MentionForm.NOMINAL) {
                    String role = withoutDeterminer(m.text());
                    if (!role.isEmpty()) {
                        roles.add(role);
                    }
                }
            }
            if (first == Integer.MAX_VALUE) {
                continue; // only pronouns and descriptions: nobody the library can recognise by name
            }
            entities.add(new NamedEntity(documentId, c.id(), c.type(), c.name(), variants.top(Integer.MAX_VALUE),
                    roles.top(Integer.MAX_VALUE), mentions, first));
        }
        entities = ungluedNames(entities);
        List<ArticleQuote> quotes = analysis.quotes().stream().map(q -> new ArticleQuote(documentId, q)).toList();
        List<ArticleFact> facts = analysis.facts().stream().map(f -> new ArticleFact(documentId, f)).toList();
        return new Digest(entities, quotes, facts);
    }

    /** Words that join two names in a headline, never one name: "Lisa Song of InsideClimate". */
    private static final java.util.regex.Pattern JOINS = java.util.regex.Pattern.compile(
            "\\s+(?:of|with|and|\\u2014|\\u2013|-)\\s+", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The article's persons with the words the recogniser glued onto their names taken off. Headlines in title case
     * run a name into the words around it ("Donald Trump Praises Breitbart", "Ted Cruz With George Wallace"): a
     * person's name of three words or more is cut at a joining word ("of", "with", "and", a dash), else to its first
     * or last two words when the article names someone so elsewhere, else after the word the article also uses
     * alone as a surname ("Trump"). A name the article gives no reason to cut stays whole ("Hillary Rodham
     * Clinton"). Only this article is read, so its rows never depend on the rest of the library.
     */
    static List<NamedEntity> ungluedNames(List<NamedEntity> entities) {
        Set<String> plain = new java.util.HashSet<>();
        Set<String> alone = new java.util.HashSet<>();
        for (NamedEntity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            List<String> names = new ArrayList<>(e.variants());
            names.add(e.name());
            for (String n : names) {
                List<String> words = Names.personWords(n);
                if (words.size() == 2) {
                    plain.add(Names.personKey(n));
                } else if (words.size() == 1) {
                    alone.add(words.get(0));
                }
            }
        }
        List<NamedEntity> out = new ArrayList<>(entities.size());
        for (NamedEntity e : entities) {
            String name = e.type() == EntityType.PERSON ? unglued(e.name(), plain, alone) : e.name();
            out.add(name.equals(e.name()) ? e : new NamedEntity(e.documentId(), e.clusterId(), e.type(), name,
                    e.variants(), e.roles(), e.mentions(), e.firstOffset()));
        }
        return out;
    }

    private static String unglued(String name, Set<String> plain, Set<String> alone) {
        String cleaned = EntityNames.clean(name);
        String[] written = SPACES.split(Names.withoutTitles(cleaned));
        if (written.length < 3) {
            return name;
        }
        java.util.regex.Matcher join = JOINS.matcher(cleaned);
        if (join.find() && join.start() > 0 && Names.personWords(cleaned.substring(0, join.start())).size() >= 2) {
            return cleaned.substring(0, join.start());
        }
        int n = written.length;
        String head = written[0] + " " + written[1];
        String tail = written[n - 2] + " " + written[n - 1];
        if (plain.contains(Names.personKey(head)) && !plain.contains(Names.personKey(cleaned))) {
            return head;
        }
        if (plain.contains(Names.personKey(tail)) && !plain.contains(Names.personKey(cleaned))) {
            return tail;
        }
        for (int i = 1; i < n - 1; i++) {
            if (alone.contains(Names.fold(written[i])) && !alone.contains(Names.fold(written[n - 1]))) {
                return String.join(" ", java.util.Arrays.asList(written).subList(0, i + 1));
            }
        }
        return name;
    }

    /**
     * The role written just before a name: a title word and the names and modifiers before it, "Democratic
     * presidential candidate" before "Martin O'Malley". Empty when no title stands there.
     */
    static String roleBefore(String text, Span name, Map<Integer, EntityMention> endingAt) {
        EntityMention title = null;
        for (int gap = 1; gap <= TITLE_GAP && title == null; gap++) {
            EntityMention m = endingAt.get(name.start() - gap);
            if (m != null && m.type() == EntityType.TITLE && blank(text, m.span().end(), name.start())) {
                title = m;
            }
        }
        if (title == null) {
            return "";
        }
        int start = title.span().start();
        for (int words = 0; words < 4; words++) {
            int end = start;
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (end == start || end == 0) {
                break;
            }
            EntityMention before = endingAt.get(end);
            if (before != null && switch (before.type()) {
                case TITLE, GROUP, PLACE, ORGANIZATION -> true;
                default -> false;
            }) {
                start = before.span().start();
                continue;
            }
            int wordStart = end;
            while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1))
                    || text.charAt(wordStart - 1) == '-')) {
                wordStart--;
            }
            String word = text.substring(wordStart, end);
            if (word.isEmpty() || !ROLE_MODIFIERS.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            start = wordStart;
        }
        return SPACES.matcher(text.substring(start, title.span().end())).replaceAll(" ").strip();
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    static String withoutDeterminer(String phrase) {
        String s = SPACES.matcher(phrase.strip()).replaceAll(" ");
        int space = s.indexOf(' ');
        if (space > 0 && DETERMINERS.contains(s.substring(0, space).toLowerCase(Locale.ROOT))) {
            s = s.substring(space + 1);
        }
        return s;
    }
}

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
        List<ArticleQuote> quotes = analysis.quotes().stream().map(q -> new ArticleQuote(documentId, q)).toList();
        List<ArticleFact> facts = analysis.facts().stream().map(f -> new ArticleFact(documentId, f)).toList();
        return new Digest(entities, quotes, facts);
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

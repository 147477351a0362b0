package org.lector.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What an entity is called, from the names its mentions give it. Shared by the engine, which names the entities
 * it finds, and the library, which names them again after the reader moved mentions between them.
 */
public final class EntityNames {

    /**
     * A name must be written at least once in this many name mentions to name the entity: in a long text, a
     * recognizer's slip written once ("in Karatáev God was greater") must not name an entity mentioned hundreds
     * of times ("God"). Below this many mentions, a name written once counts (an article names a person in full
     * once, "Emmanuel Macron", then says "Macron").
     */
    static final int MENTIONS_PER_SUPPORT = 50;

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private EntityNames() {
    }

    /**
     * A name as an entity is called by it: possessive stripped, line breaks and runs of spaces as one space
     * ("Anna Mikháylovna\nDrubetskáya" in a hard-wrapped text is "Anna Mikháylovna Drubetskáya"), and an editor's
     * square brackets dropped: a quote that reads "[Chris] Christie" names Chris Christie, and a mention that starts
     * inside the brackets would otherwise name him "Chris] Christie".
     */
    public static String clean(String name) {
        String unbracketed = name.indexOf('[') < 0 && name.indexOf(']') < 0 ? name
                : name.replace("[", "").replace("]", "");
        return stripPossessive(SPACES.matcher(unbracketed.strip()).replaceAll(" "));
    }

    /** "Macron's" names Macron. */
    public static String stripPossessive(String name) {
        String s = name.strip();
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            return s.substring(0, s.length() - 2);
        }
        return s.endsWith("'") || s.endsWith("\u2019") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * The name of an entity whose name mentions read {@code names}: the fullest of the names written often enough
     * (see {@link #MENTIONS_PER_SUPPORT}), by words and then by length, the most written on a tie. {@code current}
     * is kept when it is still one of the fullest, so a name does not change under the reader for nothing.
     * Names are {@link #clean cleaned}; {@code current} is returned when there are no names.
     */
    public static String choose(Collection<String> names, String current) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        for (String name : names) {
            String stripped = clean(name);
            if (stripped.isEmpty()) {
                continue;
            }
            String key = stripped.toLowerCase(Locale.ROOT);
            counts.merge(key, 1, Integer::sum);
            written.putIfAbsent(key, stripped);
        }
        if (counts.isEmpty()) {
            return current;
        }
        int needed = Math.max(1, names.size() / MENTIONS_PER_SUPPORT);
        String best = null;
        int fullest = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int words = words(e.getKey());
            if (e.getValue() >= needed && words > fullest) {
                fullest = words;
            }
        }
        if (fullest < 0) {
            // Nothing is written often enough (many names, each a few times): the fullest of them all.
            needed = 1;
            fullest = counts.keySet().stream().mapToInt(EntityNames::words).max().orElse(0);
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() < needed || words(e.getKey()) != fullest) {
                continue;
            }
            if (current != null && e.getKey().equals(clean(current).toLowerCase(Locale.ROOT))) {
                return written.get(e.getKey());
            }
            if (best == null || e.getKey().length() > best.length()
                    || (e.getKey().length() == best.length() && e.getValue() > counts.get(best))) {
                best = e.getKey();
            }
        }
        return written.get(best);
    }

    /** The words of a name; "J. K. Rowling" has three. */
    public static int words(String name) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean separator = Character.isWhitespace(c) || c == '.';
            if (!separator && !inWord) {
                words++;
            }
            inWord = !separator;
        }
        return words;
    }
}

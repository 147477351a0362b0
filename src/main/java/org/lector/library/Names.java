package org.lector.library;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.model.EntityNames;
import org.lector.model.EntityType;

/**
 * How names are compared across articles: "President Macron", "Emmanuel Macron" and "Macron's" come down to the
 * same words, so that they can be recognised as one person. Folding is case- and accent-blind; titles before a
 * person's name and generational suffixes after it are not part of it; a company's legal form is not part of its
 * name.
 */
public final class Names {

    /** Words that stand before a person's name as a title, not as part of it (folded, without dots). */
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir",
            "dame", "lord", "lady", "president", "vice", "prime", "minister", "sen", "senator", "rep",
            "representative", "congressman", "congresswoman", "gov", "governor", "gen", "general", "col", "colonel",
            "lt", "capt", "captain", "adm", "admiral", "sgt", "judge", "justice", "secretary", "mayor", "king",
            "queen", "prince", "princess", "pope", "rev", "reverend", "rabbi", "imam", "sheikh", "ambassador",
            "chancellor", "speaker", "commissioner", "chairman", "chairwoman", "former", "the", "candidate",
            "president-elect", "premier", "attorney", "detective", "officer", "st", "saint");
    static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq");
    static final Set<String> LEGAL_FORMS = Set.of("inc", "corp", "corporation", "ltd", "llc", "plc", "co", "ag",
            "sa", "gmbh", "nv", "company");
    /** Words an acronym skips ("Federal Bureau of Investigation" is FBI). */
    static final Set<String> ACRONYM_SKIPS = Set.of("of", "the", "and", "for", "on", "in", "&");

    private Names() {
    }

    /**
     * Lower case without accents, possessive, dots or quotation marks; apostrophes straightened; hyphens kept;
     * runs of spaces as one. "O’Malley’s" is "o'malley"; "U.S. Senate" is "us senate".
     */
    public static String fold(String name) {
        // One pass over the characters: the views fold every name of every article each time they open.
        String s = EntityNames.stripPossessive(name.replace('\u2019', '\''));
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (!ascii) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** Punctuation that separates the words of a name as a space does. */
    private static final String SEPARATORS = "\"\u201c\u201d\u2018,;:()[]";

    /** A person's name as words, without the titles before it and the suffixes after it. */
    static List<String> personWords(String name) {
        List<String> words = words(fold(name));
        while (words.size() > 1 && TITLES.contains(words.get(0))) {
            words.remove(0);
        }
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    /**
     * The key a person is recognised by: first and last name ("Hillary Rodham Clinton" and "Hillary Clinton" are
     * "hillary clinton"; "Donald J. Trump" is "donald trump"), or the one name an article gives ("clinton").
     * Empty when the name is only a title.
     */
    public static String personKey(String name) {
        List<String> words = personWords(name);
        if (words.isEmpty() || words.size() == 1 && TITLES.contains(words.get(0))) {
            return "";
        }
        return words.size() == 1 ? words.get(0) : words.get(0) + " " + words.get(words.size() - 1);
    }

    /** A person's name as written, without the titles before it: "President Emmanuel Macron" is "Emmanuel Macron". */
    public static String withoutTitles(String name) {
        String[] words = EntityNames.clean(name).split(" ");
        int first = 0;
        while (first < words.length - 1 && TITLES.contains(fold(words[first]))) {
            first++;
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(first, words.length));
    }

    /** The words of a folded name. */
    static List<String> words(String folded) {
        List<String> out = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= folded.length(); i++) {
            if (i == folded.length() || folded.charAt(i) == ' ') {
                if (i > start) {
                    out.add(folded.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** The last word of a person key: the surname a lone "Clinton" is matched against. */
    static String surname(String personKey) {
        int space = personKey.lastIndexOf(' ');
        return space < 0 ? personKey : personKey.substring(space + 1);
    }

    /** The key an organisation is recognised by: "The White House" is "white house", "Apple Inc." is "apple". */
    public static String organisationKey(String name) {
        List<String> words = words(fold(name));
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** The key of a name of the given type: persons by {@link #personKey}, every other type by organisation rules. */
    public static String key(EntityType type, String name) {
        return type == EntityType.PERSON ? personKey(name) : organisationKey(name);
    }

    /**
     * The family of a name key: the names whose identities can only be worked out together. A person's surname
     * ("person:clinton" for "hillary clinton" and a lone "clinton"), an organisation's acronym ("organization:fbi" for
     * "federal bureau of investigation" and "fbi"), else the organisation's own key. A lone surname or acronym only
     * ever joins an identity of its own family, so an article's change touches the identities of its families only.
     */
    public static String family(EntityType type, String key) {
        if (type == EntityType.PERSON) {
            return "person:" + surname(key);
        }
        String acronym = acronym(key);
        return "organization:" + (acronym.isEmpty() ? key : acronym);
    }

    /**
     * The acronym of a multi-word organisation key ("federal bureau of investigation" is "fbi"), or empty for a
     * one-word name.
     */
    static String acronym(String organisationKey) {
        String[] words = organisationKey.split(" ");
        if (words.length < 2) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && !ACRONYM_SKIPS.contains(w)) {
                b.append(w.charAt(0));
            }
        }
        return b.length() < 2 ? "" : b.toString();
    }
}

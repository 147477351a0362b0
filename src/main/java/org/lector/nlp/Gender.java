package org.lector.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A person's grammatical gender as far as the text lets one tell it, for matching "he" and "she" to the right
 * person: from the first name (CoreNLP's name list, {@code namegender.combine.txt}, 14,600 first names), an
 * honorific ("Mrs.") or a gendered title ("congresswoman"). Unknown is compatible with both pronouns.
 */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** CoreNLP's first-name list, shipped in the slim models jar (see the pom). */
    static final String NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    private static final Set<String> MALE_WORDS = Set.of("mr", "mr.", "sir", "lord", "king", "prince", "father",
            "brother", "son", "husband", "congressman", "spokesman", "chairman", "businessman", "councilman",
            "assemblyman", "uncle", "grandfather", "pope", "duke", "baron", "emperor");
    private static final Set<String> FEMALE_WORDS = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady",
            "queen", "princess", "mother", "sister", "daughter", "wife", "congresswoman", "spokeswoman",
            "chairwoman", "businesswoman", "councilwoman", "assemblywoman", "aunt", "grandmother", "duchess",
            "baroness", "empress", "madam", "madame");

    private static volatile Map<String, Gender> firstNames;

    /** The gender a pronoun asks for: he/him/his/himself male, she/her/hers/herself female, else unknown. */
    static Gender ofPronoun(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his", "himself" -> MALE;
            case "she", "her", "hers", "herself" -> FEMALE;
            default -> UNKNOWN;
        };
    }

    /** The gender a word before or inside a name gives away ("Mrs.", "congresswoman"), else unknown. */
    static Gender ofWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (MALE_WORDS.contains(w)) {
            return MALE;
        }
        return FEMALE_WORDS.contains(w) ? FEMALE : UNKNOWN;
    }

    /** The gender of a first name, else unknown (also when the name list is not on the class path). */
    static Gender ofFirstName(String name) {
        return names().getOrDefault(name.toLowerCase(Locale.ROOT), UNKNOWN);
    }

    /** Whether a person of this gender can be called by a pronoun asking for {@code wanted}. */
    boolean fits(Gender wanted) {
        return this == UNKNOWN || wanted == UNKNOWN || this == wanted;
    }

    private static Map<String, Gender> names() {
        Map<String, Gender> m = firstNames;
        if (m == null) {
            m = load();
            firstNames = m;
        }
        return m;
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> m = new HashMap<>();
        InputStream in = Gender.class.getClassLoader().getResourceAsStream(NAMES);
        if (in == null) {
            return m;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String g = line.substring(tab + 1).trim();
                Gender gender = g.equals("MALE") ? MALE : g.equals("FEMALE") ? FEMALE : UNKNOWN;
                // A name listed both ways (or neutral) tells nothing.
                m.merge(line.substring(0, tab).trim().toLowerCase(Locale.ROOT), gender,
                        (a, b) -> a == b ? a : UNKNOWN);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}

package org.lector.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;

/**
 * Tier 1 rules over CoreNLP's names: Lector's types, pronoun and nominal mentions, noise removal and
 * document-level type consistency.
 */
final class MentionFinder {

    private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers",
            "herself");
    /** SUTime reads these as dates; for a reader they are noise. */
    private static final Set<String> DATE_NOISE = Set.of("PRESENT_REF", "PAST_REF", "FUTURE_REF");
    private static final Set<String> DATE_NOISE_WORDS = Set.of("now", "once", "future", "currently", "recently",
            "the future", "the past", "past", "present", "later", "earlier", "soon", "then");
    /**
     * Words that glued damage leaves on the end of a name ("Turkeywill", "Arabiaover"). Not "is": "Pakistanis",
     * "Israelis" and "Bangladeshis" are peoples, not a country glued to "is".
     */
    private static final List<String> GLUED_TAILS = List.of("will", "would", "over", "from", "with", "and",
            "the", "has", "had", "was", "to", "in", "of");

    private MentionFinder() {
    }

    /** Lector's family for a CoreNLP fine-grained tag, or null to drop the mention. */
    static EntityType typeOf(String tag) {
        return switch (tag) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.PLACE;
            case "NATIONALITY", "RELIGION", "IDEOLOGY" -> EntityType.GROUP;
            case "TITLE" -> EntityType.TITLE;
            case "MONEY" -> EntityType.MONEY;
            case "NUMBER", "PERCENT", "ORDINAL" -> EntityType.QUANTITY;
            case "DATE", "TIME", "DURATION", "SET" -> EntityType.DATE;
            case "MISC", "URL", "EMAIL" -> EntityType.MISC;
            // CAUSE_OF_DEATH ("war", "attacks"), CRIMINAL_CHARGE, HANDLE: noise in news text.
            default -> null;
        };
    }

    static List<Mention> find(String text, TextLayer layer) {
        List<Mention> out = new ArrayList<>();
        List<TextLayer.Tok> toks = layer.tokens();
        for (TextLayer.RawMention r : layer.names()) {
            EntityType type = typeOf(r.tag());
            if (type == null) {
                continue;
            }
            String surface = text.substring(r.start(), r.end());
            if (type == EntityType.DATE && (DATE_NOISE.contains(r.normalized())
                    || DATE_NOISE_WORDS.contains(surface.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            if (r.endToken() - r.firstToken() == 1 && PRONOUNS.contains(surface.toLowerCase(Locale.ROOT))) {
                continue; // re-added below as a pronoun
            }
            if (numbersAHeading(text, r.start(), r.end())) {
                continue;
            }
            Mention m = new Mention(r.start(), r.end(), surface, type, r.tag(), MentionForm.NAME, r.firstToken(),
                    r.endToken(), r.normalized(), r.confidence());
            out.add(repairGlued(m, toks));
        }
        for (TextLayer.Tok t : toks) {
            if (PRONOUNS.contains(t.lower()) && t.pos().startsWith("PRP")) {
                out.add(new Mention(t.start(), t.end(), t.word(), EntityType.PERSON, "PRONOUN", MentionForm.PRONOUN,
                        t.index(), t.index() + 1, "", 0.8));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        out = gluedPlaces(text, out, toks);
        out = completeAbbreviations(text, out);
        out = joinSplitPlaces(text, out);
        out = addNominals(text, out, toks);
        out = harmonize(out, toks, text);
        out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return out;
    }

    private static final java.util.regex.Pattern ROMAN_NUMERAL = java.util.regex.Pattern.compile(
            "(?=[MDCLXVI])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})");
    private static final java.util.regex.Pattern HEADING_WORD = java.util.regex.Pattern.compile(
            "(?i)(chapter|book|part|volume|section|act|scene|canto|letter)");

    /**
     * Whether {@code text[start, end)} is the Roman numeral of a heading: "CHAPTER VIII", "Part IV: ...", or a
     * numeral on a line of its own. The CRF reads such a numeral as a name ("VIII" as a person, seventeen times
     * in a novel); a numeral inside a name ("Henry VIII") is part of a longer mention and stays.
     */
    static boolean numbersAHeading(String text, int start, int end) {
        int numeralEnd = end > start && text.charAt(end - 1) == '.' ? end - 1 : end; // the tokenizer's "IV."
        if (!ROMAN_NUMERAL.matcher(text).region(start, numeralEnd).matches()) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        String before = text.substring(lineStart, start).strip();
        String after = text.substring(end, lineEnd < 0 ? text.length() : lineEnd).strip();
        return (before.isEmpty() || HEADING_WORD.matcher(before).matches())
                && (after.isEmpty() || ".:-\u2013\u2014".indexOf(after.charAt(0)) >= 0);
    }

    /** An initialism with inner periods whose last period the tokenizer gave to the sentence ("U.S", "D.C"). */
    private static final java.util.regex.Pattern INITIALISM =
            java.util.regex.Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    /**
     * At the end of a sentence the tokenizer reads "U.S." as "U.S" plus a full stop, so the name loses its last
     * period. Give it back: the reader sees "U.S." highlighted, and the name compares equal to its other mentions.
     */
    static List<Mention> completeAbbreviations(String text, List<Mention> ms) {
        List<Mention> out = new ArrayList<>(ms.size());
        for (Mention m : ms) {
            if (m.form() == MentionForm.NAME && m.end() < text.length() && text.charAt(m.end()) == '.') {
                String last = m.text().substring(m.text().lastIndexOf(' ') + 1);
                if (INITIALISM.matcher(last).matches()) {
                    m = new Mention(m.start(), m.end() + 1, m.text() + ".", m.type(), m.subtype(), m.form(),
                            m.firstToken(), m.endToken(), m.normalized(), m.confidence());
                }
            }
            out.add(m);
        }
        return out;
    }

    /**
     * CoreNLP cuts a place name where its fine tags change: "North America" comes out as "North" (LOCATION) and
     * "America" (COUNTRY), "Mexico City" and "Washington D.C." likewise. Two place names with nothing but one
     * space between them are one place. A comma keeps them apart ("Paris, France").
     */
    static List<Mention> joinSplitPlaces(String text, List<Mention> ms) {
        List<Mention> out = new ArrayList<>(ms.size());
        for (Mention m : ms) {
            Mention prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.type() == EntityType.PLACE && m.type() == EntityType.PLACE
                    && prev.form() == MentionForm.NAME && m.form() == MentionForm.NAME
                    && m.start() == prev.end() + 1 && text.charAt(prev.end()) == ' '
                    && prev.endToken() == m.firstToken()) {
                String subtype = prev.subtype().equals(m.subtype()) ? m.subtype() : "LOCATION";
                out.set(out.size() - 1, new Mention(prev.start(), m.end(), text.substring(prev.start(), m.end()),
                        EntityType.PLACE, subtype, MentionForm.NAME, prev.firstToken(), m.endToken(), "",
                        Math.min(prev.confidence(), m.confidence())));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Damaged text glues a function word onto a name; CoreNLP then tags "Turkeywill" as a person. Shrink such a
     * one-token name to its capitalized head, and do not trust the type of a name it could not read.
     */
    private static Mention repairGlued(Mention m, List<TextLayer.Tok> toks) {
        if (m.form() != MentionForm.NAME || m.text().length() < 6) {
            return m;
        }
        String last = toks.get(m.endToken() - 1).word();
        for (String tail : GLUED_TAILS) {
            if (last.length() > tail.length() + 2 && last.endsWith(tail)
                    && Character.isLowerCase(last.charAt(last.length() - tail.length() - 1))
                    && !last.substring(0, last.length() - tail.length()).chars().allMatch(Character::isUpperCase)) {
                String head = m.text().substring(0, m.text().length() - tail.length());
                // The CRF typed a word it never saw; a gazetteer that knows the name without the tail types it.
                String place = PlaceNames.tagOf(head.replaceAll("\\s+", " "));
                if (place == null && !isGluedDamage(last, tail)) {
                    continue;
                }
                EntityType type = place == null ? m.type() : typeOf(place);
                return new Mention(m.start(), m.end() - tail.length(), head, type, place == null ? m.subtype() : place,
                        m.form(), m.firstToken(), m.endToken(), m.normalized(), Math.min(m.confidence(), 0.5));
            }
        }
        return m;
    }

    /**
     * A place the CRF left untagged because damage glued a word to it: "Saudi Arabiaover" (CoreNLP tags "Saudi" a
     * nationality and gives up on "Arabiaover"). A capitalized token that ends in a {@link #GLUED_TAILS glued
     * word} is a place when the gazetteers know its head, alone or after the name just before it.
     */
    static List<Mention> gluedPlaces(String text, List<Mention> ms, List<TextLayer.Tok> toks) {
        Mention[] byEnd = new Mention[toks.size() + 1];
        boolean[] covered = new boolean[toks.size()];
        for (Mention m : ms) {
            if (m.form() == MentionForm.NAME && m.endToken() <= toks.size()) {
                byEnd[m.endToken()] = m;
            }
            for (int t = m.firstToken(); t < m.endToken() && t < covered.length; t++) {
                covered[t] = true;
            }
        }
        List<Mention> out = new ArrayList<>(ms);
        for (TextLayer.Tok t : toks) {
            String word = t.word();
            if (covered[t.index()] || word.length() < 5 || !Character.isUpperCase(word.charAt(0))) {
                continue;
            }
            for (String tail : GLUED_TAILS) {
                if (word.length() <= tail.length() + 2 || !word.endsWith(tail)
                        || !Character.isLowerCase(word.charAt(word.length() - tail.length() - 1))) {
                    continue;
                }
                String head = word.substring(0, word.length() - tail.length());
                int headEnd = t.start() + head.length();
                Mention before = byEnd[t.index()];
                String joined = before == null ? null : text.substring(before.start(), headEnd);
                String tag = joined != null && joined.equals(before.text() + " " + head)
                        ? PlaceNames.tagOf(joined) : null;
                if (tag != null && typeOf(tag) != null) {
                    out.remove(before);
                    out.add(new Mention(before.start(), headEnd, joined, typeOf(tag), tag, MentionForm.NAME,
                            before.firstToken(), t.index() + 1, "", 0.5));
                    break;
                }
                tag = PlaceNames.tagOf(head);
                if (tag != null && typeOf(tag) != null) {
                    out.add(new Mention(t.start(), headEnd, head, typeOf(tag), tag, MentionForm.NAME, t.index(),
                            t.index() + 1, "", 0.5));
                    break;
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** Only known damage shapes: a capitalized word whose rest plus the tail makes no word ending we know. */
    private static boolean isGluedDamage(String word, String tail) {
        if (!Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String head = word.substring(0, word.length() - tail.length()).toLowerCase(Locale.ROOT);
        // "Washington", "Boston", "Hamilton" end in "ton"/"on": a real name, not "Washing"+"ton".
        return switch (tail) {
            case "to", "in", "of", "the", "and" -> false;
            default -> head.length() >= 4 && (head.endsWith("y") || head.endsWith("a") || head.endsWith("e")
                    || head.endsWith("s") || head.endsWith("n") || head.endsWith("k"));
        };
    }

    /**
     * One-word job titles of CoreNLP's caseless gazetteer that are first of all things ("tanker", "loader",
     * "scanner"): CoreNLP's own animacy lists call them inanimate and never animate. Alone they make no person;
     * the list is generated by {@code bench/lexicons/object-titles.py}.
     */
    private static final Set<String> OBJECT_TITLES = objectTitles();

    private static Set<String> objectTitles() {
        java.io.InputStream in = MentionFinder.class.getClassLoader().getResourceAsStream("org/lector/nlp/object-titles.txt");
        if (in == null) {
            throw new IllegalStateException("org/lector/nlp/object-titles.txt is missing from the class path");
        }
        try (java.io.BufferedReader r = new java.io.BufferedReader(
                new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            Set<String> out = new HashSet<>();
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> out.add(l.strip()));
            return Set.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * "the French president", "the prime minister": a determiner, optional group or place, and a title not
     * followed by a name. It is a person by nominal; the inner group and title mentions are folded into it. A title
     * that is one word naming a thing ({@link #OBJECT_TITLES}: "the tanker") makes none.
     */
    static List<Mention> addNominals(String text, List<Mention> ms, List<TextLayer.Tok> toks) {
        List<Mention> out = new ArrayList<>(ms);
        for (int i = 0; i < ms.size(); i++) {
            Mention title = ms.get(i);
            if (title.type() != EntityType.TITLE) {
                continue;
            }
            int first = title.firstToken();
            int j = i - 1;
            List<Mention> inner = new ArrayList<>(List.of(title));
            if (j >= 0 && ms.get(j).endToken() == first && (ms.get(j).type() == EntityType.GROUP
                    || ms.get(j).type() == EntityType.PLACE || ms.get(j).type() == EntityType.ORGANIZATION)) {
                inner.add(ms.get(j));
                first = ms.get(j).firstToken();
            }
            if (first == 0) {
                continue;
            }
            TextLayer.Tok det = toks.get(first - 1);
            boolean determiner = det.lower().equals("the") || det.lower().equals("a") || det.lower().equals("an")
                    || det.pos().equals("PRP$");
            boolean nameFollows = title.endToken() < toks.size()
                    && ms.stream().anyMatch(m -> m.firstToken() == title.endToken()
                    && m.type() == EntityType.PERSON && m.form() == MentionForm.NAME);
            boolean capitalizedFollows = title.endToken() < toks.size()
                    && toks.get(title.endToken()).pos().startsWith("NNP");
            if (!determiner || nameFollows || capitalizedFollows || !det.lower().equals("the")
                    || title.endToken() - title.firstToken() == 1 && OBJECT_TITLES.contains(title.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.removeAll(inner);
            out.add(new Mention(det.start(), title.end(), text.substring(det.start(), title.end()), EntityType.PERSON,
                    "TITLE", MentionForm.NOMINAL, det.index(), title.endToken(), "", 0.7));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * Document-level consistency: one surface form gets one type (the majority; PERSON wins ties, because the
     * CRF's slips are mostly persons read as organizations). A person's surname alone is that person, and
     * untagged occurrences of a known surname are added.
     */
    private static List<Mention> harmonize(List<Mention> ms, List<TextLayer.Tok> toks, String text) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        Set<String> surnames = new HashSet<>();
        for (Mention m : ms) {
            if (m.form() != MentionForm.NAME || !isNameType(m.type())) {
                continue;
            }
            votes.computeIfAbsent(key(m.text()), k -> new HashMap<>()).merge(m.type(), 1, Integer::sum);
            if (m.type() == EntityType.PERSON && m.endToken() - m.firstToken() >= 2) {
                surnames.add(key(toks.get(m.endToken() - 1).word()));
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : ms) {
            if (m.form() != MentionForm.NAME || !isNameType(m.type())) {
                out.add(m);
                continue;
            }
            String k = key(m.text());
            EntityType best = surnames.contains(k) ? EntityType.PERSON : majority(votes.get(k));
            out.add(best == m.type() ? m : m.withType(best, Math.min(m.confidence(), 0.7)));
        }
        // Untagged occurrences of a known person's surname ("Macron" where the CRF missed it).
        boolean[] covered = new boolean[toks.size()];
        for (Mention m : out) {
            for (int t = m.firstToken(); t < m.endToken() && t < covered.length; t++) {
                covered[t] = true;
            }
        }
        for (TextLayer.Tok t : toks) {
            if (!covered[t.index()] && t.pos().startsWith("NNP") && surnames.contains(key(t.word()))) {
                out.add(new Mention(t.start(), t.end(), t.word(), EntityType.PERSON, "PERSON", MentionForm.NAME,
                        t.index(), t.index() + 1, "", 0.6));
                covered[t.index()] = true;
            }
        }
        out.addAll(propagateNames(out, toks, text, covered));
        return out;
    }

    /**
     * The CRF reads each sentence on its own, so a name it found in one sentence ("Twitter") can go untagged in
     * the next. An article names the same thing the same way: an untagged run of tokens spelled exactly like a
     * name found elsewhere in the document (same case, starting with a capital) is that name, with its type.
     */
    private static List<Mention> propagateNames(List<Mention> ms, List<TextLayer.Tok> toks, String text,
                                                boolean[] covered) {
        Map<String, Mention> known = new HashMap<>();
        int longest = 0;
        for (Mention m : ms) {
            int n = m.endToken() - m.firstToken();
            if (m.form() == MentionForm.NAME && isNameType(m.type()) && m.type() != EntityType.MISC && n <= 6
                    && m.text().length() >= 3 && Character.isUpperCase(m.text().charAt(0))) {
                known.putIfAbsent(words(toks, m.firstToken(), m.endToken()), m);
                longest = Math.max(longest, n);
            }
        }
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            if (covered[i] || !Character.isUpperCase(toks.get(i).word().charAt(0))) {
                continue;
            }
            for (int n = Math.min(longest, toks.size() - i); n >= 1; n--) {
                int end = i + n;
                if (covered[end - 1] || toks.get(end - 1).sentence() != toks.get(i).sentence()) {
                    continue;
                }
                Mention m = known.get(words(toks, i, end));
                // The run must be a whole name here too: not the front of a longer capitalized name.
                boolean longer = end < toks.size() && toks.get(end).pos().startsWith("NNP")
                        || i > 0 && !covered[i - 1] && toks.get(i - 1).pos().startsWith("NNP")
                        && toks.get(i - 1).sentence() == toks.get(i).sentence();
                if (m != null && !longer && !anyCovered(covered, i, end)) {
                    int s = toks.get(i).start();
                    int e = toks.get(end - 1).end();
                    added.add(new Mention(s, e, text.substring(s, e), m.type(), m.subtype(), MentionForm.NAME, i, end,
                            "", 0.6));
                    for (int t = i; t < end; t++) {
                        covered[t] = true;
                    }
                    i = end - 1;
                    break;
                }
            }
        }
        // A possessive whose apostrophe the text lost: "Kyivs defences", "Ukraines allies" name Kyiv and Ukraine.
        // Places only: "Polaroids" are photographs and "Fords" cars, not the companies' possessives.
        for (TextLayer.Tok t : toks) {
            String word = t.word();
            if (covered[t.index()] || word.length() < 5 || !word.endsWith("s") || !t.pos().startsWith("NNP")
                    || known.containsKey(word + " ")) {
                continue;
            }
            Mention m = known.get(word.substring(0, word.length() - 1) + " ");
            if (m != null && m.endToken() - m.firstToken() == 1 && m.type() == EntityType.PLACE) {
                added.add(new Mention(t.start(), t.end() - 1, word.substring(0, word.length() - 1), m.type(),
                        m.subtype(), MentionForm.NAME, t.index(), t.index() + 1, "", 0.5));
                covered[t.index()] = true;
            }
        }
        return added;
    }

    private static boolean anyCovered(boolean[] covered, int from, int to) {
        for (int t = from; t < to; t++) {
            if (covered[t]) {
                return true;
            }
        }
        return false;
    }

    private static String words(List<TextLayer.Tok> toks, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int t = from; t < to; t++) {
            b.append(toks.get(t).word()).append(' ');
        }
        return b.toString();
    }

    private static boolean isNameType(EntityType t) {
        return t == EntityType.PERSON || t == EntityType.ORGANIZATION || t == EntityType.PLACE
                || t == EntityType.MISC;
    }

    private static EntityType majority(Map<EntityType, Integer> v) {
        EntityType best = null;
        int n = -1;
        for (EntityType t : List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE, EntityType.MISC)) {
            int c = v.getOrDefault(t, 0);
            if (c > n) {
                best = t;
                n = c;
            }
        }
        return best;
    }

    /** The comparison key of a name: lower case, no possessive, no leading "the". */
    static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").trim();
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        return k;
    }
}

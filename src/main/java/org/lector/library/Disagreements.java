package org.lector.library;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lector.model.Fact;
import org.lector.model.Quantity;

/**
 * Where the articles stating a claim disagree. Two facts of a group, from different articles, that speak of the
 * same thing (their objects share at least {@link #SAME_THING} of their content words) in a compatible context
 * (when both name capitalised places, events or parties, they share one) disagree when
 * <ul>
 *   <li>each states one quantity of a unit, and the values differ ("3,000 troops" and "5,000 troops"), both can be
 *       placed in time (a date in the fact or of the article), what is counted is the same (the objects share
 *       {@link #SAME_THING} of their words other than the quantities'), and they are not about different times
 *       (both have a date, and the dates differ, or their articles are more than {@link #SAME_NEWS_DAYS} days apart
 *       and neither says when);</li>
 *   <li>both give a day, and the days differ by less than a week ("on Thursday" and "on Friday" of the same
 *       week); days further apart are different events, not a disagreement.</li>
 * </ul>
 *
 * <p>{@link Claims} groups the facts; this class judges each group's pairs.
 */
final class Disagreements {

    /** Share of content words two objects need in common to speak of the same thing. */
    static final double SAME_THING = 0.3;
    /** Articles further apart than this, with no date in their facts, report different news. */
    static final int SAME_NEWS_DAYS = 30;
    /** Two days closer than this are one event told two ways. */
    static final int SAME_WEEK_DAYS = 7;

    /** Days and months: when a fact happened is compared by its time, not as the place it is about. */
    static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december");

    private Disagreements() {
    }

    /**
     * What a claim is compared by, worked out once per claim rather than once per pair.
     *
     * @param about the content words of its object without the words of its quantities: what is counted
     * @param names the capitalised words of its object after the first: the places, events and parties it is about
     */
    private record Compared(Claim claim, Set<String> words, Set<String> about, Set<String> names, LocalDate day,
            Map<String, List<Quantity>> units) {

        static Compared of(Claim c, Map<Claim, Set<String>> words) {
            Set<String> about = new HashSet<>(words.get(c));
            for (Quantity q : c.fact().quantities()) {
                Claims.contentWords(q.text()).forEach(about::remove);
                Claims.contentWords(q.unit()).forEach(about::remove);
            }
            Set<String> names = Disagreements.names(Claims.withoutAttribution(c.fact().object()));
            return new Compared(c, words.get(c), about, names, Disagreements.day(c.fact()),
                    byUnit(c.fact().quantities()));
        }

        boolean comparable() {
            return day != null || !units.isEmpty();
        }
    }

    /**
     * The disagreements among the claims of one group, every pair compared once.
     *
     * @param words each claim's content words of its object, without its closing attribution
     */
    static List<ClaimGroup.Disagreement> among(List<Claim> claims, Map<Claim, Set<String>> words) {
        // Only claims with a day or a counted quantity can disagree: most facts have neither, so the pairs are few.
        List<Compared> candidates = claims.stream().map(c -> Compared.of(c, words)).filter(Compared::comparable)
                .toList();
        List<ClaimGroup.Disagreement> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = i + 1; j < candidates.size(); j++) {
                Compared a = candidates.get(i);
                Compared b = candidates.get(j);
                if (a.claim.article().documentId() == b.claim.article().documentId()
                        || Claims.overlap(a.words, b.words) < SAME_THING || otherContext(a, b)) {
                    continue;
                }
                ClaimGroup.Disagreement d = dates(a, b);
                if (d == null) {
                    d = quantities(a, b);
                }
                if (d != null) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    private static ClaimGroup.Disagreement dates(Compared a, Compared b) {
        LocalDate x = a.day;
        LocalDate y = b.day;
        if (x == null || y == null || x.equals(y) || Math.abs(ChronoUnit.DAYS.between(x, y)) >= SAME_WEEK_DAYS) {
            return null;
        }
        return new ClaimGroup.Disagreement(ClaimGroup.Disagreement.Kind.DATE, a.claim, b.claim,
                dateShown(a.claim.fact(), x), dateShown(b.claim.fact(), y));
    }

    /**
     * Whether two facts are about different things though their words overlap: both name places, events or parties
     * and none in common ("won 45 delegates in Nevada" and "won 20 delegates in South Carolina").
     */
    private static boolean otherContext(Compared a, Compared b) {
        if (a.names.isEmpty() || b.names.isEmpty()) {
            return false;
        }
        return a.names.stream().noneMatch(b.names::contains);
    }


    /** The folded capitalised words of a phrase after its first word, days and months left out. */
    private static Set<String> names(String phrase) {
        Set<String> out = new HashSet<>();
        String[] words = Claims.NOT_A_WORD_CHAR.split(phrase.strip());
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !Claims.STOPWORDS.contains(Names.fold(w))
                    && !CALENDAR.contains(Names.fold(w))) {
                out.add(Names.fold(w));
            }
        }
        return out;
    }

    private static ClaimGroup.Disagreement quantities(Compared a, Compared b) {
        Map<String, List<Quantity>> xs = a.units;
        Map<String, List<Quantity>> ys = b.units;
        if (xs.isEmpty() || ys.isEmpty() || !placedInTime(a.claim) || !placedInTime(b.claim)
                || differentTimes(a.claim, b.claim) || Claims.overlap(a.about, b.about) < SAME_THING) {
            return null;
        }
        for (Map.Entry<String, List<Quantity>> e : xs.entrySet()) {
            List<Quantity> other = ys.get(e.getKey());
            // One number each: "334 of the 865 delegates" or "56 percent to 32 percent" compare parts, not a count.
            if (other == null || distinctValues(e.getValue()) != 1 || distinctValues(other) != 1) {
                continue;
            }
            boolean shared = e.getValue().stream().anyMatch(q -> other.stream()
                    .anyMatch(o -> q.value().compareTo(o.value()) == 0));
            if (!shared) {
                return new ClaimGroup.Disagreement(ClaimGroup.Disagreement.Kind.QUANTITY, a.claim, b.claim,
                        written(e.getValue()), written(other));
            }
        }
        return null;
    }

    private static long distinctValues(List<Quantity> quantities) {
        return quantities.stream().map(q -> q.value().stripTrailingZeros()).distinct().count();
    }

    /**
     * Whether a fact can be placed in time: it says when, or its article has a date of its own. Counts change (the
     * delegates won so far, a poll's figures), so two numbers from articles of unknown dates are not a disagreement.
     */
    private static boolean placedInTime(Claim c) {
        return c.fact().time() != null && !c.fact().time().value().isEmpty() || c.article().date() != null;
    }

    /**
     * Whether the two facts are about different times, so different numbers need not disagree: both say when and
     * say different things, or they happened more than {@link #SAME_NEWS_DAYS} apart (a fact that does not say when
     * happened about when its article was written).
     */
    private static boolean differentTimes(Claim a, Claim b) {
        String x = a.fact().time() == null ? "" : a.fact().time().value();
        String y = b.fact().time() == null ? "" : b.fact().time().value();
        if (!x.isEmpty() && !y.isEmpty() && !x.equals(y)) {
            return true;
        }
        return Math.abs(ChronoUnit.DAYS.between(when(a, x), when(b, y))) > SAME_NEWS_DAYS;
    }

    /** The day a claim's time names, the first day of the month or year it names, else its article's day. */
    private static LocalDate when(Claim c, String value) {
        try {
            if (value.length() >= 10) {
                return LocalDate.parse(value.substring(0, 10));
            }
            if (value.length() == 7) {
                return LocalDate.parse(value + "-01");
            }
            if (value.length() == 4) {
                return LocalDate.parse(value + "-01-01");
            }
        } catch (DateTimeParseException e) {
            // a partial value ("XXXX-10") says no year: the article's day is the best guess
        }
        return c.article().seen();
    }

    private static Map<String, List<Quantity>> byUnit(List<Quantity> quantities) {
        Map<String, List<Quantity>> out = new LinkedHashMap<>();
        for (Quantity q : quantities) {
            String unit = q.unit().toLowerCase(Locale.ROOT).strip();
            if (!unit.isEmpty() && q.value().compareTo(BigDecimal.ZERO) != 0) {
                out.computeIfAbsent(unit, u -> new ArrayList<>()).add(q);
            }
        }
        return out;
    }

    private static String written(List<Quantity> quantities) {
        return String.join(", ", quantities.stream().map(Quantity::text).toList());
    }

    /** The day a fact's time names, when it names one day. */
    static LocalDate day(Fact f) {
        if (f.time() == null || f.time().value().length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(f.time().value().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null; // "XXXX-10-13" and other partial values name no day
        }
    }

    private static String dateShown(Fact f, LocalDate day) {
        return f.time().text() + " (" + day + ")";
    }
}

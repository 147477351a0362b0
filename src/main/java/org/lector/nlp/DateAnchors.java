package org.lector.nlp;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;

/**
 * Date values that need the document around a mention, which SUTime reads one expression at a time. News refers
 * back: "the previous year", "the same period last year" and "the entire year" take their year from the date the
 * text last named, not from the article's date; a month named with a verb in the past ("plans announced in
 * January") lies before the article's date whatever a modal later in the sentence says. Some forms SUTime leaves
 * unresolved or unfound ("the final quarter of 2009", "the 70s") are read here, and a date it glued to an offset
 * after a comma ("November 11, three days later") is cut in two, and a month's name in lower case ("the protest
 * march") is no date. The mentions keep SUTime's values everywhere
 * else; {@link Timex} then cleans every value into TIMEX3 form.
 */
final class DateAnchors {

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** A month, perhaps with its day, and no year: SUTime picks the year. */
    private static final Pattern BARE_MONTH = Pattern.compile(MONTH + "(?: \\d{1,2}(?:st|nd|rd|th)?)?");
    /** SUTime's value for a month or a day of it. */
    private static final Pattern MONTH_WORD = Pattern.compile(MONTH);
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");
    private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d{2})(-\\d{2})?");
    /** A date the text names, which later references take their year or period from. */
    private static final Pattern POINT = Pattern.compile("(\\d{4})(-(?:\\d{2}(?:-\\d{2})?|Q[1-4]|H[12]|W\\d{2}))?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern PART_OF_YEAR = Pattern.compile(
            "(?:the )?(first|second|third|fourth|final|last|1st|2nd|3rd|4th) (quarter|half) of (\\d{4})");
    private static final Pattern PREVIOUS_YEAR = Pattern.compile(
            "the (?:previous|prior|preceding) year|the year (?:previous|before|earlier|prior)");
    private static final Pattern THE_YEAR = Pattern.compile("the (?:entire |whole |full )?year");
    private static final Pattern YEAR_BACK = Pattern.compile(
            "(?:the same \\w+ )?(?:last year|a year (?:ago|earlier|before)|the (?:previous|prior) year)");
    private static final Pattern DECADE_VALUE = Pattern.compile("(\\d{3})X|(\\d{2})XX");
    private static final Pattern SHORT_DECADE = Pattern.compile("'?([2-9])0'?s");
    /** An offset glued after a comma to the date it counts from. */
    private static final Pattern OFFSET = Pattern.compile(".+ (?:later|earlier|after|before|ago)");
    private static final Set<String> AFTER_YEAR = Set.of("previous", "before", "earlier", "prior");
    private static final Set<String> SAME_UNITS = Set.of("month", "period", "quarter", "week", "day", "time",
            "season");
    private static final Set<String> ANAPHORS = Set.of("time", "date", "day");
    private static final Set<String> MODALS = Set.of("will", "would", "should", "shall", "could", "can", "may",
            "might", "must", "'ll");

    private DateAnchors() {
    }

    /**
     * {@code mentions} (in text order) with the date mentions re-read in their document, dated {@code date}
     * (null when the article has none).
     */
    static List<Mention> resolve(String text, TextLayer layer, List<Mention> mentions, LocalDate date) {
        List<TextLayer.Tok> toks = layer.tokens();
        List<Mention> cut = new ArrayList<>(mentions.size() + 4);
        for (Mention m : mentions) {
            if (m.type() == EntityType.DATE && m.text().equals(m.text().toLowerCase(Locale.ROOT))
                    && MONTH_WORD.matcher(m.text()).matches()) {
                continue; // "the protest march", "she may": a month's name is written with a capital
            }
            if (m.type() == EntityType.DATE) {
                cutOffset(text, toks, m, date, cut);
            } else {
                cut.add(m);
            }
        }
        List<Mention> out = new ArrayList<>(cut.size() + 4);
        String ref = date == null ? null : date.toString();
        int next = 0;
        for (Mention m : cut) {
            if (m.type() != EntityType.DATE) {
                out.add(m);
                continue;
            }
            next = addFound(text, toks, next, m.firstToken(), ref, out);
            Mention r = reread(text, toks, m, ref, date);
            out.add(r);
            next = r.endToken();
            if (POINT.matcher(r.normalized()).matches()) {
                ref = r.normalized();
            }
        }
        addFound(text, toks, next, toks.size(), ref, out);
        out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return out;
    }

    /** A date glued to an offset after a comma ("November 11, three days later") as two mentions. */
    private static void cutOffset(String text, List<TextLayer.Tok> toks, Mention m, LocalDate date,
                                  List<Mention> out) {
        for (int i = m.firstToken() + 1; i < m.endToken() - 1; i++) {
            if (!toks.get(i).word().equals(",")) {
                continue;
            }
            String head = text.substring(m.start(), toks.get(i).start()).toLowerCase(Locale.ROOT);
            String tail = text.substring(toks.get(i + 1).start(), m.end()).toLowerCase(Locale.ROOT);
            if (date != null && BARE_MONTH.matcher(head).matches() && OFFSET.matcher(tail).matches()) {
                String value = monthValue(head, date.getYear());
                out.add(span(text, m, m.firstToken(), i, toks, value == null ? "" : value));
                out.add(span(text, m, i + 1, m.endToken(), toks, m.normalized()));
                return;
            }
        }
        out.add(m);
    }

    /** The value of "November 11" or "November" (a {@link #BARE_MONTH}) in {@code year}, or null. */
    private static String monthValue(String head, int year) {
        String name = head.substring(0, 3);
        for (int month = 1; month <= 12; month++) {
            if (!Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT)
                    .startsWith(name)) {
                continue;
            }
            Matcher d = DAY.matcher(head);
            if (!d.find()) {
                return YearMonth.of(year, month).toString();
            }
            int day = Integer.parseInt(d.group());
            return day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()
                    ? LocalDate.of(year, month, day).toString() : null;
        }
        return null;
    }

    /** {@code m} with its value read against the date named before it ({@code ref}) and the article's. */
    private static Mention reread(String text, List<TextLayer.Tok> toks, Mention m, String ref, LocalDate date) {
        String lower = m.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String value = m.normalized();
        Matcher part = PART_OF_YEAR.matcher(lower);
        if (part.matches()) {
            return with(m, partOfYear(part));
        }
        Matcher decade = DECADE_VALUE.matcher(value);
        if (decade.matches()) {
            return with(m, decade.group(1) != null ? decade.group(1) : decade.group(2));
        }
        int end = m.endToken();
        if (end < toks.size() && lower.equals("the year") && AFTER_YEAR.contains(toks.get(end).lower())
                && toks.get(end).sentence() == toks.get(m.endToken() - 1).sentence()) {
            // "the year before", "the year previous": one year before the one the text speaks of
            Mention longer = span(text, m, m.firstToken(), end + 1, toks, value);
            return ref == null ? longer : with(longer, yearOf(ref, -1));
        }
        int start = sameStart(toks, m);
        if (start < m.firstToken() || lower.startsWith("the same ")) {
            Mention longer = start < m.firstToken() ? span(text, m, start, m.endToken(), toks, value) : m;
            if (ref != null && YEAR_BACK.matcher(longer.text().toLowerCase(Locale.ROOT)).matches()) {
                return with(longer, yearBack(ref));
            }
            return longer;
        }
        if (ref != null && PREVIOUS_YEAR.matcher(lower).matches()) {
            return with(m, yearOf(ref, -1));
        }
        if (date != null && lower.equals("the last year") && value.equals(String.valueOf(date.getYear()))) {
            return with(m, String.valueOf(date.getYear() - 1)); // SUTime reads it as this year
        }
        if (ref != null && THE_YEAR.matcher(lower).matches() && YEAR.matcher(value).matches()) {
            return with(m, yearOf(ref, 0));
        }
        if (date != null && BARE_MONTH.matcher(lower).matches()) {
            return with(m, monthInPast(toks, m, value, date));
        }
        return m;
    }

    /** The first token of "the same period" before {@code m} ("the same period last year"), or its own first. */
    private static int sameStart(List<TextLayer.Tok> toks, Mention m) {
        int f = m.firstToken();
        if (f >= 3 && toks.get(f - 3).lower().equals("the") && toks.get(f - 2).lower().equals("same")
                && SAME_UNITS.contains(toks.get(f - 1).lower())
                && toks.get(f - 3).sentence() == toks.get(f).sentence()) {
            return f - 3;
        }
        return f;
    }

    /**
     * A month SUTime put after the article's date, which a verb in the past says lies before it ("plans announced
     * in January", "since December"): the last such month up to the article's.
     */
    private static String monthInPast(List<TextLayer.Tok> toks, Mention m, String value, LocalDate date) {
        Matcher v = MONTH_VALUE.matcher(value);
        if (!v.matches()) {
            return value;
        }
        int year = Integer.parseInt(v.group(1));
        int month = Integer.parseInt(v.group(2));
        if (YearMonth.of(year, month).compareTo(YearMonth.from(date)) <= 0 || !pastBefore(toks, m.firstToken())) {
            return value;
        }
        int past = date.getMonthValue() >= month ? date.getYear() : date.getYear() - 1;
        String day = v.group(3) == null ? "" : v.group(3);
        return String.format(Locale.ROOT, "%04d-%02d%s", past, month, day);
    }

    /** Whether the verb nearest before token {@code first} in its sentence is in the past, or "since" leads it. */
    private static boolean pastBefore(List<TextLayer.Tok> toks, int first) {
        int sentence = toks.get(first).sentence();
        if (first > 0 && toks.get(first - 1).lower().equals("since")) {
            return true;
        }
        for (int i = first - 1; i >= 0 && i >= first - 6 && toks.get(i).sentence() == sentence; i--) {
            TextLayer.Tok t = toks.get(i);
            if (!t.isVerb()) {
                continue;
            }
            if (t.pos().equals("VBD")) {
                return true;
            }
            if (!t.pos().equals("VBN")) {
                return false;
            }
            // "plans announced in January", "was announced" and "had announced" are past; "will be announced",
            // "is to be held" and "is announced" are not
            for (int j = i - 1; j >= 0 && j >= i - 3 && toks.get(j).sentence() == sentence; j--) {
                TextLayer.Tok aux = toks.get(j);
                if (aux.pos().equals("VBD")) {
                    return true;
                }
                if (MODALS.contains(aux.lower()) || aux.lower().equals("to") || aux.pos().equals("VB")
                        || aux.pos().equals("VBZ") || aux.pos().equals("VBP")) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Adds the date mentions SUTime does not find in {@code toks[from, to)}: a decade in two digits after "the"
     * ("the 70s and 80s"), and "that time", "that date", "that day", which name the date the text gave last.
     */
    private static int addFound(String text, List<TextLayer.Tok> toks, int from, int to, String ref,
                                List<Mention> out) {
        boolean decades = false;
        for (int i = Math.max(from, 1); i < to; i++) {
            TextLayer.Tok t = toks.get(i);
            String prev = toks.get(i - 1).lower();
            Matcher d = SHORT_DECADE.matcher(t.lower());
            if (d.matches() && t.ner().equals("O")
                    && (prev.equals("the") || decades && (prev.equals("and") || prev.equals("or")
                    || prev.equals(",")))) {
                out.add(found(text, toks, i, i + 1, "19" + d.group(1)));
                decades = true;
                continue;
            }
            decades = decades && (t.lower().equals("and") || t.lower().equals("or") || t.word().equals(","));
            if (ref != null && prev.equals("that") && ANAPHORS.contains(t.lower()) && t.ner().equals("O")
                    && POINT.matcher(ref).matches() && (i + 1 >= toks.size() || !toks.get(i + 1).isNoun())) {
                out.add(found(text, toks, i - 1, i + 1, ref));
            }
        }
        return to;
    }

    private static Mention found(String text, List<TextLayer.Tok> toks, int first, int end, String value) {
        int s = toks.get(first).start();
        int e = toks.get(end - 1).end();
        return new Mention(s, e, text.substring(s, e), EntityType.DATE, "DATE", MentionForm.NAME, first, end, value,
                0.8);
    }

    private static Mention span(String text, Mention m, int first, int end, List<TextLayer.Tok> toks,
                                String value) {
        int s = toks.get(first).start();
        int e = toks.get(end - 1).end();
        return new Mention(s, e, text.substring(s, e), m.type(), m.subtype(), m.form(), first, end, value,
                m.confidence());
    }

    private static Mention with(Mention m, String value) {
        return new Mention(m.start(), m.end(), m.text(), m.type(), m.subtype(), m.form(), m.firstToken(),
                m.endToken(), value, m.confidence());
    }

    private static String partOfYear(Matcher part) {
        String which = part.group(1);
        boolean half = part.group(2).equals("half");
        int n = switch (which) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> half ? 2 : 4;
        };
        return part.group(3) + (half ? "-H" : "-Q") + Math.min(n, half ? 2 : 4);
    }

    /** The year of {@code point} moved by {@code years}. */
    private static String yearOf(String point, int years) {
        return String.valueOf(Integer.parseInt(point.substring(0, 4)) + years);
    }

    /** {@code point} a year earlier, at its own granularity ("2010-02" → "2009-02"). */
    private static String yearBack(String point) {
        return yearOf(point, -1) + point.substring(4);
    }
}

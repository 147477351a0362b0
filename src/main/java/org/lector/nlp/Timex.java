package org.lector.nlp;

import java.util.regex.Pattern;

/**
 * A date mention's value in TIMEX3 style, from SUTime's normalization: {@code 2016-10-12}, {@code 2016-10},
 * {@code 2016-W41}, {@code XXXX-WXX-4} (a weekday, when no article date anchors it), {@code P30D},
 * {@code PRESENT_REF}. SUTime's own forms are cleaned up: a date it gave a time of day to gets its date part
 * ({@code 2009-06-01T16:15+0000} for "June 1st"), a year it read as one end of a range gets itself ("2009" in
 * "between 2009 and 2011" is {@code 2009}, not {@code 2009/2011}), and what it could not resolve to a value
 * ({@code PREV_IMMEDIATE P1W INTERSECT XXXX-03}) has none.
 */
final class Timex {

    /** A TIMEX3 value: a (partly unknown) date and time, a week, quarter or season, a duration or a reference. */
    private static final Pattern VALUE = Pattern.compile(
            "(?:[0-9X]{2,4}(?:-(?:[0-9X]{2}|W[0-9X]{2}|Q[1-4]|H[12]|SP|SU|FA|WI))?(?:-(?:[0-9X]{2}|[1-7X]|WE))?"
                    + "(?:T[0-9X:.]+(?:[+-]\\d{4}|Z)?|T(?:MO|AF|EV|NI|DT))?)"
                    + "|P(?:T?[0-9X.]+[YMWDHS])+|PT?X+[YMWDHS]|(?:PRESENT|PAST|FUTURE)_REF");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private Timex() {
    }

    /** The TIMEX3 value of a DATE-family mention, or null when SUTime gave none that is one. */
    static String of(Mention m) {
        String v = m.normalized().trim();
        if (v.isEmpty()) {
            return null;
        }
        String text = m.text().trim();
        int slash = v.indexOf('/');
        if (slash > 0 && YEAR.matcher(text).matches()) {
            // one end of a range, "2009" in "from 2009 to 2011"
            v = v.substring(0, slash).equals(text) || v.substring(slash + 1).equals(text) ? text : v;
        }
        int t = v.indexOf('T');
        if (t > 0 && "DATE".equals(m.subtype()) && Character.isDigit(v.charAt(0))) {
            v = v.substring(0, t); // a day SUTime stamped with the document's time of day
        }
        return VALUE.matcher(v).matches() ? v : null;
    }
}

package org.lector.nlp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lector.model.EntityType;
import org.lector.model.EntityValue;
import org.lector.model.Quantity;

/**
 * Turns number, money, percent and duration mentions into {@link Quantity} values: "3,000 troops" is 3000 troops,
 * "2 billion" is 2000000000, "30-day" is 30 days. The value comes from CoreNLP's normalization where it has one,
 * else from the text; the unit is the currency, "percent", the duration's unit, or the plural noun counted.
 */
final class Quantities {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?(?:[Ee][-+]?\\d+)?");
    private static final Pattern DURATION = Pattern.compile("^P(?:T)?(\\d+(?:\\.\\d+)?)([YMWDHS])$");
    private static final Pattern HYPHEN_UNIT = Pattern.compile("^([\\d,.]+)[- ](day|week|month|year|hour|minute|"
            + "second|mile|kilometre|kilometer|metre|meter|percent)s?$", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> CURRENCY = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY");
    private static final Map<String, String> DURATION_UNITS = Map.of("Y", "years", "M", "months", "W", "weeks",
            "D", "days", "H", "hours", "S", "seconds");
    /** Glued damage leaves a function word on a counted noun ("troopsto"). */
    private static final Pattern GLUED_PLURAL = Pattern.compile("^([a-z]{3,}s)(to|over|from|in|of|for|and|with)$");

    private Quantities() {
    }

    /** The quantity a mention states, or null when it states none (a date, an ordinal, a bare "one"). */
    static Quantity of(Mention m, List<TextLayer.Tok> toks) {
        String text = m.text();
        String norm = m.normalized();
        if (m.type() == EntityType.DATE) {
            Matcher h = HYPHEN_UNIT.matcher(text);
            Matcher d = DURATION.matcher(norm);
            if (d.matches() && !h.matches() && !Character.isDigit(text.charAt(0))) {
                return null; // "a week": a duration, but no number worth checking
            }
            if (h.matches()) {
                return new Quantity(text, value(h.group(1).replace(",", "")), plural(h.group(2).toLowerCase(Locale.ROOT)));
            }
            if (d.matches()) {
                return new Quantity(text, value(d.group(1)), DURATION_UNITS.get(d.group(2)));
            }
            return null;
        }
        if (m.type() != EntityType.QUANTITY && m.type() != EntityType.MONEY) {
            return null;
        }
        if ("ORDINAL".equals(m.subtype())) {
            return null;
        }
        Matcher n = NUMBER.matcher(norm);
        BigDecimal v;
        if (n.find()) {
            v = value(n.group());
        } else {
            Matcher t = NUMBER.matcher(text.replace(",", ""));
            if (!t.find()) {
                return null;
            }
            v = value(t.group());
        }
        if (v.compareTo(BigDecimal.TEN) < 0 && text.chars().allMatch(Character::isLetter)) {
            return null; // "One of the key ...": a spelled-out small number is rarely the claim
        }
        return new Quantity(text, v, unit(m, norm, toks));
    }

    /**
     * A money or quantity mention's value and unit as an entity carries them: also spelled-out small numbers
     * ("one") and ordinals ("third": 3, unit {@code ordinal}), which a claim's quantities leave out. Null when no
     * number can be read.
     */
    static EntityValue entityValue(Mention m, List<TextLayer.Tok> toks) {
        String norm = m.normalized();
        Matcher n = NUMBER.matcher(norm);
        Matcher t = NUMBER.matcher(m.text().replace(",", ""));
        BigDecimal v;
        if (n.find()) {
            v = value(n.group());
        } else if (t.find()) {
            v = value(t.group());
        } else {
            return null;
        }
        String unit = "ORDINAL".equals(m.subtype()) ? "ordinal" : unit(m, norm, toks);
        return new EntityValue(v.toPlainString(), unit);
    }

    private static String unit(Mention m, String norm, List<TextLayer.Tok> toks) {
        String text = m.text();
        String unit = "";
        if (m.type() == EntityType.MONEY) {
            for (Map.Entry<String, String> e : CURRENCY.entrySet()) {
                if (norm.startsWith(e.getKey()) || text.contains(e.getKey())) {
                    unit = e.getValue();
                }
            }
        } else if ("PERCENT".equals(m.subtype())) {
            unit = "percent";
        } else if (m.endToken() < toks.size()) {
            TextLayer.Tok next = toks.get(m.endToken());
            if (next.pos().equals("NNS")) {
                unit = unglue(next.lower());
            } else if (next.pos().startsWith("NN") && next.lower().matches("[a-z]{3,}s(to|over|from|in|of|for)")) {
                unit = unglue(next.lower());
            }
        }
        return unit;
    }

    static String unglue(String word) {
        Matcher g = GLUED_PLURAL.matcher(word);
        return g.matches() ? g.group(1) : word;
    }

    private static String plural(String unit) {
        return unit.equals("percent") ? unit : unit + "s";
    }

    static BigDecimal value(String s) {
        BigDecimal v = new BigDecimal(s).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}

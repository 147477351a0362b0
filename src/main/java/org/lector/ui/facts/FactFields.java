package org.lector.ui.facts;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lector.model.FactStatus;
import org.lector.model.Quantity;
import org.lector.model.Span;
import org.lector.model.TimeExpression;

/**
 * Text work for the fact editor, apart from any control: the sentence a selection touches, quantities and times
 * as typed, evidence URLs, and how each status reads.
 */
public final class FactFields {

    private static final Pattern QUANTITY = Pattern.compile(
            "([-+]?\\d[\\d,]*(?:\\.\\d+)?)\\s*(thousand|million|billion|trillion|%|per ?cent)?\\s*(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, BigDecimal> SCALES = Map.of("thousand", new BigDecimal("1000"),
            "million", new BigDecimal("1000000"), "billion", new BigDecimal("1000000000"),
            "trillion", new BigDecimal("1000000000000"));
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private FactFields() {
    }

    /** The whole sentence or sentences a selection touches; an empty span when the selection is empty. */
    public static Span sentences(String text, Span selection) {
        if (selection.isEmpty() || text.isEmpty()) {
            return new Span(selection.start(), selection.start());
        }
        int start = Math.min(selection.start(), text.length());
        while (start > 0 && !startsSentence(text, start)) {
            start--;
        }
        int end = Math.max(start, Math.min(selection.end(), text.length()));
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        // A selection that ends just after a sentence's full stop ends that sentence.
        while (end < text.length() && !(end > start && endsSentence(text, end - 1))) {
            end++;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    /** Whether the sentence ends right after {@code i}: a full stop (and any closing marks) before a space. */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        int j = i;
        while (j >= 0 && "\"\u201d\u2019')]\u00bb".indexOf(text.charAt(j)) >= 0) {
            j--;
        }
        if (j < 0 || ".!?".indexOf(text.charAt(j)) < 0) {
            return false;
        }
        return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
    }

    /** Whether a sentence starts at {@code i}: only spaces between it and the end of the one before. */
    private static boolean startsSentence(String text, int i) {
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
            j--;
        }
        return j < 0 || endsSentence(text, j);
    }

    /** The quantities as the editor shows them: their texts, separated by semicolons. */
    public static String quantitiesText(List<Quantity> quantities) {
        return String.join("; ", quantities.stream().map(Quantity::text).toList());
    }

    /**
     * Parses "2 billion euros; 3,000 troops": each part a number, an optional scale word and a unit. Parts that
     * were already there keep their values.
     *
     * @throws IllegalArgumentException with a message for the reader when a part has no number
     */
    public static List<Quantity> quantities(String typed, List<Quantity> before) {
        List<Quantity> out = new ArrayList<>();
        for (String part : typed.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            Optional<Quantity> kept = before.stream().filter(q -> q.text().equals(p)).findFirst();
            if (kept.isPresent()) {
                out.add(kept.get());
                continue;
            }
            Matcher m = QUANTITY.matcher(p);
            if (!m.matches()) {
                throw new IllegalArgumentException("\u201c" + p + "\u201d has no number to check; write a quantity "
                        + "as a number and what it counts, such as \u201c3,000 troops\u201d.");
            }
            BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
            String scale = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
            String unit = m.group(3).strip();
            if (SCALES.containsKey(scale)) {
                value = value.multiply(SCALES.get(scale));
            } else if (!scale.isEmpty()) {
                unit = unit.isEmpty() ? "%" : "% " + unit;
            }
            out.add(new Quantity(p, value.stripTrailingZeros().scale() < 0
                    ? value.setScale(0) : value.stripTrailingZeros(), unit));
        }
        return out;
    }

    /** The time as typed: kept as it was when unchanged, an ISO date as its own value, else text only. */
    public static TimeExpression time(String typed, TimeExpression before) {
        String t = typed.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (before != null && before.text().equals(t)) {
            return before;
        }
        return new TimeExpression(t, ISO_DATE.matcher(t).matches() ? t : "");
    }

    /** What is wrong with an evidence URL, in one sentence, or null when it is empty or a web address. */
    public static String urlProblem(String url) {
        String u = url == null ? "" : url.strip();
        if (u.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "The evidence link must be a web address starting with http:// or https://.";
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return "The evidence link has no site name after " + scheme + "://.";
            }
            return null;
        } catch (URISyntaxException e) {
            return "The evidence link is not a web address such as https://example.org/page (write spaces as %20).";
        }
    }

    /** How a status reads at a glance: a sign and a word. */
    public static String label(FactStatus status) {
        return switch (status) {
            case UNCHECKED -> "\u25cb Unchecked";
            case SUPPORTED -> "\u2714 Supported";
            case DISPUTED -> "\u26a0 Disputed";
            case FALSE -> "\u2716 False";
        };
    }
}

package org.lector.ui.inspect;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.Provenance;

/**
 * What the card says about a mention, in words: its entity with how often the article mentions it, and who made
 * the highlight. Pure, so the wording is tested without a window.
 *
 * @param mention  the mention as shown
 * @param cluster  its entity, or null when it belongs to none
 * @param mentions how many mentions the entity has (names, descriptions and pronouns)
 * @param origin   who made it: "Found by the engine · 87% sure", "From your dictionary", "Added by you", ...
 */
record MentionFacts(EntityMention mention, EntityCluster cluster, int mentions, String origin) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /**
     * The reader's own highlight is "Checked by you" when the engine had found a name there (the reader retyped,
     * re-spanned or confirmed it) and "Added by you" when the engine had not: {@code engineFoundIt} says whether
     * the engine's analysis has a name overlapping the mention, which the card's view model looks up in an index.
     */
    static String origin(EntityMention mention, boolean engineFoundIt) {
        Provenance p = mention.provenance();
        return switch (p.origin()) {
            case AUTO -> "Found by the engine \u00b7 " + Math.round(p.confidence() * 100) + "% sure";
            case DICTIONARY -> "From your dictionary";
            case USER -> {
                String who = engineFoundIt ? "Checked by you" : "Added by you";
                yield p.time() == null ? who : who + " \u00b7 " + DAY.format(p.time().atZone(ZoneId.systemDefault()));
            }
        };
    }

    /** The engine's fine type as a reader reads it: "COUNTRY" as "country", "STATE_OR_PROVINCE" spelt out. */
    static String subtype(String subtype) {
        return subtype == null ? "" : subtype.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "3 mentions", "1 mention". */
    String mentionCount() {
        return mentions + (mentions == 1 ? " mention" : " mentions");
    }
}

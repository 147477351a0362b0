package org.lector.nlp;

import java.util.List;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;

/**
 * A mention while the engine works on it: the public fields of an {@link org.lector.model.EntityMention} plus the
 * token range and CoreNLP's normalized value, which the tier-2 rules need.
 */
record Mention(int start, int end, String text, EntityType type, String subtype, MentionForm form,
               int firstToken, int endToken, String normalized, double confidence) {

    Mention withType(EntityType t, double c) {
        return new Mention(start, end, text, t, subtype, form, firstToken, endToken, normalized, c);
    }

    boolean overlaps(Mention o) {
        return start < o.end && o.start < end;
    }

    /**
     * The index of the first of {@code ms} (in text order, as the engine keeps them) that starts at or after token
     * {@code token}: where a scan of one sentence or window starts, so a novel's 70,000 mentions are not walked
     * once per sentence or quote.
     */
    static int firstFrom(List<Mention> ms, int token) {
        return Sorted.firstAtLeast(ms, Mention::firstToken, token);
    }

    /** A person-like mention that can speak or be a subject: a person's name, nominal or pronoun. */
    boolean isPersonLike() {
        return type == EntityType.PERSON;
    }
}

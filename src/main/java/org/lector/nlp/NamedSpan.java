package org.lector.nlp;

import org.lector.model.EntityType;
import org.lector.model.MentionForm;

/**
 * A typed mention as the engine (or plain CoreNLP) found it, with CoreNLP's normalized value. Evaluation and
 * benchmarks read these; the reader works with {@link org.lector.model.EntityMention}, which has no normalized
 * value.
 *
 * @param type       Lector's family
 * @param subtype    the engine's fine tag (CITY, PERCENT, DATE, ...)
 * @param form       name, nominal or pronoun
 * @param normalized CoreNLP's normalized value (a TIMEX3-style date such as {@code 2008-03-01}, a number), or empty
 */
public record NamedSpan(int start, int end, String text, EntityType type, String subtype, MentionForm form,
                        String normalized) {
}

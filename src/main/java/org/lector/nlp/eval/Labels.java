package org.lector.nlp.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.nlp.NamedSpan;

/**
 * One label set for gold and engine spans. GUM and MEANTIME say PER, LOC, ORG; Lector says PERSON, PLACE,
 * ORGANIZATION (GROUP, TITLE and MISC are not scored: the gold has no counterpart, or GUM's MISC is a different
 * convention). Numbers: MONEY is Lector's MONEY; PERCENT is a QUANTITY whose subtype is PERCENT; DATE is Lector's
 * DATE family (dates, times, durations), since a reader sees them as one colour.
 */
public final class Labels {

    public static final String PER = "PER";
    public static final String LOC = "LOC";
    public static final String ORG = "ORG";
    public static final String DATE = "DATE";
    public static final String MONEY = "MONEY";
    public static final String PERCENT = "PERCENT";
    public static final String QUOTE = "QUOTE";
    public static final Set<String> NAMES = Set.of(PER, LOC, ORG);

    private Labels() {
    }

    /** The label of an engine span, or null when it is not scored. Only names count: nominals and pronouns do not. */
    public static String of(NamedSpan s) {
        if (s.form() != MentionForm.NAME) {
            return null;
        }
        return of(s.type(), s.subtype());
    }

    static String of(EntityType type, String subtype) {
        return switch (type) {
            case PERSON -> PER;
            case PLACE -> LOC;
            case ORGANIZATION -> ORG;
            case MONEY -> MONEY;
            case DATE -> DATE;
            case QUANTITY -> "PERCENT".equals(subtype) ? PERCENT : null;
            default -> null;
        };
    }

    /** Engine spans as labelled spans, the unscored ones left out. */
    public static List<EvalSpan> predicted(List<NamedSpan> spans) {
        List<EvalSpan> out = new ArrayList<>();
        for (NamedSpan s : spans) {
            String l = of(s);
            if (l != null) {
                out.add(new EvalSpan(s.start(), s.end(), l, s.normalized()));
            }
        }
        return out;
    }

    /** GUM's {@code ner_spans} and MEANTIME's entity types: PER, LOC, ORG kept; MISC, PRO, FIN, MIX not scored. */
    public static String gold(String type) {
        return type != null && NAMES.contains(type) ? type : null;
    }

    /**
     * Whether a normalized time equals a TIMEX3 value. CoreNLP sometimes adds a time or an offset to a date
     * ({@code 2008-03-01T00:00}); the comparison is on the value as TIMEX3 writes it, so only exact equality counts,
     * after trimming.
     */
    public static boolean sameTimeValue(String gold, String predicted) {
        return !gold.isBlank() && gold.trim().equals(predicted.trim());
    }
}

package org.lector.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lector.model.Analysis;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Quote;

/**
 * Which highlights an analysis puts on the text: names by type (nominal and pronoun mentions stay in their
 * clusters, not in the text, so the page stays readable) and every quotation. Pure, so it runs anywhere.
 */
public final class Highlights {

    /** The style class of quotation highlights; entities inside a quote keep their own class too. */
    public static final String QUOTE_CLASS = "quote";

    private Highlights() {
    }

    /** The CSS class that colours a type's highlights, such as {@code entity-person}. */
    public static String entityClass(EntityType type) {
        return "entity-" + type.id().toLowerCase(Locale.ROOT);
    }

    /** Styled ranges for every visible name and, unless hidden, every quote. */
    public static List<StyledRange> of(Analysis analysis, Set<EntityType> hiddenTypes, boolean quotesHidden) {
        List<StyledRange> ranges = new ArrayList<>();
        if (analysis == null) {
            return ranges;
        }
        for (EntityMention m : analysis.entities()) {
            if (m.form() == MentionForm.NAME && !hiddenTypes.contains(m.type()) && !m.span().isEmpty()) {
                ranges.add(new StyledRange(m.span(), entityClass(m.type())));
            }
        }
        if (!quotesHidden) {
            for (Quote q : analysis.quotes()) {
                if (!q.span().isEmpty()) {
                    ranges.add(new StyledRange(q.span(), QUOTE_CLASS));
                }
            }
        }
        return ranges;
    }
}

package org.lector.ui.reader;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.lector.model.Analysis;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Quote;
import org.lector.model.Span;
import org.lector.ui.common.SpanIndex;

/**
 * Which highlights an analysis puts on the text: names by type (nominal and pronoun mentions stay in their
 * clusters, not in the text, so the page stays readable) and every quotation. Pure, so it runs anywhere.
 */
public final class Highlights {

    /** The style class of quotation highlights; entities inside a quote keep their own class too. */
    public static final String QUOTE_CLASS = "quote";

    /** One string per type, made once: styling a novel asks some 70,000 times, and hashes each answer. */
    private static final Map<EntityType, String> ENTITY_CLASSES = new EnumMap<>(EntityType.class);

    static {
        for (EntityType type : EntityType.values()) {
            ENTITY_CLASSES.put(type, "entity-" + type.id().toLowerCase(Locale.ROOT));
        }
    }

    private Highlights() {
    }

    /** The CSS class that colours a type's highlights, such as {@code entity-person}. */
    public static String entityClass(EntityType type) {
        return ENTITY_CLASSES.get(type);
    }

    /** Styled ranges for every visible name and, unless hidden, every quote. */
    public static List<StyledRange> of(Analysis analysis, Set<EntityType> hiddenTypes, boolean quotesHidden) {
        return of(analysis, hiddenTypes, quotesHidden, span -> true);
    }

    /**
     * The ranges of {@link #of} that overlap one of {@code windows}: what a change confined to those windows (a part
     * of a novel analysed, an edit) adds, without making a range object for each of a novel's other names.
     */
    public static List<StyledRange> within(Analysis analysis, Set<EntityType> hiddenTypes, boolean quotesHidden,
            List<Span> windows) {
        return of(analysis, hiddenTypes, quotesHidden, SpanIndex.Windows.of(windows)::overlap);
    }

    /**
     * The ranges of {@code all} (made by {@link #within} with nothing hidden, in the background) that {@link #within}
     * gives with {@code hiddenTypes} and {@code quotesHidden}: the FX thread filters a few ranges instead of looking
     * through a novel's 80,000 names and quotations after every edit.
     */
    public static List<StyledRange> shown(List<StyledRange> all, Set<EntityType> hiddenTypes, boolean quotesHidden) {
        if (hiddenTypes.isEmpty() && !quotesHidden) {
            return new ArrayList<>(all);
        }
        Set<String> hidden = new HashSet<>();
        hiddenTypes.forEach(t -> hidden.add(entityClass(t)));
        if (quotesHidden) {
            hidden.add(QUOTE_CLASS);
        }
        List<StyledRange> shown = new ArrayList<>();
        for (StyledRange r : all) {
            if (!hidden.contains(r.styleClass())) {
                shown.add(r);
            }
        }
        return shown;
    }

    private static List<StyledRange> of(Analysis analysis, Set<EntityType> hiddenTypes, boolean quotesHidden,
            Predicate<Span> where) {
        List<StyledRange> ranges = new ArrayList<>();
        if (analysis == null) {
            return ranges;
        }
        for (EntityMention m : analysis.entities()) {
            if (m.form() == MentionForm.NAME && !hiddenTypes.contains(m.type()) && !m.span().isEmpty()
                    && where.test(m.span())) {
                ranges.add(new StyledRange(m.span(), entityClass(m.type())));
            }
        }
        if (!quotesHidden) {
            for (Quote q : analysis.quotes()) {
                if (!q.span().isEmpty() && where.test(q.span())) {
                    ranges.add(new StyledRange(q.span(), QUOTE_CLASS));
                }
            }
        }
        return ranges;
    }
}

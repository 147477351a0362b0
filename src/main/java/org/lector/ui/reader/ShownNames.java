package org.lector.ui.reader;

import java.util.List;
import org.lector.model.Analysis;
import org.lector.model.EntityMention;
import org.lector.model.MentionForm;
import org.lector.model.Span;
import org.lector.ui.common.SpanIndex;

/**
 * The names of the shown analysis by span, for what a key press or a click looks up: a novel has some 70,000, and
 * walking them on the FX thread would cost the key its frame. Made once per analysis (or handed over ready, made in
 * the background with an analysis about to be shown). FX thread.
 */
public final class ShownNames {

    private final ReaderViewModel reader;
    private SpanIndex<EntityMention> index;
    private Analysis indexed;

    ShownNames(ReaderViewModel reader) {
        this.reader = reader;
    }

    /** The name mentions of {@code analysis} by span; pure, so it can be made in the background. */
    public static SpanIndex<EntityMention> index(Analysis analysis) {
        return SpanIndex.of(analysis.entities().stream().filter(m -> m.form() == MentionForm.NAME).toList(),
                m -> List.of(m.span()));
    }

    /** {@code index}, made of {@code analysis} (which is, or is about to be, shown), saves making it again. */
    public void offer(Analysis analysis, SpanIndex<EntityMention> index) {
        this.indexed = analysis;
        this.index = index;
    }

    /**
     * The highlighted name at {@code offset}, the shortest when names nest, names of hidden types left out; null
     * when there is none. With {@code caret}, the position right after a name's last character counts too, as
     * Delete treats it.
     */
    public EntityMention at(int offset, boolean caret) {
        SpanIndex<EntityMention> names = current();
        if (names == null) {
            return null;
        }
        EntityMention best = null;
        for (EntityMention m : names.overlapping(new Span(Math.max(0, offset - 1), offset + 1))) {
            Span span = m.span();
            boolean at = span.contains(offset) || caret && span.end() == offset && offset > 0;
            if (at && (best == null || span.length() < best.span().length())
                    && !reader.hiddenTypes().contains(m.type())) {
                best = m;
            }
        }
        return best;
    }

    /** The name the shown analysis has at exactly {@code span}, or null. */
    public EntityMention exactly(Span span) {
        SpanIndex<EntityMention> names = current();
        return names == null ? null
                : names.overlapping(span).stream().filter(m -> m.span().equals(span)).findFirst().orElse(null);
    }

    private SpanIndex<EntityMention> current() {
        Analysis shown = reader.analysisProperty().get();
        if (shown == null) {
            return null;
        }
        if (indexed != shown) {
            index = index(shown);
            indexed = shown;
        }
        return index;
    }
}

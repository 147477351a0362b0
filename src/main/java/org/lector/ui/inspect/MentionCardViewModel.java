package org.lector.ui.inspect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lector.model.Analysis;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Span;
import org.lector.ui.common.SpanIndex;
import org.lector.ui.reader.ReaderViewModel;

/**
 * What the inspect card knows and does, without a screen: the name it is about (followed by its span through the
 * analyses its edits bring back), what it says of it, the entities the name can be linked to or its entity merged
 * with, and the corrections it sends to {@link MentionEdits}. Names are found through an index of the shown
 * analysis built once per analysis, not by walking every mention of a novel on each click.
 */
public final class MentionCardViewModel {

    /** What the card shows: the name, or a list of entities to link it to or merge its entity with. */
    enum Mode {
        MAIN,
        LINK,
        MERGE
    }

    /** An entity to pick in the link and merge lists, with a mention of it that the store can point at. */
    record Choice(EntityCluster cluster, Span anchor, int mentions) {
        @Override
        public String toString() {
            return cluster.name();
        }
    }

    /** What became of the card's name in the analysis just shown. */
    enum Follow {
        /** Found, at its span or where a changed span overlaps it. */
        FOUND,
        /** Not shown yet: an edit the card sent has not come back. */
        WAITING,
        /** Gone: the card closes. */
        GONE
    }

    private final ReaderViewModel reader;
    private final MentionEdits edits;
    /** The mention the card is about, by its span; moved ahead of the analysis by a boundary step. */
    private Span span;
    private EntityMention mention;
    private Mode mode = Mode.MAIN;
    /** Edits sent but not shown yet: until they are, the card keeps its own idea of where the mention is. */
    private int inFlight;
    private Index index;
    /** The engine's own names by span, and the analysis it was made of: who made a name is told by overlap. */
    private SpanIndex<EntityMention> engineNames;
    private Analysis engineIndexed;

    public MentionCardViewModel(ReaderViewModel reader, MentionEdits edits) {
        this.reader = Objects.requireNonNull(reader);
        this.edits = Objects.requireNonNull(edits);
    }

    /** The shown analysis by span and by entity, made once per analysis. */
    private record Index(Analysis analysis, SpanIndex<EntityMention> mentions,
            Map<String, EntityCluster> clusters, Map<String, Span> anchors, Map<String, Integer> sizes) {

        static Index of(Analysis a) {
            Map<String, EntityCluster> clusters = new HashMap<>();
            a.clusters().forEach(c -> clusters.put(c.id(), c));
            // A mention of each entity the store can point at: a name first, then the earliest.
            Map<String, EntityMention> best = new HashMap<>();
            Comparator<EntityMention> better = Comparator.comparing((EntityMention m) -> m.form() == MentionForm.NAME
                    ? 0 : 1).thenComparing(EntityMention::span);
            for (EntityMention m : a.entities()) {
                if (m.clusterId() != null) {
                    best.merge(m.clusterId(), m, (x, y) -> better.compare(x, y) <= 0 ? x : y);
                }
            }
            Map<String, Span> anchors = new HashMap<>();
            best.forEach((id, m) -> anchors.put(id, m.span()));
            Map<String, Integer> sizes = new HashMap<>();
            a.clusters().forEach(c -> sizes.put(c.id(), c.mentionIds().size()));
            return new Index(a, SpanIndex.of(a.entities(), m -> List.of(m.span())), clusters, anchors, sizes);
        }
    }

    /** The shown analysis's index, or null when there is no analysis. */
    private Index index() {
        Analysis a = reader.analysisProperty().get();
        if (a == null) {
            return null;
        }
        if (index == null || index.analysis() != a) {
            index = Index.of(a);
        }
        return index;
    }

    // ---- which name -------------------------------------------------------------------------------------------

    /**
     * The highlighted name at a character of the text, the shortest when names nest; null when none. At the caret
     * the position just after a name counts too, as Delete treats it. Names of hidden types are not highlighted.
     */
    EntityMention highlightedAt(int offset, boolean caret) {
        return reader.names().at(offset, caret);
    }

    /** The card opens on {@code m}. */
    void open(EntityMention m) {
        span = m.span();
        mention = m;
        mode = Mode.MAIN;
        inFlight = 0;
    }

    void close() {
        mode = Mode.MAIN;
        inFlight = 0;
    }

    Span span() {
        return span;
    }

    EntityMention mention() {
        return mention;
    }

    Mode mode() {
        return mode;
    }

    /** The article's text, or empty. */
    String text() {
        return reader.getDocument() == null ? "" : reader.getDocument().text();
    }

    /**
     * An analysis was shown while the card is open: the card follows its name, at its span, else (once the edits it
     * sent have come back) where a name overlaps it most.
     */
    Follow follow() {
        inFlight = Math.max(0, inFlight - 1);
        Index i = index();
        if (i == null) {
            return Follow.GONE;
        }
        EntityMention found = i.mentions().overlapping(span).stream().filter(m -> m.span().equals(span))
                .min(Comparator.comparing(m -> m.form() == MentionForm.NAME ? 0 : 1)).orElse(null);
        if (found == null && inFlight > 0) {
            return Follow.WAITING;
        }
        if (found == null) {
            found = i.mentions().overlapping(span).stream().filter(m -> m.form() == MentionForm.NAME)
                    .max(Comparator.comparingInt(m -> Math.min(m.span().end(), span.end())
                            - Math.max(m.span().start(), span.start())))
                    .orElse(null);
        }
        if (found == null) {
            return Follow.GONE;
        }
        mention = found;
        span = found.span();
        return Follow.FOUND;
    }

    // ---- what the card says -------------------------------------------------------------------------------------

    /** The name's entity with its size, and who made the highlight. */
    MentionFacts facts() {
        Index i = index();
        EntityCluster cluster = i == null || mention.clusterId() == null ? null : i.clusters().get(mention.clusterId());
        return new MentionFacts(mention, cluster, cluster == null ? 0 : cluster.mentionIds().size(),
                MentionFacts.origin(mention, engineFound(mention.span())));
    }

    /** Whether the engine found a name overlapping {@code span} (before the reader's edits). */
    private boolean engineFound(Span at) {
        Analysis engine = edits.engineAnalysis();
        if (engine == null) {
            return false;
        }
        if (engineIndexed != engine) {
            engineNames = SpanIndex.of(engine.entities(), m -> List.of(m.span()));
            engineIndexed = engine;
        }
        return !engineNames.overlapping(at).isEmpty();
    }

    /** Whether there is another entity to link the name to. */
    boolean canLink() {
        Index i = index();
        return i != null && i.clusters().keySet().stream().anyMatch(id -> !id.equals(mention.clusterId()));
    }

    /** Whether the name's entity can be merged with another. */
    boolean canMerge() {
        return canLink() && mention.clusterId() != null;
    }

    /** Whether the name can be split out of an entity of more than one mention. */
    boolean canSplit() {
        MentionFacts f = facts();
        return f.cluster() != null && f.mentions() >= 2;
    }

    /** The entities the name can be linked to (or its entity merged with), most mentioned first, then by name. */
    List<Choice> choices() {
        Index i = index();
        if (i == null) {
            return List.of();
        }
        List<Choice> all = new ArrayList<>();
        for (EntityCluster c : i.analysis().clusters()) {
            Span anchor = i.anchors().get(c.id());
            if (!c.id().equals(mention.clusterId()) && anchor != null) {
                all.add(new Choice(c, anchor, i.sizes().get(c.id())));
            }
        }
        all.sort(Comparator.comparingInt((Choice c) -> -c.mentions()).thenComparing(c -> c.cluster().name()));
        return all;
    }

    /** The name of the name's entity, quoted; the name itself when it has none. */
    String entityName() {
        EntityCluster c = facts().cluster();
        return "\u201c" + (c == null ? mention.text() : c.name()) + "\u201d";
    }

    /** The card lists entities to link to or merge with. */
    void pick(Mode picking) {
        mode = picking;
    }

    /** Back to the name from a list. */
    void back() {
        mode = Mode.MAIN;
    }

    // ---- the corrections ----------------------------------------------------------------------------------------

    private void send(Runnable edit) {
        inFlight++;
        edit.run();
    }

    void retype(EntityType type) {
        if (type != mention.type()) {
            send(() -> edits.retype(span, type));
        }
    }

    /** Rejects the name; the card closes. */
    void reject() {
        Span gone = span;
        close();
        edits.reject(gone);
    }

    /** A boundary step: the new span for a span of a text, or null when there is no step to take. */
    @FunctionalInterface
    interface SpanStep {
        Span apply(String text, Span span);
    }

    /** Whether {@code move} can be taken from where the name is. */
    boolean canStep(SpanStep move) {
        return move.apply(text(), span) != null;
    }

    void step(SpanStep move) {
        Span to = move.apply(text(), span);
        if (to == null) {
            return;
        }
        Span from = span;
        span = to;
        send(() -> edits.respan(from, to));
    }

    /** The name becomes {@code words} (the article's selection, snapped to words); whether it changed. */
    boolean useSelection(Span words) {
        if (words == null || words.equals(span)) {
            return false;
        }
        Span from = span;
        span = words;
        send(() -> edits.respan(from, words));
        return true;
    }

    void split() {
        send(() -> edits.split(span));
    }

    /** Links the name to, or merges its entity with, {@code c}, as the list was opened for; back to the name. */
    void choose(Choice c) {
        if (mode == Mode.LINK) {
            send(() -> edits.link(span, c.anchor()));
        } else if (mode == Mode.MERGE) {
            send(() -> edits.merge(span, c.anchor()));
        }
        back();
    }

    /** Asks for a note on the name; the card closes. */
    void addNote() {
        Span passage = span;
        close();
        edits.addNote(passage);
    }

    void undo() {
        edits.undo();
    }

    void redo() {
        edits.redo();
    }
}

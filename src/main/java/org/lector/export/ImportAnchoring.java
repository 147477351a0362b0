package org.lector.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lector.model.AnchorSelector;
import org.lector.model.Analysis;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.Fact;
import org.lector.model.Note;
import org.lector.model.Quote;
import org.lector.model.Reanchor;
import org.lector.model.Span;

/**
 * Checks imported annotations against the article they are imported onto, so that none is ever stored on the wrong
 * text. Each passage's text (its quote selector's {@code exact}) must be the article's text at the passage's
 * offsets. If it is not, the passage is looked for by its quote selector, as the library does when a file changes
 * ({@link Reanchor}: the exact text with its prefix and suffix, then a close match in matching context). A passage
 * whose file gave its text alone, with no context, is looked for only near where the file put it, as a whole word,
 * and never by a close match: a short name found anywhere would too easily be the wrong one. What is found nowhere
 * is an orphan: listed, not stored. A mention that goes takes its place in its entity with it; a quote or fact
 * whose speaker or source entity lost every mention keeps the name but no entity.
 */
public final class ImportAnchoring {

    private final String article;
    private final ImportedAnalysis in;
    private final List<ImportOrphan> orphans = new ArrayList<>();
    private int atOffsets;
    private int reanchored;
    private int passages;

    private ImportAnchoring(String article, ImportedAnalysis in) {
        this.article = article;
        this.in = in;
        this.orphans.addAll(in.orphans());
        this.passages = in.orphans().size();
    }

    /** {@code in} placed on {@code article}: what fits, where it fits, and what could not be placed. */
    public static AnchoredImport anchor(String article, ImportedAnalysis in) {
        return new ImportAnchoring(article, in).run();
    }

    private AnchoredImport run() {
        Analysis a = in.analysis();
        List<EntityMention> mentions = new ArrayList<>();
        for (EntityMention m : a.entities()) {
            Span s = place("entity", "mention", m.id(), m.span(), m.text());
            if (s != null) {
                mentions.add(new EntityMention(m.id(), s, s.of(article), m.type(), m.subtype(), m.form(),
                        m.clusterId(), m.provenance(), m.value()));
            }
        }
        Set<String> kept = new HashSet<>();
        mentions.forEach(m -> kept.add(m.id()));
        List<EntityCluster> clusters = new ArrayList<>();
        Set<String> liveClusters = new HashSet<>();
        for (EntityCluster c : a.clusters()) {
            List<String> ids = c.mentionIds().stream().filter(kept::contains).toList();
            if (!ids.isEmpty()) {
                clusters.add(new EntityCluster(c.id(), c.name(), c.type(), ids));
                liveClusters.add(c.id());
            }
        }
        List<EntityMention> entities = mentions.stream().map(m -> m.clusterId() == null
                || liveClusters.contains(m.clusterId()) ? m : m.inCluster(null)).toList();
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : a.quotes()) {
            Span s = place("quote", "quote", q.id(), q.span(), q.text());
            if (s == null) {
                continue;
            }
            Span cue = q.cue() == null ? null : place("cue", "cue", q.id(), q.cue(), q.cueText());
            String speaker = q.speakerId() != null && liveClusters.contains(q.speakerId()) ? q.speakerId() : null;
            quotes.add(new Quote(q.id(), s, s.of(article), q.kind(), speaker, q.speakerName(), cue,
                    cue == null ? "" : cue.of(article), q.provenance()));
        }
        List<Fact> facts = new ArrayList<>();
        for (Fact f : a.facts()) {
            Span s = place("fact", "fact", f.id(), f.span(), f.text());
            if (s != null) {
                String source = f.sourceId() != null && liveClusters.contains(f.sourceId()) ? f.sourceId() : null;
                facts.add(new Fact(f.id(), s, s.of(article), f.subject(), f.predicate(), f.object(), f.quantities(),
                        f.time(), source, f.sourceName(), f.score(), f.status(), f.evidence(), f.evidenceUrl(),
                        f.provenance()));
            }
        }
        List<Note> notes = new ArrayList<>();
        for (Note n : a.notes()) {
            if (n.span() == null) {
                notes.add(n);
                continue;
            }
            Span s = place("note", "note", n.id(), n.span(), "");
            if (s != null) {
                notes.add(new Note(n.id(), s, n.text(), n.created(), n.modified(), n.tags()));
            }
        }
        Analysis r = in.rejected();
        List<EntityMention> rm = new ArrayList<>();
        for (EntityMention m : r.entities()) {
            Span s = place("rejected", "rejection", m.id(), m.span(), m.text());
            if (s != null) {
                rm.add(new EntityMention(m.id(), s, s.of(article), m.type(), m.subtype(), m.form(), null,
                        m.provenance()));
            }
        }
        List<Quote> rq = new ArrayList<>();
        for (Quote q : r.quotes()) {
            Span s = place("rejected", "rejection", q.id(), q.span(), q.text());
            if (s != null) {
                rq.add(new Quote(q.id(), s, s.of(article), q.kind(), null, "", null, "", q.provenance()));
            }
        }
        List<Fact> rf = new ArrayList<>();
        for (Fact f : r.facts()) {
            Span s = place("rejected", "rejection", f.id(), f.span(), f.text());
            if (s != null) {
                rf.add(new Fact(f.id(), s, s.of(article), "", "", "", List.of(), null, null, "", 0, f.status(), "",
                        "", f.provenance()));
            }
        }
        return new AnchoredImport(new Analysis(a.pipelineVersion(), entities, clusters, quotes, facts, notes),
                new Analysis("", rm, List.of(), rq, rf, List.of()), orphans, passages, atOffsets, reanchored);
    }

    /** Where the passage belongs in the article, or null (and an orphan) when it is nowhere. */
    private Span place(String selectorKind, String shownKind, String id, Span span, String text) {
        passages++;
        AnchorSelector sel = in.selector(selectorKind, id);
        if (sel == null) {
            sel = new AnchorSelector(text, "", "");
        }
        String exact = sel.exact();
        if (exact.isEmpty()) {
            orphans.add(new ImportOrphan(shownKind, id, "", "the file gives no text for it"));
            return null;
        }
        if (span.end() <= article.length() && span.length() == exact.length()
                && article.startsWith(exact, span.start()) && fitsCharacters(span)) {
            atOffsets++;
            return span;
        }
        Span expected = new Span(Math.min(span.start(), article.length()), Math.min(span.end(), article.length()));
        Span found = sel.prefix().isEmpty() && sel.suffix().isEmpty() ? nearby(exact, expected.start())
                : byQuote(sel, expected);
        if (found != null) {
            reanchored++;
            return found;
        }
        orphans.add(new ImportOrphan(shownKind, id, exact, "its text is not in the article, neither where the file "
                + "puts it nor anywhere its quote selector fits"));
        return null;
    }

    private Span byQuote(AnchorSelector sel, Span expected) {
        Reanchor.Result r = Reanchor.locate(article, sel, expected);
        return r.isOrphan() || !fitsCharacters(r.span()) ? null : r.span();
    }

    /**
     * The occurrence of {@code exact} nearest {@code expected}, within a selector's context of it, that stands as a
     * whole word, or lies within two characters of where the file put it (an offset off by one, on a text where
     * words run together); null when there is none.
     */
    private Span nearby(String exact, int expected) {
        int radius = AnchorSelector.CONTEXT + exact.length();
        int from = Math.max(0, expected - radius);
        int to = Math.min(article.length(), expected + radius + exact.length());
        Span best = null;
        for (int i = article.indexOf(exact, from); i >= 0 && i + exact.length() <= to; i = article.indexOf(exact,
                i + 1)) {
            Span s = new Span(i, i + exact.length());
            if ((wholeWord(s) || Math.abs(i - expected) <= 2) && fitsCharacters(s)
                    && (best == null || Math.abs(i - expected) < Math.abs(best.start() - expected))) {
                best = s;
            }
        }
        return best;
    }

    private boolean wholeWord(Span s) {
        boolean before = s.start() == 0 || !Character.isLetterOrDigit(article.codePointBefore(s.start()))
                || !Character.isLetterOrDigit(article.codePointAt(s.start()));
        boolean after = s.end() == article.length() || !Character.isLetterOrDigit(article.codePointAt(s.end()))
                || !Character.isLetterOrDigit(article.codePointBefore(s.end()));
        return before && after;
    }

    /** A span must not cut a character (a surrogate pair) in half. */
    private boolean fitsCharacters(Span s) {
        return !AnchorSelector.splitsPair(article, s.start()) && !AnchorSelector.splitsPair(article, s.end());
    }
}

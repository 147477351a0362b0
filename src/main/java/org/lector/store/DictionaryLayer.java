package org.lector.store;

import java.util.List;
import org.lector.model.Analysis;
import org.lector.model.EntityMention;
import org.lector.model.Provenance;
import org.lector.model.Span;

/**
 * The user's dictionary as a layer between the engine and the reader's own records of an article: applied to the
 * engine's output (never cached with it, since the dictionary changes), before {@link
 * AnnotationRepository#effective}, so what the reader did in this very article wins over the dictionary: a
 * highlight removed here stays removed, and a mention the reader made here is not doubled.
 */
public final class DictionaryLayer {

    private DictionaryLayer() {
    }

    /**
     * {@code engine}, the engine's analysis of version {@code versionId} (whose text is {@code text}), with the
     * library's dictionary applied. Pass the result to {@link AnnotationRepository#effective}.
     */
    public static Analysis over(Library library, long versionId, String text, Analysis engine) {
        List<DictionaryEntry> entries = library.dictionary().list();
        if (entries.isEmpty()) {
            return engine;
        }
        List<Span> own = library.annotations().effective(versionId, engine).entities().stream()
                .filter(m -> m.provenance().origin() == Provenance.Origin.USER)
                .map(EntityMention::span)
                .toList();
        return DictionaryTagger.apply(text, engine, entries, own);
    }
}

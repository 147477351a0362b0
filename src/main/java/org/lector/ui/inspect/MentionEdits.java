package org.lector.ui.inspect;

import org.lector.model.Analysis;
import org.lector.model.EntityType;
import org.lector.model.Span;

/**
 * The corrections the card offers, on the mention at a span of the shown article. Each is saved in the library
 * and is one step of the reader's undo history; the card learns the result from the analysis shown afterwards.
 */
public interface MentionEdits {

    void retype(Span mention, EntityType type);

    void reject(Span mention);

    /** Moves the mention at {@code mention} to {@code to}, a span snapped to whole words. */
    void respan(Span mention, Span to);

    /** Moves the mention at {@code mention} into the entity of the mention at {@code into}. */
    void link(Span mention, Span into);

    /** Merges the entity of the mention at {@code absorbed} into the entity of the mention at {@code kept}. */
    void merge(Span kept, Span absorbed);

    /** Takes the mention at {@code mention} out of its entity into one of its own. */
    void split(Span mention);

    /** Asks for a note on {@code passage} and keeps it. */
    void addNote(Span passage);

    void undo();

    void redo();

    /**
     * The engine's own analysis of the shown article, before the reader's edits, or null while there is none: it
     * tells a name the reader added from one the engine found and the reader changed.
     */
    Analysis engineAnalysis();
}

package org.lector.model;

import java.util.Objects;

/**
 * An annotation the reader made, or the reader's copy of one the engine made, as the library keeps it: the
 * annotation itself plus the passage it is tied to by, which outlives the engine's ids. Laid over the engine's
 * output by the overlay; the library only loads and saves these.
 */
public sealed interface UserAnnotation {

    /** The id the library gave it; the shown annotation has this id. */
    String id();

    AnnotationKind kind();

    /**
     * A name the reader tagged, or the reader's copy of one the engine found, or a mention imported from a file.
     *
     * @param mention       its cluster id is null: the cluster comes from {@code imported}, else {@code clusterAnchor}
     * @param clusterAnchor the span of a mention whose entity it belongs to, or null for an entity of its own
     * @param imported      for an imported mention, the entity the file gave it (or none), which wins over
     *                      {@code clusterAnchor}; null for one made in Lector
     */
    record MentionRecord(EntityMention mention, Span clusterAnchor, ImportedEntity imported)
            implements UserAnnotation {

        public MentionRecord {
            Objects.requireNonNull(mention, "mention");
        }

        /** A mention made in Lector: its entity comes from {@code clusterAnchor}. */
        public MentionRecord(EntityMention mention, Span clusterAnchor) {
            this(mention, clusterAnchor, null);
        }

        @Override
        public String id() {
            return mention.id();
        }

        @Override
        public AnnotationKind kind() {
            return AnnotationKind.ENTITY;
        }
    }

    /**
     * A quote the reader added or changed.
     *
     * @param quote         its speaker id, when set, is the cluster the reader chose in the analysis then shown
     * @param speakerAnchor the span of a mention of the speaker, which wins over the speaker id, or null
     */
    record QuoteRecord(Quote quote, Span speakerAnchor) implements UserAnnotation {

        public QuoteRecord {
            Objects.requireNonNull(quote, "quote");
        }

        @Override
        public String id() {
            return quote.id();
        }

        @Override
        public AnnotationKind kind() {
            return AnnotationKind.QUOTE;
        }
    }

    /**
     * A fact the reader added, checked or changed.
     *
     * @param fact         its source id, when set, is the cluster the reader chose in the analysis then shown
     * @param sourceAnchor the span of a mention of the source, which wins over the source id, or null
     */
    record FactRecord(Fact fact, Span sourceAnchor) implements UserAnnotation {

        public FactRecord {
            Objects.requireNonNull(fact, "fact");
        }

        @Override
        public String id() {
            return fact.id();
        }

        @Override
        public AnnotationKind kind() {
            return AnnotationKind.FACT;
        }
    }

    /** A note of the reader's. */
    record NoteRecord(Note note) implements UserAnnotation {

        public NoteRecord {
            Objects.requireNonNull(note, "note");
        }

        @Override
        public String id() {
            return note.id();
        }

        @Override
        public AnnotationKind kind() {
            return AnnotationKind.NOTE;
        }
    }
}

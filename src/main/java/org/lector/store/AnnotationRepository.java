package org.lector.store;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.lector.model.Analysis;
import org.lector.model.AnnotationKind;
import org.lector.model.AnnotationRef;
import org.lector.model.Document;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.OrphanAnnotation;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.model.UserAction;
import org.lector.model.UserRecords;

/**
 * The user's edits, each one transaction, kept as records beside the engine's output: additions are user
 * annotations, and every change to an automatic annotation is a {@link UserAction} that
 * supersedes it by kind and span plus, where the change carries content, a user copy. So a new analysis can never
 * bring back what the user rejected nor overwrite what the user changed.
 *
 * <p>Every method takes the id of the document version the user is looking at, and the annotation as the user saw
 * it in the effective analysis (the engine's with {@link #records} laid over it). Futures complete after the
 * commit; they fail with {@link StoreException}.
 */
public interface AnnotationRepository {

    /**
     * The user's records of that version, in the order they were made: what {@code org.lector.overlay.Overlay}
     * lays over the engine's analysis to give what the reader sees.
     */
    UserRecords records(long versionId);

    /** Records of the document that could not be re-anchored in its latest version. */
    List<OrphanAnnotation> orphans(long documentId);

    /**
     * Adds an entity mention. {@code sameEntityAs} is the span of a mention in the cluster it joins, or null for
     * an entity of its own.
     *
     * @return the new mention's id
     */
    CompletableFuture<String> addEntity(long versionId, Span span, EntityType type, String subtype,
            Span sameEntityAs);

    /** Removes an annotation: supersedes an automatic one, deletes one of the user's own. */
    CompletableFuture<Void> reject(long versionId, AnnotationRef target);

    /**
     * Takes back what the user did to the automatic annotation {@code automatic} (accepted, rejected, retyped,
     * re-spanned, edited): those records and the user copies they made are removed, so the engine's annotation
     * shows again as it was. Merges are kept. This is how accepting or rejecting an automatic annotation is undone.
     */
    CompletableFuture<Void> restore(long versionId, AnnotationRef automatic);

    /** Confirms an automatic mention, so it stays even if a later analysis no longer finds it. */
    CompletableFuture<String> accept(long versionId, EntityMention mention);

    CompletableFuture<String> retype(long versionId, EntityMention mention, EntityType type, String subtype);

    CompletableFuture<String> respan(long versionId, EntityMention mention, Span span);

    /** Merges the cluster holding the mention at {@code absorbed} into the one holding the mention at {@code kept}. */
    CompletableFuture<Void> mergeClusters(long versionId, Span kept, Span absorbed);

    /**
     * Moves the one mention at {@code mention} into the cluster of the mention at {@code into}; the rest of its old
     * cluster stays together. A cluster left without mentions is the one it joined, for quotes and facts too.
     * Kept as an {@link UserAction#EDIT} of kind {@link AnnotationKind#CLUSTER}.
     */
    CompletableFuture<Void> linkMention(long versionId, Span mention, Span into);

    /**
     * Takes the mention at {@code mention} out of its cluster into an entity of its own, named by its text. Kept as
     * an {@link UserAction#EDIT} of kind {@link AnnotationKind#CLUSTER}.
     */
    CompletableFuture<Void> splitMention(long versionId, Span mention);

    /**
     * Takes back the latest of the user's records of {@code action} on the annotation of {@code kind} at
     * {@code span}, with the user copy it made: what the engine found there shows again as the engine found it.
     * The undo of a reject, accept, retype or re-span of an automatic annotation ({@code kind} and {@code span}
     * as given to that call), of a merge ({@link AnnotationKind#CLUSTER} at the absorbed span), and of a link or
     * split ({@link UserAction#EDIT}, {@link AnnotationKind#CLUSTER} at the mention's span).
     *
     * @return whether there was such a record
     */
    CompletableFuture<Boolean> withdraw(long versionId, UserAction action, AnnotationKind kind, Span span);

    /** Brings back one of the user's own annotations that {@link #reject} or {@link #deleteNote} took. */
    CompletableFuture<Void> restore(String id);

    /** @param span the passage, or null for a note on the whole document */
    CompletableFuture<String> addNote(long versionId, Span span, String text);

    CompletableFuture<Void> editNote(String noteId, String text);

    CompletableFuture<Void> deleteNote(String noteId);

    CompletableFuture<String> setFactStatus(long versionId, Fact fact, FactStatus status, String evidence,
            String evidenceUrl);

    /**
     * Adds a quote. {@code speakerMention} is the span of a mention of the speaker (its cluster becomes the
     * speaker), or null; {@code cue} the span of the cue verb, or null.
     */
    CompletableFuture<String> addQuote(long versionId, Span span, QuoteKind kind, Span speakerMention,
            String speakerName, Span cue);

    /** Changes a quote's kind, speaker or cue; arguments as in {@link #addQuote}. */
    CompletableFuture<String> editQuote(long versionId, Quote quote, QuoteKind kind, Span speakerMention,
            String speakerName, Span cue);

    /**
     * Adds a fact the reader found: {@code fact}'s span and fields (its id, score and provenance are not kept).
     * {@code sourceMention} is the span of a mention of the source (its cluster becomes the source), or null to
     * keep {@code fact.sourceName()} as typed.
     *
     * @return the new fact's id
     */
    CompletableFuture<String> addFact(long versionId, Fact fact, Span sourceMention);

    /**
     * Changes a fact's claim, quantities, time, source, status and evidence to those of {@code changed}, keeping
     * its span; an automatic fact is superseded by an 'edit' action and a user copy. {@code sourceMention} as in
     * {@link #addFact}.
     *
     * @return the id of the fact as changed
     */
    CompletableFuture<String> editFact(long versionId, Fact fact, Fact changed, Span sourceMention);

    /**
     * Files {@code document} as {@link DocumentRepository#importDocument} does and adds {@code imported} to it as
     * the reader's own, all in one transaction: a failure leaves the library as it was. Each imported mention, quote
     * and fact takes the place of what the engine finds on the same span (now or in a later analysis), as the
     * reader's accepted or edited copy; each mention keeps its form and its entity, named and typed as the import
     * says, or no entity; notes keep their times and tags; each of {@code rejected} is rejected. What the library
     * already has as the reader's own (same span and content) is not added again, so importing twice changes
     * nothing. Every span must lie on {@code document}'s text.
     */
    CompletableFuture<ImportReport> importAnnotations(Document document, Analysis imported, Analysis rejected);

    /**
     * Takes back the reader's change to an automatic annotation: deletes the user copy {@code copyId} and the
     * actions it stands in for, so the engine's annotation shows again. A user annotation that replaced nothing
     * is deleted.
     */
    CompletableFuture<Void> revertToAutomatic(long versionId, String copyId);
}

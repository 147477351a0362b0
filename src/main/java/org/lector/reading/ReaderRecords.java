package org.lector.reading;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.lector.model.AnnotationKind;
import org.lector.model.AnnotationRef;
import org.lector.model.Analysis;
import org.lector.model.DictionaryEntry;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.model.UserAction;
import org.lector.store.AnnotationRepository;
import org.lector.store.Dictionary;
import org.lector.store.StoreException;

/**
 * The reader's records of one article, where a library keeps them: what the window's edits change, without the
 * window knowing the library. Every change is one transaction of the library's, made in the order asked; its future
 * completes after the commit and fails with the library's fault ({@link #problem} says it in words). The methods
 * are those of the library's annotations and dictionary, for the version of the article shown; see
 * {@link AnnotationRepository} for what each keeps.
 */
public final class ReaderRecords {

    private final LibraryPlace place;

    public ReaderRecords(LibraryPlace place) {
        this.place = Objects.requireNonNull(place, "place");
    }

    /** What the reader sees of the article now: {@code auto} with the records as the library has them. */
    public Analysis seen(Analysis auto) {
        return place.seen(auto);
    }

    /**
     * The sentence for the reader when {@code failure} is the library's (a full disk, a locked file), else empty:
     * the library's messages are whole sentences naming the file.
     */
    public static Optional<String> problem(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof StoreException s ? Optional.of(s.getMessage()) : Optional.empty();
    }

    private AnnotationRepository annotations() {
        return place.library().annotations();
    }

    private Dictionary dictionary() {
        return place.library().dictionary();
    }

    private long version() {
        return place.versionId();
    }

    // ---- names ----------------------------------------------------------------------------------------------

    /** @return the new mention's id */
    public CompletableFuture<String> addEntity(Span span, EntityType type, String subtype, Span sameEntityAs) {
        return annotations().addEntity(version(), span, type, subtype, sameEntityAs);
    }

    public CompletableFuture<Void> reject(AnnotationRef target) {
        return annotations().reject(version(), target);
    }

    /** Takes back what the reader did to the engine's annotation {@code automatic}, merges aside. */
    public CompletableFuture<Void> restore(AnnotationRef automatic) {
        return annotations().restore(version(), automatic);
    }

    /** Brings back one of the reader's own annotations that {@link #reject} or {@link #deleteNote} took. */
    public CompletableFuture<Void> restoreOwn(String id) {
        return annotations().restore(id);
    }

    public CompletableFuture<String> accept(EntityMention mention) {
        return annotations().accept(version(), mention);
    }

    public CompletableFuture<String> retype(EntityMention mention, EntityType type, String subtype) {
        return annotations().retype(version(), mention, type, subtype);
    }

    public CompletableFuture<String> respan(EntityMention mention, Span span) {
        return annotations().respan(version(), mention, span);
    }

    public CompletableFuture<Void> merge(Span kept, Span absorbed) {
        return annotations().mergeClusters(version(), kept, absorbed);
    }

    public CompletableFuture<Void> link(Span mention, Span into) {
        return annotations().linkMention(version(), mention, into);
    }

    public CompletableFuture<Void> split(Span mention) {
        return annotations().splitMention(version(), mention);
    }

    /** Takes back the latest record of {@code action} on the annotation of {@code kind} at {@code span}. */
    public CompletableFuture<Boolean> withdraw(UserAction action, AnnotationKind kind, Span span) {
        return annotations().withdraw(version(), action, kind, span);
    }

    // ---- notes, quotes, facts ---------------------------------------------------------------------------------

    /** @param span the passage, or null for a note on the whole article */
    public CompletableFuture<String> addNote(Span span, String text) {
        return annotations().addNote(version(), span, text);
    }

    public CompletableFuture<Void> deleteNote(String noteId) {
        return annotations().deleteNote(noteId);
    }

    public CompletableFuture<String> addQuote(Span span, QuoteKind kind, Span speakerMention, String speakerName,
            Span cue) {
        return annotations().addQuote(version(), span, kind, speakerMention, speakerName, cue);
    }

    public CompletableFuture<String> editQuote(Quote quote, QuoteKind kind, Span speakerMention, String speakerName,
            Span cue) {
        return annotations().editQuote(version(), quote, kind, speakerMention, speakerName, cue);
    }

    public CompletableFuture<String> addFact(Fact fact, Span sourceMention) {
        return annotations().addFact(version(), fact, sourceMention);
    }

    public CompletableFuture<String> editFact(Fact fact, Fact changed, Span sourceMention) {
        return annotations().editFact(version(), fact, changed, sourceMention);
    }

    public CompletableFuture<String> setFactStatus(Fact fact, FactStatus status, String evidence,
            String evidenceUrl) {
        return annotations().setFactStatus(version(), fact, status, evidence, evidenceUrl);
    }

    /** Takes back the reader's change to an engine's annotation, whose copy is {@code copyId}. */
    public CompletableFuture<Void> revertToAutomatic(String copyId) {
        return annotations().revertToAutomatic(version(), copyId);
    }

    // ---- the reader's dictionary ------------------------------------------------------------------------------

    /** Puts {@code entry} in the dictionary; the entry it replaced, if any. */
    public CompletableFuture<Optional<DictionaryEntry>> learn(DictionaryEntry entry) {
        return dictionary().replace(entry);
    }

    /** Puts {@code entry} back as it was before a lesson. */
    public CompletableFuture<Void> restoreInDictionary(DictionaryEntry entry) {
        return dictionary().put(entry);
    }

    public CompletableFuture<Void> forgetInDictionary(String text, String type) {
        return dictionary().delete(text, type);
    }
}

package org.lector.reading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.lector.export.ExportFormat;
import org.lector.export.ExportInput;
import org.lector.export.Rejections;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.OrphanAnnotation;
import org.lector.model.Span;
import org.lector.model.UserRecords;
import org.lector.nlp.AnalysisEngine;
import org.lector.nlp.AnalysisProgress;
import org.lector.nlp.CancellationToken;
import org.lector.overlay.DictionaryOverlay;
import org.lector.overlay.Overlay;
import org.lector.store.AnnotationRepository;
import org.lector.store.DocumentVersionRef;
import org.lector.store.ImportReport;
import org.lector.store.Library;
import org.lector.store.StoreException;
import org.lector.store.StoredDocument;

/**
 * Reading an article: this document, in this library, gives what the reader sees of it. The one place that
 * sequence is written, for the window, {@code analyze}, {@code export} and {@code import} alike:
 *
 * <ol>
 *   <li>the document is filed in the library (the same text is the same version; a changed one a new version, the
 *       reader's records re-anchored to it, those that lost their place kept as orphans);</li>
 *   <li>the engine's analysis of that version comes from the library's cache when this engine analysed it before,
 *       else from the engine, and is then cached (the engine's output alone: the dictionary may change);</li>
 *   <li>the reader's dictionary is laid over it, then the reader's records of this article
 *       ({@link DictionaryOverlay}, {@link Overlay});</li>
 *   <li>the article's date is its file's metadata, else the dateline in its first lines.</li>
 * </ol>
 *
 * Without a library it is the engine alone. Every method runs on the calling thread, which should not be the FX
 * thread: the library is read and the engine may run.
 */
public final class Reading {

    private final Engine engine;

    public Reading(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** The engine this reading analyses with. */
    public Engine engine() {
        return engine;
    }

    /**
     * The article's own date: its file's metadata, else the dateline in its first lines; null when neither gives
     * one. The only source of an article's date, so the window, the analysis JSON and every export agree.
     */
    public static LocalDate articleDate(Document document) {
        return AnalysisEngine.articleDate(document);
    }

    /**
     * Where an article stands in a library, found without the engine.
     *
     * @param place    where it is kept
     * @param cached   the article as the reader sees it when this version was analysed before by this engine, else
     *                 null
     * @param document the document as the library keeps it: the one looked up, or the version of it the reader made
     *                 by accepting repairs ({@link org.lector.store.DocumentRepository#repairedVersionOf}), whose
     *                 text the place's records and the cached analysis refer to
     */
    public record Lookup(LibraryPlace place, Article cached, Document document) {

        public Lookup {
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(document, "document");
        }
    }

    /**
     * Files {@code document} in {@code library} (adding it, or a new version of it, when it is not there) and finds
     * its cached analysis with the dictionary and the reader's records laid over it; quick, and needs no language
     * models.
     *
     * @throws StoreException when the library cannot be used
     */
    public Lookup lookUp(Document document, Library library) {
        LibraryPlace filed = file(document, library);
        Optional<StoredDocument> repaired = library.documents().repairedVersionOf(filed.versionId());
        LibraryPlace place = repaired.map(r -> new LibraryPlace(library, r.documentId(), r.versionId())).orElse(filed);
        Document kept = dated(repaired.map(StoredDocument::document).orElse(document), library, place.versionId());
        Optional<Analysis> cached = library.analysisCache().cached(place.versionId(), engine.version());
        return new Lookup(place, cached.map(engineOutput -> laidOver(kept, place, engineOutput, true))
                .orElse(null), kept);
    }

    /**
     * {@code document} with the date {@code library} reads its version with: the one the reader gave the article
     * when there is one, else the version's own. It is the date the article is shown, analysed and exported with
     * (its relative dates resolved against it), and a date the reader takes away is gone from it too.
     */
    private static Document dated(Document document, Library library, long versionId) {
        LocalDate date = library.documents().articleDate(versionId).orElse(null);
        if (Objects.equals(date, document.date())) {
            return document;
        }
        return new Document(document.title(), document.text(), document.source(), document.format(),
                document.charset(), document.sha256(), date, document.metadata());
    }

    /**
     * What the reader sees of {@code document}: from {@code library} as {@link Reading} says, the engine running
     * only when the library has no analysis of this version by this engine; without a library (null), the engine's
     * analysis alone.
     *
     * @throws StoreException when the library cannot be used
     */
    public Article read(Document document, Library library, CancellationToken cancel) {
        return read(document, library, cancel, AnalysisProgress.NONE);
    }

    /** As {@link #read(Document, Library, CancellationToken)}, telling {@code progress} how far the engine has got. */
    public Article read(Document document, Library library, CancellationToken cancel, AnalysisProgress progress) {
        if (library == null) {
            return withoutLibrary(document, engine.analyze(document, cancel, names -> { }, progress));
        }
        Lookup lookup = lookUp(document, library);
        if (lookup.cached() != null) {
            return lookup.cached();
        }
        Document kept = lookup.document();
        Analysis engineOutput = engine.analyze(kept, cancel, names -> { }, progress);
        join(cache(lookup.place(), engineOutput));
        return laidOver(kept, lookup.place(), engineOutput, false);
    }

    /**
     * Adds annotations read from a file (an export, another tool's) to the reader's records of {@code document} in
     * {@code library}, as the reader's own: the document is filed as {@link #lookUp} files it (the same text is the
     * same version, a changed one a new version), in the same transaction as the records, so a refused import
     * leaves the library as it was ({@link AnnotationRepository#importAnnotations}). The engine is not needed: what
     * the reader sees of the article afterwards is what {@link #read} lays the records over, whenever it runs.
     *
     * @param imported annotations verified against {@code document}'s text (every span on it)
     * @param rejected the engine's annotations the file says the reader took away
     * @throws StoreException when the library cannot be used
     */
    public static ImportReport importAnnotations(Document document, Library library, Analysis imported,
            Analysis rejected) {
        return join(library.annotations().importAnnotations(document, imported, rejected));
    }

    /**
     * The article where {@code lookup} found it, once the engine has analysed it: {@code engineOutput} is cached in
     * the background (a failure is the returned article's {@code caching} future's, so the reader is not kept
     * waiting for the write) and the dictionary and the reader's records are laid over it.
     *
     * @throws StoreException when the reader's records cannot be read
     */
    public Fresh analysed(Document document, Lookup lookup, Analysis engineOutput) {
        CompletableFuture<Void> caching = cache(lookup.place(), engineOutput);
        return new Fresh(laidOver(document, lookup.place(), engineOutput, false), caching);
    }

    /**
     * Tier 0 of an article the engine has not analysed yet: the names the library already knows laid over no
     * engine output at all (the reader's dictionary, in one pass over the text, and the reader's own records of this
     * version), so they can be shown with the text, before the language models are loaded. The engine's tiers keep
     * them: the same layers are laid over every tier ({@link #provisional}) and over the final analysis.
     *
     * @throws StoreException when the reader's records cannot be read
     */
    public Article known(Document document, Lookup lookup) {
        return provisional(document, lookup, Analysis.empty());
    }

    /**
     * An early tier of the engine's analysis (the names tier) with the dictionary and the reader's records laid over
     * it as over the final analysis, so a name the reader or the dictionary gave does not vanish between tiers. Not
     * cached: only the final analysis is.
     *
     * @throws StoreException when the reader's records cannot be read
     */
    public Article provisional(Document document, Lookup lookup, Analysis engineTier) {
        return laidOver(document, lookup.place(), engineTier, false);
    }

    /**
     * An article the engine has just analysed, and the write of that analysis to the library's cache.
     *
     * @param caching completes when the analysis is cached; fails with {@link StoreException}
     */
    public record Fresh(Article article, CompletableFuture<Void> caching) {
    }

    /** The article read without a library: the engine's analysis alone. */
    public Article withoutLibrary(Document document, Analysis engineOutput) {
        return new Article(document, articleDate(document), engineOutput, engineOutput, List.of(), null, false);
    }

    /**
     * What an exporter needs of the article: {@code shown} (what the reader sees of it, edits included), its date,
     * and for token-level formats (CoNLL) the engine's tokens, so the window and {@code export} tokenize alike.
     */
    public ExportInput exportInput(Document document, Analysis shown, ExportFormat format, Instant exportedAt,
            CancellationToken cancel) {
        return exportInput(document, shown, Analysis.empty(), format, exportedAt, cancel);
    }

    /**
     * What an exporter needs of {@code article} as it was read: {@link #exportInput(Document, Analysis,
     * ExportFormat, Instant, CancellationToken) its analysis, date and tokens}, and what the reader took away of the
     * engine's output ({@link Rejections} of {@link Article#auto()}), which the formats that import again carry so
     * that a library whose engine finds it again hides it again.
     */
    public ExportInput exportInput(Article article, ExportFormat format, Instant exportedAt,
            CancellationToken cancel) {
        return exportInput(article.document(), article.analysis(), article.auto(), format, exportedAt, cancel);
    }

    /**
     * What an exporter needs of {@code document} as the reader sees it ({@code shown}, edits included) after the
     * engine gave {@code engineOutput}: as {@link #exportInput(Article, ExportFormat, Instant, CancellationToken)},
     * for the window, whose shown analysis moves on with each edit.
     */
    public ExportInput exportInput(Document document, Analysis shown, Analysis engineOutput, ExportFormat format,
            Instant exportedAt, CancellationToken cancel) {
        List<Span> tokens = format == ExportFormat.CONLL ? engine.tokens(document, cancel) : List.of();
        return new ExportInput(document, shown, Rejections.of(engineOutput, shown), tokens, articleDate(document),
                exportedAt);
    }

    private static LibraryPlace file(Document document, Library library) {
        DocumentVersionRef ref = join(library.documents().importDocument(document));
        return new LibraryPlace(library, ref.documentId(), ref.versionId());
    }

    /** The future's value; a library's failure as the {@link StoreException} it is. */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof StoreException s ? s : e;
        }
    }

    private CompletableFuture<Void> cache(LibraryPlace place, Analysis engineOutput) {
        return place.library().analysisCache().put(place.versionId(), engine.version(), engineOutput);
    }

    private static List<OrphanAnnotation> orphansOf(LibraryPlace place) {
        return place.library().annotations().orphans(place.documentId());
    }

    /** The article at {@code place} with the dictionary and the reader's records laid over the engine's output. */
    static Article laidOver(Document document, LibraryPlace place, Analysis engineOutput, boolean fromLibrary) {
        Library library = place.library();
        UserRecords records = library.annotations().records(place.versionId());
        Analysis auto = DictionaryOverlay.apply(document.text(), engineOutput, library.dictionary().list(), records);
        return new Article(document, articleDate(document), Overlay.apply(auto, records), auto, orphansOf(place),
                place, fromLibrary);
    }
}

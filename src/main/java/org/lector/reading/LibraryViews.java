package org.lector.reading;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import org.lector.library.Carryover;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.lector.library.Claim;
import org.lector.library.Claims;
import org.lector.library.Identities;
import org.lector.library.Person;
import org.lector.model.ArticleFact;
import org.lector.model.ArticleRef;
import org.lector.library.Digest;
import org.lector.library.People;
import org.lector.library.TextChange;
import org.lector.library.TextDiff;
import org.lector.model.Analysis;
import org.lector.model.IdentityEdit;
import org.lector.store.Library;
import org.lector.store.LibraryIndex;
import org.lector.store.StoredDocument;
import org.lector.store.VersionEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The views across one library: its people, its claims, the versions of its articles. The rows they read are
 * brought up to date first ({@link #refresh}): each document whose latest version was filed, analysed or edited
 * since its rows were built gets them built again from its analysis as the reader sees it (the engine's cached
 * analysis, the dictionary, the reader's records). Runs on the calling thread, never the FX thread.
 */
public final class LibraryViews {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryViews.class);

    private final Library library;
    private final String pipeline;

    /**
     * @param pipeline the engine version whose cached analyses are preferred (a version analysed by an older engine
     *                 only is read from that one)
     */
    public LibraryViews(Library library, String pipeline) {
        this.library = library;
        this.pipeline = pipeline;
    }

    public Library library() {
        return library;
    }

    /**
     * Builds the rows of every document whose rows are missing or out of date.
     *
     * @param progress told (done, total) after each document; may be null
     * @return how many documents were rebuilt
     */
    public int refresh(BiConsumer<Integer, Integer> progress) {
        library.index().checkRules(IdentityRules.INSTANCE).join();
        // Only the documents marked since the last check are compared with their stamps, unless all must be.
        LibraryIndex.Touched touched = library.index().touched();
        List<LibraryIndex.Stale> stale;
        if (touched.all(pipeline)) {
            stale = library.index().stale(pipeline);
        } else {
            stale = new java.util.ArrayList<>();
            for (long documentId : touched.documents().keySet()) {
                library.index().stale(pipeline, documentId).ifPresent(stale::add);
            }
        }
        int done = 0;
        CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
        for (LibraryIndex.Stale s : stale) {
            Optional<StoredDocument> stored = library.documents().version(s.versionId());
            Optional<Analysis> cached = library.analysisCache().cached(s.versionId(), s.pipeline());
            if (stored.isPresent() && cached.isPresent()) {
                last = put(s, stored.get().document().text(), seen(stored.get(), cached.get()));
            }
            done++;
            if (progress != null) {
                progress.accept(done, stale.size());
            }
        }
        last.join();
        if (!touched.documents().isEmpty() || touched.all(pipeline)) {
            library.index().checked(touched, pipeline).join();
        }
        int families = library.index().resolve(IdentityRules.INSTANCE).join();
        if (!stale.isEmpty() || families > 0) {
            LOG.info("library views: {} documents read again, the identities of {} families worked out again",
                    stale.size(), families);
        }
        return stale.size();
    }

    /**
     * Builds every row and identity again from the analyses, as for a library of an older version.
     *
     * @return how many documents were read again
     */
    public int rebuild(BiConsumer<Integer, Integer> progress) {
        library.index().forgetRules().join();
        return refresh(progress);
    }

    /**
     * Builds the rows of one document from {@code seen}, its analysis as the reader sees it now, which the caller
     * has just worked out (after filing it or after an edit). Does nothing when its rows are up to date.
     */
    public CompletableFuture<Void> indexed(long documentId, String text, Analysis seen) {
        return library.index().stale(pipeline, documentId)
                .map(s -> put(s, text, seen))
                .orElse(CompletableFuture.completedFuture(null));
    }

    private CompletableFuture<Void> put(LibraryIndex.Stale s, String text, Analysis seen) {
        Digest d = Digest.of(s.documentId(), text, seen);
        return library.index().put(s, d.entities(), d.quotes(), d.facts(),
                IdentityRules.keys(d.entities(), d.quotes(), d.facts()));
    }

    /** The engine's analysis of a version with the dictionary and the reader's records laid over it. */
    private Analysis seen(StoredDocument version, Analysis engineOutput) {
        return Reading.laidOver(version.document(), new LibraryPlace(library, version.documentId(),
                version.versionId()), engineOutput, true).analysis();
    }

    /**
     * The library's people and speaking organisations as its index holds them, the rows and the identities of the
     * articles changed since the last time brought up to date first.
     */
    public Identities people() {
        refresh(null);
        return new IndexedPeople(library.index());
    }

    /**
     * The claims articles share, read by the claim keys the index holds (brought up to date first), with
     * {@code people} naming their subjects.
     */
    public Claims claims(Identities people) {
        refresh(null);
        Map<String, List<ArticleFact>> keyed = library.index().claimFacts();
        Set<Long> documents = new HashSet<>();
        keyed.values().forEach(fs -> fs.forEach(f -> documents.add(f.documentId())));
        Map<Long, ArticleRef> articles = new HashMap<>();
        library.index().articles(documents).forEach(a -> articles.put(a.documentId(), a));
        Map<String, List<Claim>> byKey = new LinkedHashMap<>();
        keyed.forEach((key, facts) -> {
            List<Claim> claims = new ArrayList<>(facts.size());
            facts.forEach(f -> claims.add(new Claim(articles.get(f.documentId()), f.fact())));
            byKey.put(key, claims);
        });
        return Claims.grouped(byKey, key -> people.byKey(key).map(Person::name));
    }

    /**
     * The people worked out from every row of the index at once, as before the index kept them: what the kept
     * identities must always equal (the tests compare them), and the benchmark's baseline.
     */
    public People peopleFromRows() {
        refresh(null);
        return People.resolve(library.index().articles(), library.index().entities(), library.index().quotes(),
                library.index().identityEdits());
    }

    /** The claims grouped from every fact row at once, with {@code people}: the counterpart of {@link #claims}. */
    public Claims claimsFromRows(Identities people) {
        refresh(null);
        return Claims.group(library.index().articles(), library.index().facts(), people);
    }

    /** Joins identity {@code from} into {@code into}, as a record of its own. */
    public CompletableFuture<IdentityEdit> merge(String from, String into) {
        return library.index().addIdentityEdit(IdentityEdit.Kind.MERGE, from, into, null);
    }

    /**
     * Takes the entities named {@code nameKey} out of identity {@code from}: in article {@code documentId}, or in
     * every article when it is null.
     */
    public CompletableFuture<IdentityEdit> split(String from, String nameKey, Long documentId) {
        return library.index().addIdentityEdit(IdentityEdit.Kind.SPLIT, from, nameKey, documentId);
    }

    /** The reader's merges and splits, oldest first. */
    public List<IdentityEdit> identityEdits() {
        return library.index().identityEdits();
    }

    /** Takes back a merge or split. */
    public CompletableFuture<Boolean> undo(IdentityEdit edit) {
        return library.index().withdrawIdentityEdit(edit.id());
    }

    /**
     * Where a version stands among its document's versions, and what changed since the one before.
     *
     * @param number  its place among the versions, from 1
     * @param of      how many versions the document has
     * @param changes the passages that differ from the previous version; empty for the first
     */
    public record VersionInfo(int number, int of, List<TextChange> changes) {
    }

    /** The place of version {@code versionId} of document {@code documentId}, and its changes from the previous. */
    public Optional<VersionInfo> version(long documentId, long versionId) {
        List<VersionEntry> versions = library.documents().versions(documentId);
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).versionId() != versionId) {
                continue;
            }
            if (i == 0) {
                return Optional.of(new VersionInfo(1, versions.size(), List.of()));
            }
            String before = text(versions.get(i - 1).versionId());
            String now = text(versionId);
            return Optional.of(new VersionInfo(i + 1, versions.size(), TextDiff.between(before, now)));
        }
        return Optional.empty();
    }

    /**
     * Two versions of one document compared: the passages that differ, what became of each annotation the reader
     * saw on the older one, and the newer one's quotes and facts whose words changed.
     */
    public Carryover compare(long olderVersionId, long newerVersionId) {
        StoredDocument older = stored(olderVersionId);
        StoredDocument newer = stored(newerVersionId);
        return Carryover.of(older.document().text(), seenOrEngine(older), newer.document().text(),
                seenOrEngine(newer));
    }

    /**
     * One version of a document, for a list of its versions.
     *
     * @param number   its place among the document's versions, from 1
     * @param imported when it was filed
     */
    public record VersionRow(long documentId, long versionId, int number, String title, java.time.Instant imported,
            int length) {
    }

    /** The versions of a document, oldest first. */
    public List<VersionRow> versions(long documentId) {
        return library.documents().versions(documentId).stream()
                .map(v -> new VersionRow(v.documentId(), v.versionId(), v.number(), v.title(), v.imported(),
                        v.length()))
                .toList();
    }

    /** The document filed from {@code source} (or once opened from it), when the library has it. */
    public java.util.OptionalLong documentOf(String source) {
        return library.documents().findBySource(source).map(d -> java.util.OptionalLong.of(d.documentId()))
                .orElse(java.util.OptionalLong.empty());
    }

    /** The text and metadata of a version, to show it; empty when it was deleted meanwhile. */
    public Optional<org.lector.model.Document> document(long versionId) {
        return library.documents().version(versionId).map(StoredDocument::document);
    }

    private Analysis seenOrEngine(StoredDocument version) {
        Analysis engineOutput = library.analysisCache().cached(version.versionId(), pipeline)
                .or(() -> library.analysisCache().latest(version.versionId())).orElse(Analysis.empty());
        return seen(version, engineOutput);
    }

    private StoredDocument stored(long versionId) {
        return library.documents().version(versionId)
                .orElseThrow(() -> new IllegalArgumentException("no version " + versionId));
    }

    private String text(long versionId) {
        return stored(versionId).document().text();
    }
}

package org.lector.store;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.lector.model.ArticleFact;
import org.lector.model.ArticleQuote;
import org.lector.model.ArticleRef;
import org.lector.model.EntityType;
import org.lector.model.IdentityEdit;
import org.lector.model.NamedEntity;

/**
 * What each document's latest version contributes to the views across the library (its named persons and
 * organisations, its quotes, its facts, as the reader sees them), kept as narrow rows so the People and claims
 * views open without parsing every analysis; and the reader's merges and splits of identities.
 *
 * <p>The rows are derived: whoever lays the reader's records over an analysis builds them ({@link #put}), stamped
 * with what they were built from; {@link #stale} lists the documents whose stamp no longer matches (a new version, a
 * new analysis, an edit, a dictionary change). Reads are synchronous (call them off the FX thread); writes return
 * futures that fail with {@link StoreException}.
 */
public interface LibraryIndex {

    /**
     * A document whose rows must be built (again).
     *
     * @param versionId its latest version, which the rows are built from
     * @param pipeline  the cached analysis to build them from: the preferred engine's, else the latest
     * @param stamp     what to stamp them with
     */
    record Stale(long documentId, long versionId, String pipeline, String stamp) {
    }

    /**
     * The documents with a cached analysis whose rows are missing or out of date.
     *
     * @param preferredPipeline the engine version whose analysis is used when a version has several
     */
    List<Stale> stale(String preferredPipeline);

    /** As {@link #stale(String)} for one document: empty when its rows are up to date or it has no analysis. */
    java.util.Optional<Stale> stale(String preferredPipeline, long documentId);

    /** Replaces the rows of {@code which.documentId()}, without the keys of identities (rows of no family). */
    default CompletableFuture<Void> put(Stale which, List<NamedEntity> entities, List<ArticleQuote> quotes,
            List<ArticleFact> facts) {
        return put(which, entities, quotes, facts, RowKeys.NONE);
    }

    /**
     * Replaces the rows of {@code which.documentId()} with the keys the identities are worked out by. The families
     * of the rows replaced and of the new ones are marked to be worked out again ({@link #resolve}).
     */
    CompletableFuture<Void> put(Stale which, List<NamedEntity> entities, List<ArticleQuote> quotes,
            List<ArticleFact> facts, RowKeys keys);

    /**
     * The family of an entity ({@code Names.family}): the names whose identities are worked out together. Null for
     * an entity that is no identity.
     */
    record EntityKey(String family) {
    }

    /**
     * How a quote's speaker or a fact's subject finds its identity: by the prefixed name keys {@code personName},
     * else {@code orgName} (a quote's speaker entity, when it has an identity, comes first); {@code family} and
     * {@code family2} are the families of those names (or of the speaker entity), null when there is none.
     */
    record Lookup(String family, String family2, String personName, String orgName) {
        public static final Lookup NONE = new Lookup(null, null, null, null);
    }

    /**
     * A fact's keys: its subject's lookup, its subject as words when no identity is found ({@code words:...}, null
     * for none), and its predicate key (null when it is no claim to compare).
     */
    record FactKey(Lookup subject, String words, String predicate) {
    }

    /** The keys of one document's rows: entities by cluster id, quotes and facts by id. */
    record RowKeys(java.util.Map<String, EntityKey> entities, java.util.Map<String, Lookup> quotes,
            java.util.Map<String, FactKey> facts) {
        public static final RowKeys NONE = new RowKeys(java.util.Map.of(), java.util.Map.of(), java.util.Map.of());
    }

    /**
     * One identity as the People list shows it.
     *
     * @param key      its key ({@code person:hillary clinton})
     * @param family   the family of its key
     * @param lastSeen the latest day of an article naming it
     */
    record IdentityRow(String key, String family, EntityType type, String name, List<String> variants, int articles,
            int quotes, java.time.LocalDate lastSeen) {
        public IdentityRow {
            variants = List.copyOf(variants);
        }
    }

    /**
     * What the identity rules make of some families: each entity's identity and the name key it was recognised by
     * (entities left out have none), the identities, and which identity every name key of those families stands for.
     */
    record Resolution(List<Assigned> entities, List<IdentityRow> identities, java.util.Map<String, String> names) {
    }

    /** The identity of one article's entity. */
    record Assigned(long documentId, String clusterId, String identity, String nameKey) {
    }

    /** The rules that work identities out, which the store holds no copy of. */
    interface Resolver {

        /** A version of the rules and of the keys {@link #put} was given: when it changes, every row is rebuilt. */
        String rules();

        /** The family of an identity key or a prefixed name key. */
        String familyOf(String key);

        /**
         * The identities of some families from all their entities.
         *
         * @param articles the articles of those entities
         * @param edits    all the reader's identity edits, oldest first
         */
        Resolution resolve(List<ArticleRef> articles, List<NamedEntity> entities, List<IdentityEdit> edits);
    }

    /**
     * The documents whose rows may be out of date since they were last checked, each with the mark's sequence
     * number (document -1: all of them), and the engine version they were last checked for.
     */
    record Touched(java.util.Map<Long, Long> documents, String pipeline) {

        /** Whether every document must be checked: marked so, or checked for another engine version. */
        public boolean all(String preferredPipeline) {
            return documents.containsKey(-1L) || !preferredPipeline.equals(pipeline);
        }
    }

    /** The documents marked since they were last checked. */
    Touched touched();

    /** Takes the marks of {@code touched} away (not those made since), the documents checked for {@code pipeline}. */
    CompletableFuture<Void> checked(Touched touched, String pipeline);

    /**
     * Whether the rows were built under {@code resolver}'s rules; when not, forgets every document's stamp so that
     * {@link #stale} lists them all. Completes with whether they were.
     */
    CompletableFuture<Boolean> checkRules(Resolver resolver);

    /**
     * Forgets the rules the rows were built under, so that the next {@link #checkRules} has every row built again
     * and every identity worked out again, as for a library of an older version.
     */
    CompletableFuture<Void> forgetRules();

    /**
     * Works out again the identities of the families marked since the last time (and of those the reader's edits
     * join to them), and the quote speakers and claim keys that depend on them, in one transaction. Completes with
     * how many families were worked out.
     */
    CompletableFuture<Integer> resolve(Resolver resolver);

    /** Every identity, as last worked out. */
    List<IdentityRow> identities();

    /** One identity, when there is one of that key. */
    java.util.Optional<IdentityRow> identity(String key);

    /** The identity a prefixed name key stands for ({@code person:clinton}). */
    java.util.Optional<String> identityOfName(String nameKey);

    /**
     * The entities of one identity, each with the name key it was recognised by.
     *
     * @return entities and their name keys, in the same order
     */
    List<java.util.Map.Entry<NamedEntity, String>> members(String identity);

    /** The quotes of one identity. */
    List<ArticleQuote> quotesOf(String identity);

    /** The identities named in the same articles as {@code identity}, with in how many, most shared first. */
    java.util.Map<String, Integer> companions(String identity, int limit);

    /** The indexed articles among {@code documentIds}. */
    List<ArticleRef> articles(java.util.Collection<Long> documentIds);

    /** The facts two articles or more state under one claim key, by claim key. */
    java.util.Map<String, List<ArticleFact>> claimFacts();

    /** The indexed articles: each document at the version its rows were built from. */
    List<ArticleRef> articles();

    /** Every indexed person and organisation. */
    List<NamedEntity> entities();

    /** Every indexed quote. */
    List<ArticleQuote> quotes();

    /** Every indexed fact. */
    List<ArticleFact> facts();

    /** The reader's merges and splits, in the order they were made. */
    List<IdentityEdit> identityEdits();

    /** Records a merge or split; see {@link IdentityEdit}. */
    CompletableFuture<IdentityEdit> addIdentityEdit(IdentityEdit.Kind kind, String identity, String into,
            Long documentId);

    /** Deletes an identity edit: its undo. Completes with whether there was one. */
    CompletableFuture<Boolean> withdrawIdentityEdit(long id);
}

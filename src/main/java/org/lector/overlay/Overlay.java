package org.lector.overlay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.lector.model.Analysis;
import org.lector.model.AnnotationKind;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityNames;
import org.lector.model.EntityType;
import org.lector.model.ImportedEntity;
import org.lector.model.Fact;
import org.lector.model.MentionForm;
import org.lector.model.Note;
import org.lector.model.Quote;
import org.lector.model.Span;
import org.lector.model.UserAction;
import org.lector.model.UserAnnotation;
import org.lector.model.UserEdit;
import org.lector.model.UserRecords;

/**
 * What the reader sees: the engine's analysis with the reader's records laid over it. An edit of an automatic
 * annotation hides it (by kind and span, so the engine's ids need not survive), the reader's own annotations and
 * copies are added, cluster edits (merge, link, split) move mentions between entities, and quotes and facts follow
 * their speaker's or source's entity wherever it went. Pure: nothing is read or written, and the same input always
 * gives the same analysis.
 */
public final class Overlay {

    private Overlay() {
    }

    /**
     * {@code auto} (the engine's output, the dictionary laid over it) with {@code records} applied: superseded
     * annotations removed, the reader's copies and additions added, clusters merged, notes included; mentions,
     * quotes and facts in text order. The result's pipeline version is {@code auto}'s.
     */
    public static Analysis apply(Analysis auto, UserRecords records) {
        Set<Superseded> superseded = new HashSet<>();
        // The user copy that replaced a superseded mention, by the old span: a cluster edit made on the mention
        // before it was re-spanned still finds it.
        Map<Span, String> replacedBy = new HashMap<>();
        for (UserEdit e : records.edits()) {
            if (e.supersedes()) {
                superseded.add(new Superseded(e.kind(), e.span()));
                if (e.kind() == AnnotationKind.ENTITY && e.replacement() != null) {
                    replacedBy.put(e.span(), e.replacement());
                }
            }
        }
        // Cluster membership by mention span, including superseded mentions: a user copy of a retyped mention
        // stays in the cluster of the mention it replaced.
        Map<Span, String> clusterAt = new HashMap<>();
        for (EntityMention m : auto.entities()) {
            if (m.clusterId() != null) {
                clusterAt.putIfAbsent(m.span(), m.clusterId());
            }
        }
        Map<String, ClusterDraft> clusters = new LinkedHashMap<>();
        for (EntityCluster c : auto.clusters()) {
            clusters.put(c.id(), new ClusterDraft(c.id(), c.name(), c.type()));
        }
        // Clusters whose members the user changed: their names and types are worked out again from the members.
        Set<String> touched = new HashSet<>();
        List<EntityMention> entities = new ArrayList<>();
        for (EntityMention m : auto.entities()) {
            if (!superseded.contains(new Superseded(AnnotationKind.ENTITY, m.span()))) {
                entities.add(m);
            } else if (m.clusterId() != null) {
                touched.add(m.clusterId());
            }
        }
        for (UserAnnotation a : records.annotations()) {
            if (!(a instanceof UserAnnotation.MentionRecord r)) {
                continue;
            }
            EntityMention m = r.mention();
            ImportedEntity imported = r.imported();
            String clusterId;
            if (imported != null && imported.isNone()) {
                clusterId = null; // imported as a mention of no entity
            } else if (imported != null) {
                // Imported: the entity is the import's, named and typed as the file said, until the reader
                // changes its members.
                clusterId = "ci" + imported.key();
                clusters.computeIfAbsent(clusterId, k -> new ClusterDraft(k, imported.name(), imported.type()));
            } else {
                clusterId = r.clusterAnchor() == null ? null : clusterAt.get(r.clusterAnchor());
                if (clusterId == null || !clusters.containsKey(clusterId)) {
                    clusterId = "c" + m.id();
                    clusters.put(clusterId, new ClusterDraft(clusterId, m.text(), m.type()));
                }
                touched.add(clusterId);
            }
            if (clusterId != null) {
                clusterAt.putIfAbsent(m.span(), clusterId);
            }
            entities.add(withCluster(m, clusterId));
        }
        Map<String, String> redirect = new HashMap<>();
        Map<String, String> clusterOf = moveMentions(records.edits(), entities, clusters, replacedBy, touched,
                redirect);
        List<EntityMention> finalEntities = new ArrayList<>(entities.size());
        for (EntityMention m : entities) {
            String cid = clusterOf.get(m.id());
            EntityMention out = Objects.equals(cid, m.clusterId()) ? m : withCluster(m, cid);
            finalEntities.add(out);
            if (cid != null) {
                clusters.get(cid).members.add(out);
            }
        }
        finalEntities.sort(Comparator.comparing(EntityMention::span));
        List<EntityCluster> finalClusters = new ArrayList<>();
        for (ClusterDraft d : clusters.values()) {
            if (d.members.isEmpty()) {
                continue;
            }
            d.members.sort(Comparator.comparing(EntityMention::span));
            if (touched.contains(d.id)) {
                d.rename();
            }
            finalClusters.add(new EntityCluster(d.id, d.name, d.type,
                    d.members.stream().map(EntityMention::id).toList()));
        }
        Map<String, String> names = new HashMap<>();
        finalClusters.forEach(c -> names.put(c.id(), c.name()));

        List<Quote> quotes = new ArrayList<>();
        for (Quote q : auto.quotes()) {
            if (!superseded.contains(new Superseded(AnnotationKind.QUOTE, q.span()))) {
                String speaker = liveCluster(resolve(q.speakerId(), redirect), names);
                quotes.add(Objects.equals(speaker, q.speakerId()) ? q : new Quote(q.id(), q.span(), q.text(), q.kind(),
                        speaker, q.speakerName(), q.cue(), q.cueText(), q.provenance()));
            }
        }
        List<Fact> facts = new ArrayList<>();
        for (Fact f : auto.facts()) {
            if (!superseded.contains(new Superseded(AnnotationKind.FACT, f.span()))) {
                String source = liveCluster(resolve(f.sourceId(), redirect), names);
                facts.add(Objects.equals(source, f.sourceId()) ? f : withSource(f, source, f.sourceName()));
            }
        }
        List<Note> notes = new ArrayList<>(auto.notes());
        for (UserAnnotation a : records.annotations()) {
            if (a instanceof UserAnnotation.QuoteRecord r) {
                Quote q = r.quote();
                String speaker = r.speakerAnchor() != null ? clusterAtSpan(finalEntities, r.speakerAnchor())
                        : liveCluster(resolve(q.speakerId(), redirect), names);
                String speakerName = q.speakerName().isEmpty() && speaker != null
                        ? names.getOrDefault(speaker, "") : q.speakerName();
                quotes.add(new Quote(q.id(), q.span(), q.text(), q.kind(), speaker, speakerName, q.cue(),
                        q.cueText(), q.provenance()));
            } else if (a instanceof UserAnnotation.FactRecord r) {
                Fact f = r.fact();
                String source = r.sourceAnchor() != null ? clusterAtSpan(finalEntities, r.sourceAnchor())
                        : liveCluster(resolve(f.sourceId(), redirect), names);
                facts.add(withSource(f, source, f.sourceName().isEmpty() && source != null
                        ? names.getOrDefault(source, "") : f.sourceName()));
            } else if (a instanceof UserAnnotation.NoteRecord r) {
                notes.add(r.note());
            }
        }
        quotes.sort(Comparator.comparing(Quote::span));
        facts.sort(Comparator.comparing(Fact::span));
        notes.sort(Comparator.comparing((Note n) -> n.span() == null ? -1 : n.span().start()));
        return readersCopiesWin(new Analysis(auto.pipelineVersion(), finalEntities, finalClusters, quotes, facts,
                notes));
    }

    /**
     * Drops the engine's mentions and quotes that one of the reader's repeats on the same span (and type, for
     * mentions), as after {@code lector import} of annotations the engine also finds: the reader's copy wins and
     * nothing shows or is exported twice. A reader's mention alone in its entity takes the engine's one's entity;
     * entities lose the dropped ids, and an entity left empty goes.
     */
    private static Analysis readersCopiesWin(Analysis a) {
        Map<String, EntityMention> userAt = new HashMap<>();
        Set<Span> userQuotes = new HashSet<>();
        a.entities().stream().filter(m -> !m.provenance().isAuto()).forEach(m -> userAt.putIfAbsent(key(m), m));
        a.quotes().stream().filter(q -> !q.provenance().isAuto()).forEach(q -> userQuotes.add(q.span()));
        if (userAt.isEmpty() && userQuotes.isEmpty()) {
            return a;
        }
        Map<String, Integer> clusterSizes = new HashMap<>();
        a.clusters().forEach(c -> clusterSizes.put(c.id(), c.mentionIds().size()));
        // the engine's id -> the reader's mention that replaces it; a reader's mention alone in its entity takes
        // the engine's one's
        Map<String, EntityMention> replacedBy = new HashMap<>();
        Set<String> absorbedClusters = new HashSet<>();
        boolean any = false;
        for (EntityMention m : a.entities()) {
            EntityMention u = m.provenance().isAuto() ? userAt.get(key(m)) : null;
            if (u != null) {
                any = true;
                boolean alone = u.clusterId() == null || clusterSizes.getOrDefault(u.clusterId(), 0) <= 1;
                if (alone && m.clusterId() != null) {
                    if (u.clusterId() != null) {
                        absorbedClusters.add(u.clusterId());
                    }
                    u = withCluster(u, m.clusterId());
                    userAt.put(key(m), u);
                }
                replacedBy.put(m.id(), u);
            }
        }
        boolean quotesShadowed = a.quotes().stream()
                .anyMatch(q -> q.provenance().isAuto() && userQuotes.contains(q.span()));
        if (!any && !quotesShadowed) {
            return a;
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (EntityMention m : a.entities()) {
            if (replacedBy.containsKey(m.id())) {
                continue;
            }
            EntityMention u = m.provenance().isAuto() ? null : userAt.get(key(m));
            mentions.add(u != null && u.id().equals(m.id()) ? u : m);
        }
        List<EntityCluster> clusters = new ArrayList<>();
        for (EntityCluster c : a.clusters()) {
            if (absorbedClusters.contains(c.id())) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            for (String id : c.mentionIds()) {
                EntityMention u = replacedBy.get(id);
                if (u == null) {
                    ids.add(id);
                } else if (c.id().equals(u.clusterId()) && !c.mentionIds().contains(u.id()) && !ids.contains(u.id())) {
                    ids.add(u.id());
                }
            }
            if (!ids.isEmpty()) {
                clusters.add(new EntityCluster(c.id(), c.name(), c.type(), ids));
            }
        }
        List<Quote> quotes = a.quotes().stream()
                .filter(q -> !q.provenance().isAuto() || !userQuotes.contains(q.span())).toList();
        return new Analysis(a.pipelineVersion(), mentions, clusters, quotes, a.facts(), a.notes());
    }

    private static String key(EntityMention m) {
        return m.span().start() + ":" + m.span().end() + ":" + m.type().id();
    }

    /**
     * Applies the cluster edits, in the order the reader made them, to the clusters of {@code entities}: a merge
     * moves a whole entity into another, a link one mention, a split takes one mention out into an entity of its
     * own. Records in {@code redirect} where an entity that went went to, for the quotes and facts that named it.
     *
     * @return the cluster of each mention, by mention id
     */
    private static Map<String, String> moveMentions(List<UserEdit> edits, List<EntityMention> entities,
            Map<String, ClusterDraft> clusters, Map<Span, String> replacedBy, Set<String> touched,
            Map<String, String> redirect) {
        Map<String, String> clusterOf = new HashMap<>();
        Map<Span, EntityMention> atSpan = new HashMap<>();
        Map<String, EntityMention> byId = new HashMap<>();
        for (EntityMention m : entities) {
            if (m.clusterId() != null && clusters.containsKey(m.clusterId())) {
                clusterOf.put(m.id(), m.clusterId());
            }
            atSpan.putIfAbsent(m.span(), m);
            byId.put(m.id(), m);
        }
        for (UserEdit e : edits) {
            if (e.kind() != AnnotationKind.CLUSTER) {
                continue;
            }
            EntityMention mention = mentionAt(e.span(), atSpan, replacedBy, byId);
            if (mention == null) {
                continue;
            }
            String from = clusterOf.get(mention.id());
            if (e.action() == UserAction.MERGE) {
                EntityMention in = mentionAt(e.into(), atSpan, replacedBy, byId);
                String kept = in == null ? null : clusterOf.get(in.id());
                if (from == null || kept == null || from.equals(kept)) {
                    continue;
                }
                clusterOf.replaceAll((m, cluster) -> cluster.equals(from) ? kept : cluster);
                redirect.put(from, kept);
                clusters.remove(from);
                touched.add(kept);
            } else if (e.action() == UserAction.EDIT && e.change() == UserEdit.ClusterChange.LINK) {
                EntityMention in = mentionAt(e.into(), atSpan, replacedBy, byId);
                String to = in == null ? null : clusterOf.get(in.id());
                if (to == null || to.equals(from)) {
                    continue; // the target is gone (lost in a changed text) or it is already there
                }
                clusterOf.put(mention.id(), to);
                touched.add(to);
                if (from != null) {
                    touched.add(from);
                    if (!clusterOf.containsValue(from)) {
                        // Its last mention left: the entity is the one it joined, for quotes and facts too.
                        redirect.put(from, to);
                    }
                }
            } else if (e.action() == UserAction.EDIT && e.change() == UserEdit.ClusterChange.SPLIT) {
                if (from == null || clusterOf.entrySet().stream()
                        .noneMatch(c -> c.getValue().equals(from) && !c.getKey().equals(mention.id()))) {
                    continue; // already an entity of its own
                }
                String own = "cs" + e.id();
                clusters.put(own, new ClusterDraft(own, EntityNames.clean(mention.text()), mention.type()));
                clusterOf.put(mention.id(), own);
                touched.add(from);
                touched.add(own);
            }
        }
        return clusterOf;
    }

    private static EntityMention withCluster(EntityMention m, String clusterId) {
        return new EntityMention(m.id(), m.span(), m.text(), m.type(), m.subtype(), m.form(), clusterId,
                m.provenance());
    }

    private static Fact withSource(Fact f, String source, String sourceName) {
        return new Fact(f.id(), f.span(), f.text(), f.subject(), f.predicate(), f.object(), f.quantities(), f.time(),
                source, sourceName, f.score(), f.status(), f.evidence(), f.evidenceUrl(), f.provenance());
    }

    private static String liveCluster(String id, Map<String, String> names) {
        return id != null && names.containsKey(id) ? id : null;
    }

    /** Where an entity ended up after the merges and links that took it elsewhere. */
    private static String resolve(String cluster, Map<String, String> redirect) {
        String c = cluster;
        for (int guard = 0; c != null && redirect.containsKey(c) && guard < 1000; guard++) {
            c = redirect.get(c);
        }
        return c;
    }

    private static String clusterAtSpan(List<EntityMention> entities, Span span) {
        for (EntityMention m : entities) {
            if (m.span().equals(span)) {
                return m.clusterId();
            }
        }
        return null;
    }

    /** An automatic annotation an edit hides, by kind and span (a record: no key string per mention). */
    private record Superseded(AnnotationKind kind, Span span) {
    }

    /** The mention at {@code span}, or the user copy that replaced the one that was there; null when none. */
    private static EntityMention mentionAt(Span span, Map<Span, EntityMention> atSpan, Map<Span, String> replacedBy,
            Map<String, EntityMention> byId) {
        if (span == null) {
            return null;
        }
        EntityMention m = atSpan.get(span);
        if (m == null && replacedBy.containsKey(span)) {
            m = byId.get(replacedBy.get(span));
        }
        return m;
    }

    /** A cluster being put together from its members. */
    private static final class ClusterDraft {
        final String id;
        String name;
        EntityType type;
        final List<EntityMention> members = new ArrayList<>();

        ClusterDraft(String id, String name, EntityType type) {
            this.id = id;
            this.name = name;
            this.type = type;
        }

        /**
         * After the user changed the members: the name is chosen from theirs as the engine chooses it
         * ({@link EntityNames#choose}: the one it had, if that is still one of the fullest); the type is the one
         * most of its names have now, the old one on a tie. A cluster of pronouns and descriptions alone keeps its
         * name and type.
         */
        void rename() {
            List<EntityMention> named = members.stream().filter(m -> m.form() == MentionForm.NAME).toList();
            if (named.isEmpty()) {
                return;
            }
            name = EntityNames.choose(named.stream().map(EntityMention::text).toList(), name);
            Map<EntityType, Integer> votes = new LinkedHashMap<>();
            named.forEach(m -> votes.merge(m.type(), 1, Integer::sum));
            int top = votes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (votes.getOrDefault(type, 0) < top) {
                type = votes.entrySet().stream().filter(e -> e.getValue() == top).findFirst().orElseThrow()
                        .getKey();
            }
        }
    }
}

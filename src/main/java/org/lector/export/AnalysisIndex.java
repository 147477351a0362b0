package org.lector.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lector.model.Analysis;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.EntityValue;
import org.lector.model.MentionForm;

/** Lookups over one analysis that several exporters share. */
final class AnalysisIndex {

    /** One line of the entity index: an entity (a cluster, or an unclustered name) and its mention count. */
    record Entry(String name, EntityType type, int mentions, EntityValue value) {
    }

    final Map<String, EntityCluster> clusters = new HashMap<>();
    final Map<String, EntityMention> mentions = new HashMap<>();

    AnalysisIndex(Analysis a) {
        a.clusters().forEach(c -> clusters.put(c.id(), c));
        a.entities().forEach(m -> mentions.put(m.id(), m));
    }

    /** Entities by type (in {@link EntityType} order), each list most-mentioned first, then by name. */
    static Map<EntityType, List<Entry>> entityIndex(Analysis a) {
        Map<EntityType, Map<String, Entry>> byType = new EnumMap<>(EntityType.class);
        Map<String, Integer> clusterCounts = new LinkedHashMap<>();
        Map<String, EntityCluster> clusters = new HashMap<>();
        a.clusters().forEach(c -> clusters.put(c.id(), c));
        for (EntityMention m : a.entities()) {
            if (m.clusterId() != null && clusters.containsKey(m.clusterId())) {
                clusterCounts.merge(m.clusterId(), 1, Integer::sum);
            } else if (m.form() != MentionForm.PRONOUN) {
                Map<String, Entry> t = byType.computeIfAbsent(m.type(), k -> new LinkedHashMap<>());
                // a date or amount written the same way twice may stand for two values ("Thursday" of two weeks)
                String key = "\0" + m.text() + "\0" + (m.value() == null ? "" : m.value().value());
                Entry e = t.get(key);
                t.put(key, new Entry(m.text(), m.type(), e == null ? 1 : e.mentions() + 1, m.value()));
            }
        }
        clusterCounts.forEach((id, n) -> {
            EntityCluster c = clusters.get(id);
            byType.computeIfAbsent(c.type(), k -> new LinkedHashMap<>()).put(id, new Entry(c.name(), c.type(), n, null));
        });
        Map<EntityType, List<Entry>> out = new EnumMap<>(EntityType.class);
        byType.forEach((type, entries) -> {
            List<Entry> list = new ArrayList<>(entries.values());
            list.sort(Comparator.comparingInt(Entry::mentions).reversed().thenComparing(Entry::name));
            out.put(type, list);
        });
        return out;
    }
}

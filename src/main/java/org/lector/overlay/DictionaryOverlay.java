package org.lector.overlay;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lector.model.Analysis;
import org.lector.model.DictionaryEntry;
import org.lector.model.EntityMention;
import org.lector.model.Provenance;
import org.lector.model.Span;
import org.lector.model.UserRecords;

/**
 * The reader's dictionary as a layer between the engine and the reader's own records of an article: applied to the
 * engine's output (never cached with it, since the dictionary changes), before {@link Overlay#apply}, so what the
 * reader did in this very article wins over the dictionary: a text and type the reader tagged, removed or retyped
 * here is left as the reader left it (removing one "Macron" leaves the others in that article), and a mention the
 * reader made here is not doubled. Pure.
 */
public final class DictionaryOverlay {

    private DictionaryOverlay() {
    }

    /**
     * {@code engine}, the engine's analysis of {@code text}, with the dictionary {@code entries} applied where the
     * reader's {@code records} of this article leave room. Pass the result to {@link Overlay#apply}.
     */
    public static Analysis apply(String text, Analysis engine, List<DictionaryEntry> entries, UserRecords records) {
        if (entries.isEmpty()) {
            return engine;
        }
        // What the reader decided in this article: texts and types they tagged, removed or retyped here. There the
        // reader's own choices stand (one "Macron" removed leaves the others), and the dictionary keeps out.
        Analysis own = Overlay.apply(engine, records);
        Set<String> kept = new HashSet<>();
        own.entities().forEach(m -> kept.add(m.id()));
        Set<String> decided = new HashSet<>();
        List<Span> reserved = new ArrayList<>();
        for (EntityMention m : own.entities()) {
            if (m.provenance().origin() == Provenance.Origin.USER) {
                reserved.add(m.span());
                decided.add(key(m.text(), m.type().id()));
            }
        }
        for (EntityMention m : engine.entities()) {
            if (!kept.contains(m.id())) {
                decided.add(key(m.text(), m.type().id()));
            }
        }
        List<DictionaryEntry> applicable = decided.isEmpty() ? entries : entries.stream()
                .filter(e -> !decided.contains(key(e.text(), e.type())))
                .toList();
        return DictionaryTagger.apply(text, engine, applicable, reserved);
    }

    private static String key(String text, String type) {
        return text + '\u0000' + type;
    }
}

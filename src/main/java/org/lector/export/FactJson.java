package org.lector.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lector.model.Fact;

/** A fact's normalized quantities and time as JSON, the same in the analysis JSON and in the Web Annotation export. */
public final class FactJson {

    private FactJson() {
    }

    /** Adds {@code quantities} (text, value, unit of each) and, when the fact has one, {@code time} (text, value). */
    public static void putQuantitiesAndTime(ObjectNode o, Fact f, String quantitiesField, String timeField) {
        putQuantitiesAndTime(o, f, quantitiesField, timeField, "");
    }

    /**
     * As {@link #putQuantitiesAndTime(ObjectNode, Fact, String, String)}, with {@code keyPrefix} before the inner
     * keys ({@code lector:text}): in JSON-LD every key must be a defined term.
     */
    public static void putQuantitiesAndTime(ObjectNode o, Fact f, String quantitiesField, String timeField,
            String keyPrefix) {
        ArrayNode qs = o.putArray(quantitiesField);
        f.quantities().forEach(q -> {
            ObjectNode qo = qs.addObject();
            qo.put(keyPrefix + "text", q.text());
            qo.put(keyPrefix + "value", q.value());
            qo.put(keyPrefix + "unit", q.unit());
        });
        if (f.time() != null) {
            ObjectNode t = o.putObject(timeField);
            t.put(keyPrefix + "text", f.time().text());
            t.put(keyPrefix + "value", f.time().value());
        }
    }
}

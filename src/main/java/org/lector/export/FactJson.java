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
        ArrayNode qs = o.putArray(quantitiesField);
        f.quantities().forEach(q -> {
            ObjectNode qo = qs.addObject();
            qo.put("text", q.text());
            qo.put("value", q.value());
            qo.put("unit", q.unit());
        });
        if (f.time() != null) {
            ObjectNode t = o.putObject(timeField);
            t.put("text", f.time().text());
            t.put("value", f.time().value());
        }
    }
}

package org.lector.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number a claim rests on, normalized: "3,000 troops" is 3000 troops, "2 billion" is 2000000000.
 *
 * @param text  as written
 * @param value the normalized value
 * @param unit  what is counted or measured ("troops", "days", "EUR"), or empty
 */
public record Quantity(String text, BigDecimal value, String unit) {

    public Quantity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        unit = unit == null ? "" : unit;
    }
}

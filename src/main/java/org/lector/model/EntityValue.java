package org.lector.model;

import java.util.Objects;

/**
 * What a date, an amount of money or a quantity stands for, normalized.
 *
 * @param value a date or time in TIMEX3 style ({@code 2016-10-12}, {@code 2016-10}, {@code XXXX-WXX-4} for a
 *              weekday when the article has no date, {@code P30D} for a duration, {@code PRESENT_REF}); or a plain
 *              number ({@code 2000000000}, {@code 3000}, {@code 7.5})
 * @param unit  what the number counts or measures: a currency code ({@code EUR}), {@code percent}, the noun
 *              counted ({@code troops}), {@code ordinal}; empty for dates and bare numbers
 */
public record EntityValue(String value, String unit) {

    public EntityValue {
        Objects.requireNonNull(value, "value");
        unit = unit == null ? "" : unit;
    }
}

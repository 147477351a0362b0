package org.lector.model;

import java.util.Objects;

/**
 * A time a claim refers to, as written and normalized (a TIMEX3-style value such as {@code 2025-03-27}).
 *
 * @param text  as written ("Thursday")
 * @param value the normalized value, or empty when it cannot be resolved
 */
public record TimeExpression(String text, String value) {

    public TimeExpression {
        Objects.requireNonNull(text, "text");
        value = value == null ? "" : value;
    }
}

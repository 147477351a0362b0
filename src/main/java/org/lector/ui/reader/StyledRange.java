package org.lector.ui.reader;

import java.util.Objects;
import org.lector.model.Span;

/**
 * One CSS style class over a span of the text: a search hit, a title, an entity highlight.
 *
 * @param span       where
 * @param styleClass the CSS class the text there gets
 */
public record StyledRange(Span span, String styleClass) {

    public StyledRange {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(styleClass, "styleClass");
    }
}

package org.lector.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.lector.model.Span;

class ArticleStylerTest {

    private static List<String> flatten(StyleSpans<Collection<String>> spans) {
        List<String> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> s : spans) {
            out.add(s.getLength() + ":" + String.join("+", s.getStyle()));
        }
        return out;
    }

    @Test
    void unstyledTextIsOneEmptySpan() {
        assertThat(flatten(ArticleStyler.style(10, List.of()))).containsExactly("10:");
    }

    @Test
    void nestedRangesShowBothClasses() {
        // 0         1         2
        // 0123456789012345678901
        //   [quote..........)        quote  [2, 18)
        //       [entity)             entity [6, 12)
        List<StyledRange> ranges = List.of(
                new StyledRange(new Span(2, 18), "quote"),
                new StyledRange(new Span(6, 12), "entity"));
        assertThat(flatten(ArticleStyler.style(22, ranges)))
                .containsExactly("2:", "4:quote", "6:entity+quote", "6:quote", "4:");
    }

    @Test
    void crossingRangesSplitAtEveryBoundary() {
        // [a....)          a [0, 6)
        //    [b.....)      b [3, 10)
        List<StyledRange> ranges = List.of(
                new StyledRange(new Span(0, 6), "a"),
                new StyledRange(new Span(3, 10), "b"));
        assertThat(flatten(ArticleStyler.style(10, ranges))).containsExactly("3:a", "3:a+b", "4:b");
    }

    @Test
    void sameClassTwiceOverlappingStaysUntilBothEnd() {
        List<StyledRange> ranges = List.of(
                new StyledRange(new Span(0, 5), "hit"),
                new StyledRange(new Span(3, 8), "hit"));
        assertThat(flatten(ArticleStyler.style(8, ranges))).containsExactly("8:hit");
    }

    @Test
    void windowClipsRangesAndCoversExactlyTheWindow() {
        List<StyledRange> ranges = List.of(
                new StyledRange(new Span(0, 20), "quote"),
                new StyledRange(new Span(30, 40), "far"));
        StyleSpans<Collection<String>> spans = ArticleStyler.style(new Span(15, 25), ranges);
        assertThat(spans.length()).isEqualTo(10);
        assertThat(flatten(spans)).containsExactly("5:quote", "5:");
    }

    @Test
    void adjacentRangesDoNotBleed() {
        List<StyledRange> ranges = List.of(
                new StyledRange(new Span(0, 3), "x"),
                new StyledRange(new Span(3, 6), "y"));
        assertThat(flatten(ArticleStyler.style(6, ranges))).containsExactly("3:x", "3:y");
    }
}

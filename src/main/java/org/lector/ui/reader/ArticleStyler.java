package org.lector.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.lector.model.Span;

/**
 * Turns possibly overlapping styled ranges into the non-overlapping style spans a text area takes: each piece of
 * text gets every class whose range covers it, so an entity inside a quote shows both.
 *
 * <p>Pure: knows nothing of the UI, so it runs off the FX thread and in plain unit tests.
 */
public final class ArticleStyler {

    private ArticleStyler() {
    }

    /** Style spans covering {@code [0, length)}. */
    public static StyleSpans<Collection<String>> style(int length, List<StyledRange> ranges) {
        return style(new Span(0, length), ranges);
    }

    /**
     * Style spans covering exactly {@code window}, for restyling part of the text. Ranges outside it are ignored;
     * ranges crossing its edges are clipped.
     */
    public static StyleSpans<Collection<String>> style(Span window, List<StyledRange> ranges) {
        // Boundary sweep: +class where a range starts, -class where it ends; classes active between two
        // boundaries style that piece. O(n log n) in the number of ranges.
        TreeMap<Integer, List<Event>> events = new TreeMap<>();
        for (StyledRange r : ranges) {
            int start = Math.max(r.span().start(), window.start());
            int end = Math.min(r.span().end(), window.end());
            if (start >= end) {
                continue;
            }
            events.computeIfAbsent(start, k -> new ArrayList<>()).add(new Event(r.styleClass(), true));
            events.computeIfAbsent(end, k -> new ArrayList<>()).add(new Event(r.styleClass(), false));
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        if (window.isEmpty()) {
            builder.add(List.of(), 0);
            return builder.create();
        }
        Map<String, Integer> active = new TreeMap<>(Comparator.naturalOrder());
        int position = window.start();
        List<String> current = List.of();
        for (Map.Entry<Integer, List<Event>> e : events.entrySet()) {
            int at = e.getKey();
            if (at > position) {
                builder.add(current, at - position);
                position = at;
            }
            for (Event ev : e.getValue()) {
                active.merge(ev.styleClass, ev.start ? 1 : -1, Integer::sum);
                if (active.get(ev.styleClass) <= 0) {
                    active.remove(ev.styleClass);
                }
            }
            current = List.copyOf(active.keySet());
        }
        if (position < window.end()) {
            builder.add(current, window.end() - position);
        }
        return builder.create();
    }

    private record Event(String styleClass, boolean start) {
    }
}

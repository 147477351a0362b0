package org.lector.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.lector.model.Span;

/**
 * Which of many spans holds an offset, answered by binary search rather than a scan, so following the caret stays
 * instant on a novel with tens of thousands of mentions. Spans may nest or overlap; the innermost one wins.
 *
 * @param <T> what each span stands for
 */
public final class SpanIndex<T> {

    private final int[] starts;
    private final int[] ends;
    /** {@code reach[i]}: the furthest end among spans {@code 0..i}, so a backward scan knows when to stop. */
    private final int[] reach;
    private final List<T> values;

    private SpanIndex(List<Entry<T>> sorted) {
        int n = sorted.size();
        starts = new int[n];
        ends = new int[n];
        reach = new int[n];
        values = new ArrayList<>(n);
        int furthest = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            Entry<T> e = sorted.get(i);
            starts[i] = e.span().start();
            ends[i] = e.span().end();
            furthest = Math.max(furthest, ends[i]);
            reach[i] = furthest;
            values.add(e.value());
        }
    }

    private record Entry<T>(Span span, T value) {
    }

    /** Builds the index; empty spans are left out. */
    public static <T> SpanIndex<T> of(List<T> items, Function<T, List<Span>> spansOf) {
        List<Entry<T>> entries = new ArrayList<>();
        for (T item : items) {
            for (Span span : spansOf.apply(item)) {
                if (span != null && !span.isEmpty()) {
                    entries.add(new Entry<>(span, item));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::span));
        return new SpanIndex<>(entries);
    }

    /**
     * The item whose span holds {@code offset}: the shortest span with {@code start <= offset < end}, else one
     * that ends at {@code offset} (a caret just after a word, as after selecting it), else none.
     */
    public Optional<T> at(int offset) {
        // The last span starting at or before the offset; every candidate is at or before it.
        int i = Arrays.binarySearch(starts, offset);
        if (i >= 0) {
            while (i + 1 < starts.length && starts[i + 1] == offset) {
                i++;
            }
        } else {
            i = -i - 2;
        }
        int inside = -1;
        int endingHere = -1;
        for (int j = i; j >= 0 && reach[j] >= offset; j--) {
            if (ends[j] > offset) {
                if (inside < 0 || ends[j] - starts[j] < ends[inside] - starts[inside]) {
                    inside = j;
                }
            } else if (ends[j] == offset && endingHere < 0) {
                endingHere = j;
            }
        }
        int found = inside >= 0 ? inside : endingHere;
        return found < 0 ? Optional.empty() : Optional.of(values.get(found));
    }

    public int size() {
        return values.size();
    }
}

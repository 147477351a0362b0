package org.lector.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
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

    private SpanIndex(int[] starts, int[] ends, List<T> values) {
        this.starts = starts;
        this.ends = ends;
        this.values = values;
        reach = new int[starts.length];
        int furthest = Integer.MIN_VALUE;
        for (int i = 0; i < starts.length; i++) {
            furthest = Math.max(furthest, ends[i]);
            reach[i] = furthest;
        }
    }

    /** Builds the index; empty spans are left out. */
    public static <T> SpanIndex<T> of(List<T> items, Function<T, List<Span>> spansOf) {
        List<Span> spans = new ArrayList<>();
        List<T> owners = new ArrayList<>();
        for (T item : items) {
            for (Span span : spansOf.apply(item)) {
                if (span != null && !span.isEmpty()) {
                    spans.add(span);
                    owners.add(item);
                }
            }
        }
        // Sorted by start as primitives (start in the high half, the entry's number in the low half): on a novel
        // this is some 70,000 spans after every edit, and sorting records through a comparator took most of it.
        long[] keys = new long[spans.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((long) spans.get(i).start() << 32) | i;
        }
        Arrays.sort(keys);
        int[] starts = new int[keys.length];
        int[] ends = new int[keys.length];
        List<T> values = new ArrayList<>(keys.length);
        for (int k = 0; k < keys.length; k++) {
            int i = (int) keys[k];
            starts[k] = spans.get(i).start();
            ends[k] = spans.get(i).end();
            values.add(owners.get(i));
        }
        return new SpanIndex<>(starts, ends, values);
    }

    /**
     * This index with every entry whose span overlaps one of {@code windows} left out and the spans of {@code added}
     * put in: what {@link #of} would give for the items after a change confined to those windows, made in time
     * linear in the index (the kept entries are already in order), not by sorting every span again. A novel's
     * highlights change a few windows at a time, part by part or edit by edit, and there are some 70,000 of them.
     */
    public SpanIndex<T> replacing(List<Span> windows, List<T> added, Function<T, List<Span>> spansOf) {
        Windows touched = Windows.of(windows);
        SpanIndex<T> fresh = of(added, spansOf);
        int kept = 0;
        boolean[] keep = new boolean[starts.length];
        for (int i = 0; i < starts.length; i++) {
            keep[i] = !touched.overlap(starts[i], ends[i]);
            kept += keep[i] ? 1 : 0;
        }
        int n = kept + fresh.size();
        int[] s = new int[n];
        int[] e = new int[n];
        List<T> v = new ArrayList<>(n);
        int i = 0;
        int j = 0;
        for (int k = 0; k < n; k++) {
            while (i < starts.length && !keep[i]) {
                i++;
            }
            // Old entries first among equal starts, as the stable sort of {@link #of} leaves items in list order.
            boolean old = j >= fresh.size() || i < starts.length && starts[i] <= fresh.starts[j];
            if (old) {
                s[k] = starts[i];
                e[k] = ends[i];
                v.add(values.get(i++));
            } else {
                s[k] = fresh.starts[j];
                e[k] = fresh.ends[j];
                v.add(fresh.values.get(j++));
            }
        }
        return new SpanIndex<>(s, e, v);
    }

    /** Every item, once per span, in the order of the spans' starts. */
    public List<T> values() {
        return java.util.Collections.unmodifiableList(values);
    }

    /**
     * Spans merged where they touch or overlap, sorted, for asking whether a span overlaps any of them in
     * logarithmic time.
     */
    public static final class Windows {
        private final int[] starts;
        private final int[] ends;

        private Windows(int[] starts, int[] ends) {
            this.starts = starts;
            this.ends = ends;
        }

        /** The windows {@code spans} cover; empty spans cover nothing. */
        public static Windows of(List<Span> spans) {
            List<Span> sorted = new ArrayList<>(spans.stream().filter(w -> !w.isEmpty()).toList());
            sorted.sort(null);
            int[] s = new int[sorted.size()];
            int[] e = new int[sorted.size()];
            int n = 0;
            for (Span w : sorted) {
                if (n > 0 && w.start() <= e[n - 1]) {
                    e[n - 1] = Math.max(e[n - 1], w.end());
                } else {
                    s[n] = w.start();
                    e[n] = w.end();
                    n++;
                }
            }
            return new Windows(Arrays.copyOf(s, n), Arrays.copyOf(e, n));
        }

        /** Whether {@code span} {@link Span#overlaps overlaps} one of the windows. */
        public boolean overlap(Span span) {
            return overlap(span.start(), span.end());
        }

        /** Whether {@code [start, end)} overlaps one of the windows (an empty range overlaps none). */
        boolean overlap(int start, int end) {
            if (start >= end) {
                return false;
            }
            // The last window starting before the range's end is the only one that can reach into it: the windows
            // are disjoint and sorted, so every earlier one ends before that one starts.
            int i = Arrays.binarySearch(starts, end);
            int last = i >= 0 ? i - 1 : -i - 2;
            return last >= 0 && ends[last] > start;
        }
    }

    /**
     * Every item with a span that {@link Span#overlaps overlaps} {@code window}, once per such span, in no
     * particular order (empty spans are not in the index, so never among them).
     */
    public List<T> overlapping(Span window) {
        List<T> found = new ArrayList<>();
        // The last span starting before the window's end; every candidate is at or before it.
        for (int j = lastStartingBefore(window.end()); j >= 0 && reach[j] > window.start(); j--) {
            if (ends[j] > window.start()) {
                found.add(values.get(j));
            }
        }
        return found;
    }

    /** The index of the last span starting before {@code offset}, or -1. */
    private int lastStartingBefore(int offset) {
        int low = 0;
        int high = starts.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
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

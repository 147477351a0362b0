package org.lector.nlp;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary search over the engine's lists kept in text order (tokens by offset, mentions by first token). */
final class Sorted {

    private Sorted() {
    }

    /** The index of the first item whose {@code key} is at least {@code value}; {@code items.size()} if none. */
    static <T> int firstAtLeast(List<T> items, ToIntFunction<T> key, int value) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key.applyAsInt(items.get(mid)) < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

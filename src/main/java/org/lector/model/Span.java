package org.lector.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in a document's normalized text.
 *
 * @param start first index, inclusive
 * @param end   last index, exclusive
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** Whether {@code offset} lies inside this span. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** Whether this span covers all of {@code other}. */
    public boolean covers(Span other) {
        return other.start >= start && other.end <= end;
    }

    /** Whether the two spans share at least one code unit. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The covered text of {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}

package org.lector.nlp.eval;

/**
 * A labelled span, gold or predicted, half-open {@code [start, end)}.
 *
 * @param label one of {@link Labels}' labels (PER, LOC, ORG, DATE, MONEY, PERCENT, QUOTE)
 * @param value a normalized value (a TIMEX3 date), or empty
 */
public record EvalSpan(int start, int end, String label, String value) {

    public EvalSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        value = value == null ? "" : value;
    }

    public EvalSpan(int start, int end, String label) {
        this(start, end, label, "");
    }

    public boolean overlaps(EvalSpan o) {
        return start < o.end && o.start < end;
    }
}

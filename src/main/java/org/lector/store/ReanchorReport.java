package org.lector.store;

/** How many user records each re-anchoring method placed when a document got a new version. */
public record ReanchorReport(int byPosition, int byExactQuote, int byFuzzyMatch, int orphaned) {

    public static final ReanchorReport NONE = new ReanchorReport(0, 0, 0, 0);

    public int total() {
        return byPosition + byExactQuote + byFuzzyMatch + orphaned;
    }
}

package org.lector.export;

/**
 * An imported annotation that could not be placed on the article: its passage is not there (not at its offsets,
 * not by its quote, not by a close match), or the file does not say where it is. It is listed, never stored.
 *
 * @param kind   what it is: mention, quote, cue, fact, note, rejection
 * @param id     its id in the file
 * @param exact  the text it was on, or empty when the file does not say
 * @param reason why it could not be placed
 */
public record ImportOrphan(String kind, String id, String exact, String reason) {

    /** One line for the reader: {@code mention T12 "Emmanuel M": its text does not fit its offsets}. */
    public String describe() {
        String shown = exact.length() > 60 ? exact.substring(0, 57) + "..." : exact;
        return kind + " " + id + (shown.isEmpty() ? "" : " \"" + shown.replace('\n', ' ') + "\"") + ": " + reason;
    }
}

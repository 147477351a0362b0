package org.lector.model;

import java.util.List;

/**
 * The reader's records of one document version: what the reader made, and what the reader did to the engine's
 * annotations, each in the order it was made.
 */
public record UserRecords(List<UserAnnotation> annotations, List<UserEdit> edits) {

    /** No records: the engine's analysis shows as it is. */
    public static final UserRecords NONE = new UserRecords(List.of(), List.of());

    public UserRecords {
        annotations = List.copyOf(annotations);
        edits = List.copyOf(edits);
    }
}

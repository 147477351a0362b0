package org.lector.store;

/**
 * How the library names the reader's own annotations: {@code u-} and the row's id. Only the library reads these
 * ids back into rows; whether an annotation is the reader's is decided by its provenance, never by its id.
 */
final class UserIds {

    private static final String PREFIX = "u-";

    private UserIds() {
    }

    /** The id of the reader's annotation in row {@code rowId}. */
    static String of(long rowId) {
        return PREFIX + rowId;
    }

    /** The row of the reader's annotation {@code id}. */
    static long row(String id) {
        if (!id.startsWith(PREFIX) || id.length() == PREFIX.length()
                || !id.substring(PREFIX.length()).chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not an annotation of the reader's in this library: " + id);
        }
        return Long.parseLong(id.substring(PREFIX.length()));
    }
}

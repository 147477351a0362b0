package org.lector.export;

/** A file that cannot be imported; the message says what is wrong in terms the reader can act on. */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.lector.ingest;

import java.util.Objects;

/**
 * A file Lector cannot open. {@link #getMessage()} is one sentence for the user (a dialog or stderr) that names the
 * file; it never holds a stack trace or an exception class name. The cause, when there is one, is for logs only.
 */
public final class IngestException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a file could not be opened; stable, so callers may branch on it. */
    public enum Reason {
        NOT_FOUND, NOT_A_FILE, UNREADABLE, EMPTY, TOO_LARGE, BINARY, UNSUPPORTED_FORMAT, INVALID_ENCODING,
        CANCELLED, IO_ERROR,
        /** The file's structure is beyond what Lector reads (nested too deep, or a reader failed on it). */
        MALFORMED,
        /** A web address that could not be fetched: offline, no such host, a time-out, an HTTP error. */
        NETWORK,
        /** A PDF (or other document) that needs a password. */
        ENCRYPTED,
        /** A PDF whose pages are only images: a scan that needs OCR first. */
        NO_TEXT,
        /** A PDF, EPUB or DOCX whose structure is broken beyond what its reader can read around. */
        DAMAGED
    }

    private final Reason reason;
    private final String file;

    /**
     * @param reason  why
     * @param file    the file as named in the message (a path or a file name)
     * @param message one sentence for the user, naming the file
     */
    public IngestException(Reason reason, String file, String message) {
        this(reason, file, message, null);
    }

    public IngestException(Reason reason, String file, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.file = Objects.requireNonNull(file, "file");
    }

    public Reason reason() {
        return reason;
    }

    /** The file the message names. */
    public String file() {
        return file;
    }
}

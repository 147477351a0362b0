package org.lector.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Objects;

import org.lector.model.DisplayNames;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A library file could not be opened, read or written. {@link #getMessage()} is one sentence fit to show the user
 * and names the file; {@link #kind()} lets callers choose a remedy (offer another file, a read-only view, ...).
 */
public final class StoreException extends RuntimeException {

    /** What went wrong, independent of the message wording. */
    public enum Kind {
        /** The file is not a SQLite database or its pages are damaged. */
        CORRUPT,
        /** The file or its directory cannot be written. */
        READ_ONLY,
        /** Another Lector process has the library open. */
        LOCKED,
        /** The file was written by a newer Lector with a schema this version does not know. */
        NEWER_SCHEMA,
        /** The disk filled up during a write; the write was rolled back. */
        DISK_FULL,
        /** Any other input/output or database failure. */
        IO
    }

    private static final long NEARLY_FULL_BYTES = 1L << 20;

    private final Kind kind;
    private final Path file;

    public StoreException(Kind kind, Path file, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.file = file;
    }

    public Kind kind() {
        return kind;
    }

    /** The library file concerned. */
    public Path file() {
        return file;
    }

    /**
     * Translates a driver failure into a user-facing exception. SQLite's primary result code decides the kind;
     * {@code doing} completes the sentence ("could not save the edit").
     */
    static StoreException from(SQLException e, Path file, String doing) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            // Extended codes (SQLITE_READONLY_DBMOVED, SQLITE_IOERR_WRITE, ...) share the low byte of their
            // primary code.
            int primary = code.code & 0xff;
            // A full disk does not always say SQLITE_FULL: growing the -shm file when the WAL index needs more
            // room fails as SQLITE_IOERR_SHMSIZE, and a failed write as SQLITE_IOERR_WRITE. Free space tells.
            if (primary == SQLiteErrorCode.SQLITE_FULL.code
                    || primary == SQLiteErrorCode.SQLITE_IOERR.code && nearlyFull(file)) {
                return new StoreException(Kind.DISK_FULL, file,
                        "The disk holding " + shown(file) + " is full; " + doing + " was undone and nothing saved earlier"
                                + " was lost. Free some space and try again.", e);
            }
            if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
                return new StoreException(Kind.CORRUPT, file, shown(file) + " is damaged; it was left untouched."
                        + " \u201Clector salvage " + shown(file) + " NEW.db\u201D copies what can still be read"
                        + " into a new library.", e);
            }
            if (primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
                return corrupt(file, e);
            }
            if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
                return locked(file, e);
            }
            if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_PERM.code) {
                return readOnly(file, e);
            }
        }
        return new StoreException(Kind.IO, file, "Lector " + doing + " in " + shown(file) + " failed: " + e.getMessage()
                + ".", e);
    }

    /** Whether the file system holding {@code file} has less room than SQLite needs for a few pages and the WAL. */
    private static boolean nearlyFull(Path file) {
        try {
            Path existing = file;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing != null && Files.getFileStore(existing).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static StoreException notAFile(Path file) {
        return new StoreException(Kind.IO, file, shown(file) + " is not a regular file (a device or a pipe), so it"
                + " cannot be a library; give the path of a .db file.", null);
    }

    /** The library's path as messages show it: control characters escaped. */
    private static String shown(Path file) {
        return DisplayNames.escape(String.valueOf(file));
    }

    static StoreException corrupt(Path file, Throwable cause) {
        return new StoreException(Kind.CORRUPT, file,
                shown(file) + " is damaged or is not a Lector library; it was left untouched.", cause);
    }

    static StoreException locked(Path file, Throwable cause) {
        return new StoreException(Kind.LOCKED, file,
                shown(file) + " is open in another Lector window or process; close it there first.", cause);
    }

    static StoreException readOnly(Path file, Throwable cause) {
        return new StoreException(Kind.READ_ONLY, file,
                shown(file) + " cannot be written (read-only file or folder); copy it somewhere writable to edit it.", cause);
    }
}
